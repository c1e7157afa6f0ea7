import { PARAMETERS } from '../domain/parameters.js';
import { toCsv, type Column } from './csv.js';

type Param = (typeof PARAMETERS)[number];

/** What turning a weight up does, for the people who tune it. */
const EFFECT: Partial<Record<Param['name'], string>> = {
  'weights.shortage': '调高: 更愿意为补缺员而调动 / higher: more moves to fill posts',
  'weights.scarce_factor': '调高: 音体美等紧缺学科的空岗先补 / higher: scarce-subject posts are filled first',
  'weights.rural_weak_factor': '调高: 乡村、薄弱学校的空岗先补 / higher: rural and weak schools are filled first',
  'weights.backbone_balance': '调高: 骨干更多流向每百名学生骨干不足的学校 / higher: backbone teachers go where the per-100 indicator falls short',
  'weights.moves': '调高: 调动更少, 只保留收益最大的 / higher: fewer moves, only those that pay off most',
  'weights.preference': '调高: 更多按教师志愿安排 / higher: more teachers go where they asked',
  'weights.home_township': '调高: 更多回家庭所在乡镇 / higher: more teachers go to their home township',
  'weights.priority': '调高: 更优先交流任教年限长者 / higher: those longest at a school go first',
  'weights.indicator_spread': '调高: 各校每百名学生体育艺术教师、县级以上骨干教师更均衡（校际差异系数更低）/ higher: PE-and-arts and county-level backbone teachers per 100 students more even between schools (lower coefficients of variation)',
  'weights.indicator_shortfall': '调高: 低于每百名学生标准的学部（多为乡村学校）更多补到标准 / higher: more sections below the per-100-students standard (mostly rural) are brought up to it',
  'weights.indicator_keep':
    '调高: 调整前已达标的学部（多为城区学校）更多保持达标, 代价是调动更少、乡村空岗更多、差异系数可能更高; 先用 rotate sweep … --set weights.indicator_keep=0,5,10,20 比较 / higher: more sections that met the standard (mostly urban) keep it, at the price of fewer moves, more rural vacancies and perhaps higher coefficients of variation; compare first with rotate sweep … --set weights.indicator_keep=0,5,10,20',
  'weights.baseline': '仅在 --baseline 时生效; 调高: 与上一方案的差别更小 / only with --baseline; higher: fewer changes against the previous plan',
};

const COLUMNS: Column<Param>[] = [
  { en: 'key', zh: '参数', get: (p) => p.name },
  { en: 'value', zh: '取值', get: (p) => p.default },
  {
    en: 'note',
    zh: '说明',
    get: (p) => [`${p.zh} / ${p.en}`, 'source' in p && p.source ? `依据 source: ${p.source}` : '', EFFECT[p.name] ?? ''].filter((x) => x !== '').join('。'),
  },
];

/**
 * A policy file (参数,取值,说明) with every parameter at its default and what it means; the reader
 * takes 参数 and 取值 and ignores 说明. `plan.year` is left out: without it the plan year is the
 * current year.
 */
export function policyFileCsv(): string {
  return toCsv(COLUMNS, PARAMETERS.filter((p) => p.name !== 'plan.year'), 'zh');
}
