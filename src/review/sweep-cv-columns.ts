import { cvOver } from '../indicators/cv-summary.js';
import type { IndicatorName, SectionStage } from '../indicators/types.js';
import type { Column } from '../output/csv.js';
import { INDICATOR_ORDER, SECTION_ORDER, STAGE_LABEL } from '../plan/indicator-labels.js';
import type { SweepRow } from './sweep-points.js';

/** Short Chinese names of the indicators, for a narrow trade-off table. */
const SHORT: Readonly<Record<IndicatorName, string>> = { degree_per_100: '学历', backbone_per_100: '骨干', arts_pe_per_100: '体音美' };

/** A row with figures: a plan's, or the county's before any plan (its CVs after = before). */
const planned = (r: SweepRow): boolean => r.status === 'planned' || r.status === 'before';
const known = (r: SweepRow, indicator: IndicatorName): boolean => indicator !== 'degree_per_100' || r.degreeGiven;

/** A CV after the plan, to three decimals as the terminal summary shows it; blank without a plan, without 学历 for the degree one, or where it is not measured. */
function cvAfter(r: SweepRow, stage: SectionStage, indicator: IndicatorName): number | undefined {
  const e = r.cv.find((x) => x.stage === stage && x.indicator === indicator);
  return planned(r) && e && e.after !== null && known(r, indicator) ? Math.round(e.after * 1000) / 1000 : undefined;
}

/**
 * The trade-off table's 优质均衡 columns: each stage × indicator's inspectors' CV after the plan
 * at that point, and how many of them are over their threshold (the degree CVs counted only
 * when 学历 is given).
 */
export function sweepCvColumns(): Column<SweepRow>[] {
  const each = SECTION_ORDER.flatMap((stage) =>
    INDICATOR_ORDER.map((indicator): Column<SweepRow> => ({ en: `cv_${stage}_${indicator}`, zh: `${STAGE_LABEL[stage].zh}${SHORT[indicator]}差异系数`, get: (r) => cvAfter(r, stage, indicator) })),
  );
  const over: Column<SweepRow> = { en: 'cv_over_threshold', zh: '差异系数超标项数', get: (r) => (planned(r) ? r.cv.filter((e) => known(r, e.indicator) && cvOver(e, 'after')).length : undefined) };
  return [...each, over];
}
