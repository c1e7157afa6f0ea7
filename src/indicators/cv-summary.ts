import { stageCv, type CvScope } from './stage-cv.js';
import { INDICATOR_NAMES, SECTION_STAGES, sectionKey, type CvThresholds, type IndicatorName, type SectionStage, type SectionTally } from './types.js';

/** One entry of `indicators.cv` in summary.json. */
export interface CvEntry {
  stage: SectionStage;
  indicator: IndicatorName;
  /** The highest CV that passes for the stage. */
  threshold: number;
  /** The inspectors' CV before and after the plan (0 when the county mean is 0). */
  before: number;
  after: number;
  /** Sections the CV is computed over (the same before and after: the plan moves teachers, not students). */
  schools: number;
}

const sameSections = (a: readonly SectionTally[], b: readonly SectionTally[]): boolean => {
  const keys = (ts: readonly SectionTally[]): string =>
    ts.map((t) => `${sectionKey(t.section.schoolId, t.section.stage)}\t${t.section.students}\t${t.section.teachingPoint}`).sort().join('\n');
  return keys(a) === keys(b);
};

/**
 * `indicators.cv` of summary.json: for each stage and indicator, the CV before and after the
 * plan. Always six entries (a stage without sections has `schools: 0` and CVs 0), sorted by
 * stage then indicator as strings ("junior" before "primary"; "arts_pe_per_100",
 * "backbone_per_100", "degree_per_100").
 * `before` and `after` are the tallies of the same sections (throws otherwise: a caller's mistake).
 */
export function cvEntries(before: readonly SectionTally[], after: readonly SectionTally[], thresholds: CvThresholds, scope: CvScope): CvEntry[] {
  if (!sameSections(before, after)) throw new Error('before and after must tally the same sections');
  return SECTION_STAGES.flatMap((stage) =>
    INDICATOR_NAMES.map((indicator) => {
      const b = stageCv(before, stage, indicator, scope);
      const a = stageCv(after, stage, indicator, scope);
      return { stage, indicator, threshold: thresholds[stage], before: b.cv, after: a.cv, schools: b.schools };
    }),
  );
}

/** True when the entry's CV, before or after the plan, is at or below its threshold. */
export function cvPasses(e: CvEntry, when: 'before' | 'after'): boolean {
  return e[when] <= e.threshold;
}
