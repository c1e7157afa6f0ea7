/**
 * One line per school for the plan's tables (schools.csv, plan.xlsx's schools sheet, the report):
 * the school's figures with the 优质均衡 indicators of each of its judged sections (小学部,
 * 初中部) before and after the plan, as the inspectors count them (src/indicators/).
 */
import type { SectionIndicators } from '../indicators/section-indicators.js';
import type { SectionStage } from '../indicators/types.js';
import type { QualityFigures } from './quality.js';
import type { SchoolFigures } from './school-figures.js';

/** One section's indicators before and after the plan (the same section, the same students). */
export interface SectionPair {
  before: SectionIndicators;
  after: SectionIndicators;
  /** Whether the inspectors judge the section: it has students and is not a teaching point under the minimum (indicators/stage-cv.ts inCv). */
  judged: boolean;
}

/** A school's figures with its judged sections: none for a 高中 or a section whose students are not given. */
export interface SchoolLine extends SchoolFigures {
  sections: Partial<Record<SectionStage, SectionPair>>;
  /** Whether any teacher's 学历 is given: without it the degree indicator is unknown (left blank, never 0). */
  degreeGiven: boolean;
}

/** The judged sections of every school, by school id. */
export function sectionsBySchool(q: QualityFigures): Map<string, Partial<Record<SectionStage, SectionPair>>> {
  const out = new Map<string, Partial<Record<SectionStage, SectionPair>>>();
  for (const pair of q.sections) {
    const { schoolId, stage } = pair.before.section;
    const at = out.get(schoolId) ?? {};
    at[stage] = pair;
    out.set(schoolId, at);
  }
  return out;
}

/** Every school's line, in the figures' order (school id). */
export function schoolLines(figures: readonly SchoolFigures[], q: QualityFigures): SchoolLine[] {
  const sections = sectionsBySchool(q);
  return figures.map((f) => ({ ...f, sections: sections.get(f.school.id) ?? {}, degreeGiven: q.degreeGiven }));
}
