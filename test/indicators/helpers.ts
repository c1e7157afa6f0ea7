import type { IndicatorThresholds, Section, SectionStage, SectionTally } from '../../src/indicators/types.js';

/** A section of a tiny hand-made county. */
export function section(schoolId: string, stage: SectionStage, students: number, teachingPoint = false): Section {
  return { schoolId, stage, students, teachingPoint };
}

/** A section with its counted teachers: degree, backbone, PE and arts. */
export function tally(s: Section, degree: number, backbone: number, artsPe: number): SectionTally {
  return { section: s, counts: { degree_per_100: degree, backbone_per_100: backbone, arts_pe_per_100: artsPe } };
}

/** The thresholds of 教督〔2017〕6号, as the policy table's defaults will give them. */
export const THRESHOLDS: IndicatorThresholds = {
  primary: { degree_per_100: 4.2, backbone_per_100: 1.0, arts_pe_per_100: 0.9 },
  junior: { degree_per_100: 5.3, backbone_per_100: 1.0, arts_pe_per_100: 0.9 },
};

export const CV_THRESHOLDS = { primary: 0.5, junior: 0.45 };
export const SCOPE = { minTeachingPointStudents: 50 };

/** Asserts a and b agree to `rel` of the larger of them (or absolutely, near 0): float sums in another order differ in the last bits. */
export function expectNear(a: number, b: number, rel = 1e-9): void {
  const tol = rel * Math.max(1, Math.abs(a), Math.abs(b));
  if (!(Math.abs(a - b) <= tol)) throw new Error(`expected ${a} to be within ${tol} of ${b}`);
}
