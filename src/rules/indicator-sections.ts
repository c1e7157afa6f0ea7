import { ARTS_PE_SUBJECTS, isCountyBackbone } from '../domain/backbone.js';
import type { Policy } from '../domain/policy.js';
import type { School, Teacher } from '../domain/types.js';
import { schoolSections, teacherSectionStage } from '../indicators/school-sections.js';
import { inCv } from '../indicators/stage-cv.js';
import { sectionKey, SECTION_STAGES, type SectionStage } from '../indicators/types.js';
import { weightedCv } from '../indicators/weighted-cv.js';
import type { ModelContext } from '../model/context.js';

/**
 * The 优质均衡 indicators the counting model holds: PE-and-arts teachers are a matter of subject
 * and county-level backbone teachers of backbone class, both dimensions of the model's columns.
 * (The degree indicator depends on who exactly moves, which the model does not count.)
 */
export type HeldIndicator = 'arts_pe_per_100' | 'backbone_per_100';
export const HELD_INDICATORS: readonly HeldIndicator[] = ['arts_pe_per_100', 'backbone_per_100'];

/** Whether a teacher of this subject (and county-level backbone or not) counts toward the indicator: a leader who teaches no class (subject '') toward none, as indicators/count-sections.ts counts. */
export function countsToward(indicator: HeldIndicator, subject: string, countyBackbone: boolean): boolean {
  return indicator === 'arts_pe_per_100' ? ARTS_PE_SUBJECTS.includes(subject) : countyBackbone && subject !== '';
}

/** One section taking part in a stage's CV, with its counted teachers before the plan. */
export interface IndicatorSection {
  schoolId: string;
  students: number;
  before: number;
}

/**
 * One indicator over one stage's sections, the inspectors' way: the sections in the CV (teaching
 * points under the minimum left out), their students P_i and counted teachers c_i before the
 * plan, P = Σ P_i and C₀ = Σ c_i.
 */
export interface StageIndicator {
  stage: SectionStage;
  indicator: HeldIndicator;
  /** The highest CV that passes. */
  threshold: number;
  sections: IndicatorSection[];
  /** Section position by school id. */
  at: Map<string, number>;
  students: number;
  total: number;
  cvBefore: number;
}

const cache = new WeakMap<ModelContext, StageIndicator[]>();

/** {@link stageIndicatorsOf} of a model's county, computed once per context. */
export function stageIndicators(ctx: ModelContext): StageIndicator[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const out = stageIndicatorsOf(ctx.schools, ctx.teachers, ctx.policy);
  cache.set(ctx, out);
  return out;
}

/** Every (stage, indicator) the model holds that has sections with students, stage then indicator as strings; `schools` sorted by id. */
export function stageIndicatorsOf(schools: readonly School[], teachers: readonly Teacher[], p: Policy): StageIndicator[] {
  const schoolById = new Map(schools.map((s) => [s.id, s]));
  const scope = { minTeachingPointStudents: p.teachingPointMinStudents };
  const counted = new Map<string, number>();
  for (const t of teachers) {
    const s = schoolById.get(t.schoolId);
    const stage = s ? teacherSectionStage(s.stage, t.teachingStage) : undefined;
    if (stage === undefined) continue;
    for (const ind of HELD_INDICATORS) if (countsToward(ind, t.subject, isCountyBackbone(t))) counted.set(`${ind}\t${sectionKey(t.schoolId, stage)}`, (counted.get(`${ind}\t${sectionKey(t.schoolId, stage)}`) ?? 0) + 1);
  }
  const sections = schools.flatMap((s) => schoolSections({ schoolId: s.id, stage: s.stage, students: s.students, primaryStudents: s.primaryStudents, juniorStudents: s.juniorStudents, teachingPoint: s.teachingPoint }).sections).filter((s) => inCv(s, scope));
  const out: StageIndicator[] = [];
  for (const stage of SECTION_STAGES) {
    const mine = sections.filter((s) => s.stage === stage);
    if (mine.length === 0) continue;
    for (const indicator of HELD_INDICATORS) {
      const list = mine.map((s) => ({ schoolId: s.schoolId, students: s.students, before: counted.get(`${indicator}\t${sectionKey(s.schoolId, stage)}`) ?? 0 }));
      const cv = weightedCv(list.map((s) => ({ weight: s.students, amount: s.before })), 100);
      out.push({ stage, indicator, threshold: stage === 'primary' ? p.cvPrimary : p.cvJunior, sections: list, at: new Map(list.map((s, i) => [s.schoolId, i])), students: cv.weight, total: cv.amount, cvBefore: cv.cv });
    }
  }
  return out;
}

/** Σ_i (P_i / P)(X_i − X̄)² for counts c_i with total C, X = 100 c / P: the variance under the inspectors' root. */
export function varianceAt(g: StageIndicator, counts: ArrayLike<number>, total: number): number {
  let v = 0;
  g.sections.forEach((s, i) => {
    const y = (counts[i] ?? 0) - (s.students / g.students) * total;
    v += ((100 * 100) / (g.students * s.students)) * y * y;
  });
  return v;
}

/** τ² X̄² at a total C: the largest variance that passes. */
export function varianceCeilingAt(g: StageIndicator, total: number): number {
  const mean = (100 * total) / g.students;
  return g.threshold * g.threshold * mean * mean;
}

/** True when a teacher at this school and section counts toward the stage indicator. */
export function countsIn(g: StageIndicator, t: Teacher, schoolId: string, stage: SectionStage | undefined): boolean {
  return stage === g.stage && g.at.has(schoolId) && countsToward(g.indicator, t.subject, isCountyBackbone(t));
}

/** True when the variance at these counts passes the threshold: the CV is at most τ. */
export function passes(g: StageIndicator, counts: ArrayLike<number>, total: number): boolean {
  return varianceAt(g, counts, total) <= varianceCeilingAt(g, total) * (1 + 1e-12) + 1e-12;
}

/** The CV at these counts (0 when nothing is counted). */
export function cvAt(g: StageIndicator, counts: ArrayLike<number>, total: number): number {
  const mean = (100 * total) / g.students;
  return mean > 0 ? Math.sqrt(varianceAt(g, counts, total)) / mean : 0;
}
