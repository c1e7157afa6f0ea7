import { ARTS_PE_SUBJECTS } from '../domain/backbone.js';
import type { Backbone } from '../domain/types.js';
import { countsForDegree } from './degree.js';
import { compareSections, sectionKey, type IndicatorName, type IndicatorTeacher, type Section, type SectionTally } from './types.js';

/** Backbone levels the indicator counts: county level or higher (县级及以上骨干). */
const COUNTED_BACKBONE: ReadonlySet<Backbone> = new Set<Backbone>(['county', 'city', 'province']);

/**
 * Which indicators one teacher counts toward in a section of his or her stage. The indicators count
 * 专任教师: a principal or vice principal who teaches no class (no 任教学科, as a roster's 行政人员
 * row leaves it) counts toward none, his or her backbone level and 学历 included.
 */
export function countedIndicators(t: IndicatorTeacher): IndicatorName[] {
  if (t.subject === '') return [];
  const out: IndicatorName[] = [];
  if (ARTS_PE_SUBJECTS.includes(t.subject)) out.push('arts_pe_per_100');
  if (COUNTED_BACKBONE.has(t.backbone)) out.push('backbone_per_100');
  if (countsForDegree(t.degree, t.stage)) out.push('degree_per_100');
  return out;
}

/**
 * Counts, per section, the teachers each indicator counts. Call it once with the teachers where
 * they are before the plan and once with them where they are after it; pass the teachers the
 * inspectors count (专任教师: whoever the caller decides teaches in the section).
 * Returns every section (zero counts included), sorted by school id then stage. Teachers whose
 * (school, stage) is not one of the sections (高中, or a school outside the evaluation) are
 * not counted. Throws when two sections share a (school, stage): a caller's mistake.
 */
export function countSections(sections: readonly Section[], teachers: readonly IndicatorTeacher[]): SectionTally[] {
  const counts = new Map<string, Record<IndicatorName, number>>();
  for (const s of sections) {
    const key = sectionKey(s.schoolId, s.stage);
    if (counts.has(key)) throw new Error(`section listed twice: ${s.schoolId} ${s.stage}`);
    counts.set(key, { arts_pe_per_100: 0, backbone_per_100: 0, degree_per_100: 0 });
  }
  for (const t of teachers) {
    const c = counts.get(sectionKey(t.schoolId, t.stage));
    if (!c) continue;
    for (const name of countedIndicators(t)) c[name] += 1;
  }
  return [...sections]
    .sort(compareSections)
    .map((section) => ({ section, counts: counts.get(sectionKey(section.schoolId, section.stage)) ?? { arts_pe_per_100: 0, backbone_per_100: 0, degree_per_100: 0 } }));
}

/**
 * What {@link countSections} gives for teachers once some of them have changed section, from its
 * result before (`before`) and the changes alone: each of `leaving` as counted where he or she was,
 * each of `arriving` as counted where he or she is now. A plan's moves are so counted without
 * counting every teacher again. The sections and their order are those of `before`.
 */
export function shiftTallies(before: readonly SectionTally[], leaving: readonly IndicatorTeacher[], arriving: readonly IndicatorTeacher[]): SectionTally[] {
  const counts = new Map<string, Record<IndicatorName, number>>();
  const out = before.map(({ section, counts: c }): SectionTally => {
    const copy = { ...c };
    counts.set(sectionKey(section.schoolId, section.stage), copy);
    return { section, counts: copy };
  });
  const add = (ts: readonly IndicatorTeacher[], d: number): void => {
    for (const t of ts) {
      const c = counts.get(sectionKey(t.schoolId, t.stage));
      if (c) for (const name of countedIndicators(t)) c[name] += d;
    }
  };
  add(leaving, -1);
  add(arriving, 1);
  return out;
}
