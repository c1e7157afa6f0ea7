/**
 * What `rotate explain SCHOOL` says about the school's 优质均衡 indicators: per judged section
 * (小学部, 初中部) its students and, per indicator, the counted teachers before and after the plan
 * with the threshold. Counts, not per-100 figures, are kept, so that the explanation read back
 * from explain.json judges each against its threshold exactly as the plan did.
 */
import { per100 } from '../indicators/per-100.js';
import type { IndicatorName, SectionStage } from '../indicators/types.js';
import { INDICATOR_ORDER, SECTION_ORDER } from './indicator-labels.js';
import type { SectionPair } from './school-lines.js';

/** One indicator of a section: counted teachers before and after, and the minimum per 100 students. */
export interface IndicatorExplain {
  indicator: IndicatorName;
  counts: [number, number];
  threshold: number;
}

/** One section of a school. A section not judged (no students, or a teaching point under the minimum) lists no indicator; nor does one whose data are not given (学历). */
export interface SectionExplain {
  stage: SectionStage;
  students: number;
  indicators: IndicatorExplain[];
}

/** A school's judged sections, 小学部 first, each indicator in the order of 教督〔2017〕6号. */
export function explainSections(pairs: Partial<Record<SectionStage, SectionPair>>, degreeGiven: boolean): SectionExplain[] {
  return SECTION_ORDER.flatMap((stage): SectionExplain[] => {
    const pair = pairs[stage];
    if (!pair) return [];
    const students = pair.before.section.students;
    const indicators = !pair.judged ? [] : INDICATOR_ORDER.filter((n) => degreeGiven || n !== 'degree_per_100').map((indicator) => ({
      indicator,
      counts: [pair.before.values[indicator].count, pair.after.values[indicator].count] as [number, number],
      threshold: pair.before.values[indicator].threshold,
    }));
    return [{ stage, students, indicators }];
  });
}

/** An indicator per 100 students before and after, and whether each meets the threshold (as the plan's figures judge it). */
export function indicatorFigures(students: number, x: IndicatorExplain): { values: [number, number]; met: [boolean, boolean] } {
  const values: [number, number] = [per100(x.counts[0], students), per100(x.counts[1], students)];
  return { values, met: [students > 0 && values[0] >= x.threshold, students > 0 && values[1] >= x.threshold] };
}
