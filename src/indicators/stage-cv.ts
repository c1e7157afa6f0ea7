import { weightedCv, type WeightedCv } from './weighted-cv.js';
import type { IndicatorName, Section, SectionStage, SectionTally } from './types.js';

/** Which sections the CV is computed over. */
export interface CvScope {
  /** Teaching points (教学点) with fewer students than this are left out (default 50, a policy parameter). */
  minTeachingPointStudents: number;
}

/**
 * True when a section takes part in its stage's CV: it has students, and it is not a teaching
 * point with fewer than `minTeachingPointStudents` students. A left-out section's teachers are
 * left out of the county mean too.
 */
export function inCv(section: Section, scope: CvScope): boolean {
  if (section.students <= 0) return false;
  return !(section.teachingPoint && section.students < scope.minTeachingPointStudents);
}

/** The sections of one stage that take part in its CV, in the order given. */
export function cvSections(tallies: readonly SectionTally[], stage: SectionStage, scope: CvScope): SectionTally[] {
  return tallies.filter((t) => t.section.stage === stage && inCv(t.section, scope));
}

/**
 * The inspectors' CV of one indicator over one stage's sections: X_i = counted × 100 / students,
 * weighted by students, against X̄ = Σ counted × 100 / Σ students of the included sections.
 */
export function stageCv(tallies: readonly SectionTally[], stage: SectionStage, indicator: IndicatorName, scope: CvScope): WeightedCv {
  return weightedCv(cvSections(tallies, stage, scope).map((t) => ({ weight: t.section.students, amount: t.counts[indicator] })), 100);
}
