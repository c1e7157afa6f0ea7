/**
 * The parameters of the published lists (公示, `rotate publish`): the county named on every page,
 * the publication period, where objections go and how an exemption reason is posted. They change
 * no plan; they are in the one policy table so that a policy file among the inputs can set them
 * once for every run.
 */
import type { ParamSpec } from './param-spec.js';

/** The values of `publish.exempt_reason`: 类别 posts an exemption reason's category (the default), 原文 the reason as written. */
export const EXEMPT_REASON_CHOICES = ['类别', '原文'] as const;

/** How the published lists give an exemption reason: its category (exempt-category.ts) or as the roster writes it. */
export type ExemptReasonShown = 'category' | 'written';

/** `publish.exempt_reason`'s value, typed: 原文 is `written`, anything else (the default 类别) `category`. */
export const exemptReasonShown = (value: string | undefined): ExemptReasonShown => (value === '原文' ? 'written' : 'category');

export const PUBLISH_PARAMETERS = [
  { name: 'publish.county', type: 'text', default: '', zh: '公示名册上的县（区）名称, 如「定远县教育体育局」（默认: 各学校代码共同的前6位行政区划代码）', en: 'the county (bureau) named on the published lists (default: the administrative code the school ids share, their first 6 digits)' },
  { name: 'publish.start', type: 'date', default: '', zh: '公示开始日期 YYYY-MM-DD（默认留空, 打印后手填）', en: 'first day of the publication period, YYYY-MM-DD (default: left blank, to fill in by hand)' },
  { name: 'publish.working_days', type: 'integer', min: 1, max: 60, default: '5', zh: '公示期（工作日, 不计周六周日）', en: 'publication period in working days (Saturdays and Sundays skipped)', source: '"名册…在学校公告栏内公示三天以上"' },
  { name: 'publish.exempt_reason', type: 'choice', default: '类别', choices: EXEMPT_REASON_CHOICES, zh: '公示名册上的免交流原因: 类别 = 只公示类别（孕期或哺乳期、身体健康原因、家庭原因、组织安排、本人申请, 经审核同意）, 原文 = 照名册所填; 健康、家庭情况属敏感个人信息, 默认只公示类别, teachers.csv 和 explain 保留原文', en: 'how the published lists give an exemption reason (免交流原因): 类别 its category (pregnancy or nursing, health reasons, family reasons, assigned by the authorities, own application approved), 原文 as the roster writes it; health and family details are sensitive personal information, so by default only the category is posted, and teachers.csv and explain keep the reason as written', source: '《个人信息保护法》第二十八条（医疗健康为敏感个人信息）, 第二十五、二十九条（公开、处理须单独同意）' },
  { name: 'publish.objections_to', type: 'text', default: '', zh: '异议受理: 向何处、以何方式反映（如「县教体局人事股, 电话 0550-1234567」）; 默认留空, 打印后手填', en: 'where and how to raise an objection (e.g. the bureau\'s personnel office and its phone); default: left blank, to fill in by hand' },
] as const satisfies readonly ParamSpec[];
