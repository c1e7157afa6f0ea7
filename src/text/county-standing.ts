/**
 * What the county's own files say about the 优质均衡 standards before any plan, for the terminal:
 * the indicators it has too few counted teachers for every section to meet (no plan can help it),
 * and the two-section schools its figures leave out for want of per-section students. `rotate
 * plan` prints them under its indicator table, `rotate validate` after its check.
 */
import { plural } from '../domain/plural.js';
import { firstOf } from '../domain/text.js';
import type { Lang } from '../domain/types.js';
import type { CountySupply } from '../indicators/county-supply.js';
import { sectionedKinds } from '../domain/sectioned-kinds.js';
import { missingSectionGroups, type MissingSection } from '../indicators/school-sections.js';
import { INDICATOR_TEACHERS, sectionColumnNames, STAGE_LABEL } from '../plan/indicator-labels.js';

/** A stage's indicator as the rows name it: `小学 县级以上骨干教师`, `primary county-level backbone`. */
export const stageIndicator = (e: Pick<CountySupply, 'stage' | 'indicator'>, lang: Lang): string => `${STAGE_LABEL[e.stage][lang]} ${INDICATOR_TEACHERS[e.indicator][lang]}`;

/** The indicators the county has too few counted teachers for every section to meet, whatever the plan: a line each under a heading; none when it has enough for all. */
export function supplyLines(supply: readonly CountySupply[], lang: Lang): string[] {
  const short = supply.filter((e) => e.short > 0);
  if (short.length === 0) return [];
  const zh = lang === 'zh';
  return [
    zh ? '  全县人数不够各学部都达标（交流只在学校间调配, 不增加人数; 差额需培养、评定或补充）:' : '  too few in the county for every section to meet the standard (rotation moves teachers, it adds none; the rest must be trained, appointed or recruited):',
    ...short.map((e) => (zh ? `    ${stageIndicator(e, lang)}: 现有 ${e.teachers} 人, 各学部都达标需 ${e.needed} 人, 差 ${e.short} 人` : `    ${stageIndicator(e, lang)}: ${e.teachers} in the county, ${e.needed} for every section to meet it, ${e.short} short`)),
  ];
}

/** How many schools a line names before `…`. */
const NAMED = 5;

/** The two-section schools left out of the indicators for want of per-section students: a line for each set of columns lacked, none when every school has them. */
export function missingSectionLines(missing: readonly MissingSection[], lang: Lang): string[] {
  return missingSectionGroups(missing).map(({ columns, ids, stages }) => {
    const cols = sectionColumnNames(columns, lang);
    const kinds = sectionedKinds(stages, ids.length);
    return lang === 'zh' ? `  ${ids.length} 所${kinds.zh}缺少分学部学生数（${cols}）, 未计入: ${firstOf(ids, NAMED, '、', ' …')}` : `  ${ids.length} ${kinds.en} ${plural(ids.length, 'lacks', 'lack')} per-section students (${cols}) and ${plural(ids.length, 'is', 'are')} left out: ${firstOf(ids, NAMED, ', ', ' …')}`;
  });
}
