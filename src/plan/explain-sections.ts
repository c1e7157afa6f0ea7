/**
 * What `rotate explain SCHOOL` says about the school's 优质均衡 indicators: per judged section
 * (小学部, 初中部) its students and, per indicator, the counted teachers before and after the plan
 * with the threshold. Counts, not per-100 figures, are kept, so that the explanation read back
 * from explain.json judges each against its threshold exactly as the plan did.
 */
import type { Stage } from '../domain/types.js';
import { schoolSections, type SectionColumn } from '../indicators/school-sections.js';
import { meetsAll, sectionIndicators, type SectionIndicators } from '../indicators/section-indicators.js';
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

/** A section's indicators before and after the plan, judged as the report and summary.json judge them (src/indicators/section-indicators.ts). */
export interface SectionJudgement {
  before: SectionIndicators;
  after: SectionIndicators;
  /** The indicators the section is judged on: those explain.json lists (not the degree one without 学历). */
  listed: IndicatorName[];
  /** Whether it meets every listed indicator, before and after. */
  meetsAll: [boolean, boolean];
}

const NONE: Record<IndicatorName, number> = { degree_per_100: 0, backbone_per_100: 0, arts_pe_per_100: 0 };

/**
 * A section read back from explain.json, judged by the inspectors' per-100 figures: the counts
 * and thresholds it keeps go through {@link sectionIndicators}, the function the plan's tables
 * and summary.json judge every section with, so the answer cannot differ from them.
 */
export function judgeSection(s: SectionExplain): SectionJudgement {
  const listed = s.indicators.map((x) => x.indicator);
  const counts = (k: 0 | 1): Record<IndicatorName, number> => ({ ...NONE, ...Object.fromEntries(s.indicators.map((x) => [x.indicator, x.counts[k]])) });
  const thresholds = { ...NONE, ...Object.fromEntries(s.indicators.map((x) => [x.indicator, x.threshold])) };
  const section = { schoolId: '', stage: s.stage, students: s.students, teachingPoint: false };
  // Both stages get the section's thresholds: sectionIndicators reads those of the section's own stage.
  const judged = (k: 0 | 1): SectionIndicators => sectionIndicators({ section, counts: counts(k) }, { primary: thresholds, junior: thresholds });
  const before = judged(0);
  const after = judged(1);
  return { before, after, listed, meetsAll: [listed.length > 0 && meetsAll(before, listed), listed.length > 0 && meetsAll(after, listed)] };
}

/** The kinds of school that have sections of their own stages: what per-section students each needs (src/indicators/school-sections.ts). */
const SECTIONED: readonly Stage[] = ['nine_year', 'complete', 'twelve_year'];

/**
 * The per-section students columns a school of two sections lacked, so that a section is in no
 * figure: what explain.json shows as a section not listed. None for a school of one section, or
 * for an explain.json written before sections were kept (`sections` undefined).
 */
export function missingColumns(stage: string, sections: readonly SectionExplain[] | undefined): SectionColumn[] {
  const kind = SECTIONED.find((k) => k === stage);
  if (kind === undefined || sections === undefined) return [];
  const students = (st: SectionStage): number | undefined => sections.find((x) => x.stage === st)?.students;
  return schoolSections({ schoolId: '', stage: kind, students: 0, primaryStudents: students('primary'), juniorStudents: students('junior') }).missing;
}
