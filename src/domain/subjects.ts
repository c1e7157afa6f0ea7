/**
 * Subjects are compared by a canonical key so that a teachers file that says `music` and a
 * posts file that says `音乐` mean the same posts. The key is the Chinese subject name of the
 * curriculum (义务教育课程方案 2022); text that is not a known name is kept as written.
 */
import { saysNone } from './none-words.js';

/**
 * What a roster writes in 任教学科 for someone who teaches no class: a principal or vice principal
 * kept in the national system's whole-staff export (its 行政人员) often has 无 or 不任课 there,
 * or any word a county writes for an empty cell (none-words.ts).
 */
const NO_TEACHING: ReadonlySet<string> = new Set(['不任课', '未任课', '无任课']);

const NO_TEACHING_LONGEST = Math.max(...[...NO_TEACHING].map((w) => w.length));

/** Whether 任教学科 as written says the person teaches no subject (blank included). */
export function saysNoSubject(text: string | undefined): boolean {
  // Asked of every teachers row, twice: a subject's name (most of them longer than these words) is not normalised.
  return text === undefined || saysNone(text) || (text.trim().length <= NO_TEACHING_LONGEST && NO_TEACHING.has(text.normalize('NFKC').trim()));
}

/** Known English names (lower case, single spaces) → the Chinese subject name. */
const ENGLISH: Readonly<Record<string, string>> = {
  chinese: '语文',
  'chinese language': '语文',
  math: '数学',
  maths: '数学',
  mathematics: '数学',
  english: '英语',
  music: '音乐',
  pe: '体育',
  'physical education': '体育',
  sports: '体育',
  sport: '体育',
  art: '美术',
  'fine art': '美术',
  'fine arts': '美术',
  labor: '劳动',
  labour: '劳动',
  it: '信息科技',
  'information technology': '信息科技',
  computer: '信息科技',
  'computer science': '信息科技',
  psychology: '心理健康',
  'mental health': '心理健康',
  science: '科学',
  morality: '道德与法治',
  politics: '道德与法治',
  ethics: '道德与法治',
  'morality and law': '道德与法治',
  physics: '物理',
  chemistry: '化学',
  biology: '生物',
  history: '历史',
  geography: '地理',
  japanese: '日语',
  russian: '俄语',
  'comprehensive practice': '综合实践活动',
};

/**
 * Older, shorter or longer Chinese names of the same subject (品德与生活 and 品德与社会 became
 * 道德与法治 in 2016, 思想品德 likewise; 自然 became 科学; 微机 and 计算机 are what schools called 信息科技).
 * 政治 and 思想政治 are read as compulsory education's 道德与法治, the tool's scope: a subject's key
 * knows no stage, and a 高中 roster writes the one subject 政治 or 思想政治 as its posts list (or the
 * senior norm, norm.subject_shares_senior) may write the other; 信息技术 likewise meets 信息科技.
 */
const CHINESE: Readonly<Record<string, string>> = {
  信息技术: '信息科技',
  微机: '信息科技',
  计算机: '信息科技',
  自然: '科学',
  政治: '道德与法治',
  思想政治: '道德与法治',
  思品: '道德与法治',
  品德: '道德与法治',
  道法: '道德与法治',
  体育与健康: '体育',
  道德与法制: '道德与法治',
  思想品德: '道德与法治',
  品德与生活: '道德与法治',
  品德与社会: '道德与法治',
  心理: '心理健康',
  心理健康教育: '心理健康',
  劳动教育: '劳动',
  // The 2022 curriculum's names (义务教育生物学课程标准) and the short forms of 综合实践活动.
  生物学: '生物',
  综合实践: '综合实践活动',
  综合实践课: '综合实践活动',
};

/** The subjects a stage may be written before (`小学语文`, `初中数学`, `高中思想政治`): the curriculum's. */
const CURRICULUM: ReadonlySet<string> = new Set([
  ...Object.values(ENGLISH),
  ...Object.values(CHINESE),
  '通用技术',
  // 艺术, the 2022 curriculum's course that 音乐 and 美术 are taught in (the foreign languages taught in place of 英语, 日语 and 俄语, come with their English names above).
  '艺术',
  // The languages of the ethnic-minority schools' 双语 curricula (民族语文).
  '民族语文',
  '藏语文',
  '蒙古语文',
  '维吾尔语文',
  '朝鲜语文',
  '哈萨克语文',
  '彝语文',
]);

/** A stage written before a subject, as rosters and posts lists often do; the stage is the school's or the 学段 column's, not the subject's. */
const STAGE_PREFIX = /^(小学|初中|高中|初级中学|高级中学)/u;

/**
 * Keys already found, by text: a county writes a few dozen subject names, each thousands of
 * times. Bounded, so that a long-lived process reading many counties does not grow without end.
 */
