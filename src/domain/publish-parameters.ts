/**
 * The parameters of the published lists (公示, `rotate publish`): the county named on every page,
 * the publication period and where objections go. They change no plan; they are in the one
 * policy table so that a policy file among the inputs can set them once for every run.
 */
import type { ParamSpec } from './param-spec.js';

export const PUBLISH_PARAMETERS = [
  { name: 'publish.county', type: 'text', default: '', zh: '公示名册上的县（区）名称, 如「定远县教育体育局」（默认: 各学校代码共同的前6位行政区划代码）', en: 'the county (bureau) named on the published lists (default: the administrative code the school ids share, their first 6 digits)' },
  { name: 'publish.start', type: 'date', default: '', zh: '公示开始日期 YYYY-MM-DD（默认留空, 打印后手填）', en: 'first day of the publication period, YYYY-MM-DD (default: left blank, to fill in by hand)' },
  { name: 'publish.working_days', type: 'integer', min: 1, max: 60, default: '5', zh: '公示期（工作日, 不计周六周日）', en: 'publication period in working days (Saturdays and Sundays skipped)', source: '"名册…在学校公告栏内公示三天以上"' },
  { name: 'publish.objections_to', type: 'text', default: '', zh: '异议受理: 向何处、以何方式反映（如「县教体局人事股, 电话 0550-1234567」）; 默认留空, 打印后手填', en: 'where and how to raise an objection (e.g. the bureau\'s personnel office and its phone); default: left blank, to fill in by hand' },
] as const satisfies readonly ParamSpec[];
