/**
 * The category of an exemption reason (免交流原因), as a list posted for objection (公示) gives it.
 * A reason such as 乳腺癌术后, 抑郁症 or 夫妻分居 is health or family information, sensitive under
 * 《个人信息保护法》第二十八条 (医疗健康), and publishing it needs the teacher's separate consent
 * (第二十五条、第二十九条); a notice board is public. The category still lets colleagues object to
 * an exemption they think unfair, and the clerk's own files (teachers.csv, explain) keep the
 * reason as written. `publish.exempt_reason` (publish-parameters.ts) chooses category or text.
 */
import type { Text } from './text.js';

/** One category: its name in both languages and the words (Chinese, English) that put a reason in it. */
export interface ExemptCategory {
  zh: string;
  en: string;
  /** Tested against the reason after NFKC and lower case. */
  words: RegExp;
}

/**
 * The categories, in the order they are tried: the first whose words a reason holds is its
 * category. Family comes before health, so that 照顾患病父母 (a parent's illness) is a family
 * reason and does not post the teacher as ill; pregnancy comes first, so that 哺乳期照顾子女 is
 * not a family reason. Words are chosen not to catch a school's needs: 美术 (术), 电脑 (脑), a
 * 心理健康 teacher or a 骨干 teacher are no illness.
 */
export const EXEMPT_CATEGORIES: readonly ExemptCategory[] = [
  {
    zh: '孕期或哺乳期',
    en: 'pregnancy or nursing',
    words: /(?<![备不])孕|产假|产期|产检|产后|待产|分娩|哺乳|生育|月子|pregnan|maternity|breast-?feed|lactat|postpartum|nursing (?:a |an |her |the )?(?:baby|infant|newborn)/u,
  },
  {
    zh: '组织安排',
    en: 'assigned by the authorities',
    words: /援藏|援疆|援青|援派|援外|援建|援助|对口支援|支教|借调|挂职|驻村|第一书记|帮扶|选派|抽调|派驻|aid (?:to|in) |support teaching|second(?:ed|ment)|on loan|posted to|assigned (?:to|by)/u,
  },
  {
    zh: '家庭原因',
    en: 'family reasons',
    words: /夫妻|分居|配偶|丈夫|妻子|爱人|照顾|照料|陪护|赡养|抚养|独生|父母|父亲|母亲|公婆|岳父|岳母|子女|孩子|小孩|儿子|女儿|老人|家庭|家中|家里|家人|离异|离婚|单亲|丧偶|军属|军嫂|随军|烈属|陪读|备孕|spouse|husband|wife|parent|mother|father|child|\bsons?\b|daughter|family|caring for|\bcarer\b|care for|elderly|widow|divorc/u,
  },
  {
    zh: '身体健康原因',
    en: 'health reasons',
    words: /病|癌|瘤|肿|手术|术后|伤|残|疾|患|医|药|症|炎|痛|瘫|聋|盲|哑|抑郁|焦虑|躁|精神|心理(?!健康)|(?<!心理)健康|身体|体弱|失眠|住院|治疗|化疗|放疗|透析|康复|休养|疗养|体检|视力|听力|障碍|支架|搭桥|中风|卒中|梗|血|糖尿|肝|肾|肺|胃|脏|腺|椎|腰|骨(?!干)|关节|眼|耳|艾滋|结核|癫痫|不孕|移植|\bill\b|illness|sick|disease|cancer|tumou?r|surg|operation|disab|injur|hospital|health|medical|treatment|therapy|depress|anxiety|mental|chemo|recover|handicap|impair|blind|deaf/u,
  },
  {
    // Last but one: the school's need, which is no personal information (学校唯一美术教师, 毕业班班主任);
    // after family and health, so that 家中唯一劳动力 stays a family reason.
    zh: '学校工作需要',
    en: 'needed by the school',
    words: /唯一|毕业班|班主任|工作需要|教学需要|学校需要|岗位需要|专职|管理员|骨干|学科带头人|教研|教务|政教|德育|团委|少先队|辅导员|中层|主任|only (?:\w+ )*teacher|head ?teacher|class teacher|graduating|school needs|needed by the school/u,
  },
];

/** What a reason that names none of the categories is posted as: the teacher asked, and the bureau agreed. */
export const OWN_APPLICATION: Text = { zh: '本人申请, 经审核同意', en: 'on the teacher\'s own application, approved' };

/** The category of an exemption reason, in both languages: the first of {@link EXEMPT_CATEGORIES} it names, else {@link OWN_APPLICATION}. */
export function exemptCategory(reason: string): Text {
  const text = reason.normalize('NFKC').toLowerCase();
  const found = EXEMPT_CATEGORIES.find((c) => c.words.test(text));
  return found ? { zh: found.zh, en: found.en } : OWN_APPLICATION;
}
