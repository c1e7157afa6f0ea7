import { per100 } from './per-100.js';
import { INDICATOR_NAMES, type IndicatorName, type IndicatorThresholds, type SectionTally } from './types.js';

/** One indicator of one section. */
export interface IndicatorValue {
  /** Counted teachers (whole number ≥ 0). */
  count: number;
  /** Counted teachers per 100 students (0 when the section has no students). */
  value: number;
  /** The minimum for the section's stage, per 100 students. */
  threshold: number;
  /** value ≥ threshold (a section without students meets nothing). */
  met: boolean;
}

/** A section's three indicators. */
export interface SectionIndicators extends SectionTally {
  values: Readonly<Record<IndicatorName, IndicatorValue>>;
}

/** The three indicators of a section per 100 students, each against its stage's threshold. */
export function sectionIndicators(tally: SectionTally, thresholds: IndicatorThresholds): SectionIndicators {
  const { students, stage } = tally.section;
  const one = (name: IndicatorName): IndicatorValue => {
    const count = tally.counts[name];
    const value = per100(count, students);
    const threshold = thresholds[stage][name];
    return { count, value, threshold, met: students > 0 && value >= threshold };
  };
  return { ...tally, values: { arts_pe_per_100: one('arts_pe_per_100'), backbone_per_100: one('backbone_per_100'), degree_per_100: one('degree_per_100') } };
}

/** True when the section meets every one of `indicators` (by default all three). */
export function meetsAll(s: SectionIndicators, indicators: readonly IndicatorName[] = INDICATOR_NAMES): boolean {
  return indicators.every((n) => s.values[n].met);
}