const keys = new Map<string, string>();
const MAX_KEPT = 10_000;

/**
 * Canonical key of a subject as a user wrote it: known English names map to Chinese
 * (`Music` → `音乐`, `P.E.` → `体育`), older Chinese names to today's (`品德与社会` → `道德与法治`),
 * a stage before a curriculum subject goes (`小学语文` → `语文`), full-width forms fold (NFKC), spaces around go.
 * Chinese names lose inner spaces. Unknown text comes back folded but otherwise as written.
 * Never throws.
 */
export function subjectKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = keyOf(text);
    if (keys.size < MAX_KEPT) keys.set(text, key);
  }
  return key;
}

function keyOf(text: string): string {
  const folded = text.normalize('NFKC').trim().replace(/\s+/gu, ' ');
  const english = folded.toLowerCase().replace(/\./gu, '').replace(/&/gu, ' and ').replace(/\s+/gu, ' ').trim();
  const known = ENGLISH[english];
  if (known) return known;
  // `音 乐` is a typing slip: Chinese names carry no spaces.
  const chinese = /\p{Script=Han}/u.test(folded) ? folded.replace(/\s+/gu, '') : folded;
  const plain = curriculumName(chinese);
  if (plain !== undefined) return plain;
  // The national system's code before the name (`01-语文`, `03.英语`): read by the name, as the
  // closed vocabularies are, where the name is the curriculum's.
  const coded = CODE_PREFIX.exec(chinese)?.[1];
  return (coded === undefined ? undefined : curriculumName(coded)) ?? CHINESE[chinese] ?? chinese;
}

/** Whether the text names a subject of the curriculum (`语文`, `小学语文`, `Music`, `品德与社会`): a wide posts table's subject columns are told by it. */
export function isCurriculumSubject(text: string): boolean {
  return CURRICULUM.has(subjectKey(text));
}

/** The stage a subject's name is written after (`小学语文` → 小学), or undefined. */
export function stageBeforeSubject(text: string): string | undefined {
  return STAGE_PREFIX.exec(text.normalize('NFKC').trim())?.[1];
}

/** A code before a Chinese name: digits, then a separator or none. */
const CODE_PREFIX = /^\d{1,4}[-－—–.．、:：]?(\p{Script=Han}.*)$/u;

/** The curriculum's name of a subject written in Chinese (an older name, a stage before it), or undefined when it is none. */
function curriculumName(chinese: string): string | undefined {
  const named = CHINESE[chinese] ?? chinese;
  if (CURRICULUM.has(named)) return named;
  const rest = chinese.replace(STAGE_PREFIX, '');
  const subject = CHINESE[rest] ?? rest;
  return rest !== chinese && CURRICULUM.has(subject) ? subject : undefined;
}

/**
 * A teacher's subject in a sentence about posts (缺员, 岗位): a name written in Chinese is shown by
 * the curriculum's name it is read as (`小学语文`, `01-语文` → 语文, the posts' word), any other as the
 * county wrote it (`Music` stays Music in an English county's sentences).
 */
export const subjectInText = (t: { subject: string; subjectLabel: string }): string => (/\p{Script=Han}/u.test(t.subjectLabel) ? t.subject : t.subjectLabel);

/**
 * What separates subjects where a roster gives a teacher several (`语文、道德与法治`, `音乐/美术`,
 * `语文兼道德与法治`, `语文（兼科学）`); between Chinese names a space does too (`语文 数学`).
 */
const SEVERAL = /\s*(?:[、，,；;/|()]|兼)\s*/u;

/** A cell that may name several subjects: one holding a separator, a bracket or a space (full-width forms included). */
const MAY_BE_SEVERAL = /[、，,；;/／|｜()（）兼\s]/u;

/**
 * The first curriculum subject of several written in one 任教学科 cell: a rural teacher who teaches
 * 语文 and 道德与法治 is filed under the first (主教学科), as the national system's 任教学科 keeps one;
 * one of 书法 and 美术 under 美术, since no post names 书法 (a school's own course, not the
 * curriculum's). Undefined for one subject, or where none of them is the curriculum's (left as written).
 */
export function firstOfSeveral(text: string): string | undefined {
  // Asked of every teachers row, twice: a cell with no separator (nearly all of them) is one subject.
  if (!MAY_BE_SEVERAL.test(text)) return undefined;
  const trimmed = text.normalize('NFKC').trim();
  const marked = trimmed.split(SEVERAL).filter((p) => p !== '');
  const parts = marked.length < 2 && /\p{Script=Han}/u.test(trimmed) ? trimmed.split(/\s+/u) : marked;
  if (parts.length < 2 || CURRICULUM.has(subjectKey(trimmed))) return undefined;
  return parts.find((p) => CURRICULUM.has(subjectKey(p)));
}
