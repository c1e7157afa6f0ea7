/**
 * A school's sections as the inspectors judge them: a 小学 or 初中 is one section; a 九年一贯制
 * has a 小学部 and a 初中部, each with its own students (小学部学生数, 初中部学生数); a 完全中学
 * has its 初中部 (初中部学生数); a 十二年一贯制 its 小学部 and 初中部, as a 九年一贯制; a 高中 has none
 * (nor any 高中部). And the section a teacher counts in.
 */
import type { Stage } from '../domain/types.js';
import type { Section, SectionStage } from './types.js';

/** What the sections of one school are built from. */
export interface SchoolForSections {
  schoolId: string;
  stage: Stage;
  /** 在校学生数: the whole school's students; the section's for a 小学 or 初中. */
  students: number;
  /** 小学部学生数 and 初中部学生数, needed for a 九年一贯制 (both) and a 完全中学 (初中部). */
  primaryStudents?: number;
  juniorStudents?: number;
  teachingPoint?: boolean;
}

/** A per-section students column a two-section school may lack. */
export type SectionColumn = 'primary_students' | 'junior_students';

/** A school of several sections left out of the indicators, its kind, and the per-section students columns it lacks. */
export interface MissingSection {
  schoolId: string;
  stage: Stage;
  columns: readonly SectionColumn[];
}

/**
 * Whether a school lacking its per-section students still has a judged section: a 九年一贯制 (or
 * 十二年一贯制) given 小学部学生数 but not 初中部学生数 is judged on its 小学部; only the sections
 * whose students are lacking are left out. A 完全中学 has one judged section: lacking it, it is out.
 */
export function keepsASection(m: Pick<MissingSection, 'stage' | 'columns'>): boolean {
  const judged = m.stage === 'nine_year' || m.stage === 'twelve_year' ? 2 : m.stage === 'complete' ? 1 : 0;
  return m.columns.length < judged;
}

/** The section a per-section students column is of. */
export const COLUMN_SECTION: Readonly<Record<SectionColumn, SectionStage>> = { primary_students: 'primary', junior_students: 'junior' };

/**
 * The schools grouped by the columns they lack (a 完全中学 lacks only 初中部学生数) and by whether
 * they keep a judged section ({@link keepsASection}: then only the lacking sections are left out, not
 * the school), each group in the order first met.
 */
export function missingSectionGroups(missing: readonly MissingSection[]): { columns: readonly SectionColumn[]; partial: boolean; ids: string[]; stages: Stage[] }[] {
  const groups = new Map<string, { columns: readonly SectionColumn[]; partial: boolean; ids: string[]; stages: Stage[] }>();
  for (const m of missing) {
    const partial = keepsASection(m);
    const key = `${m.columns.join()}\t${partial}`;
    const group = groups.get(key) ?? { columns: m.columns, partial, ids: [], stages: [] };
    group.ids.push(m.schoolId);
    group.stages.push(m.stage);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The sections of a school, and the per-section student counts it lacks (for the caller to report). */
export interface SchoolSections {
  sections: Section[];
  missing: SectionColumn[];
}

/** Splits a school into its judged sections, primary first. A section whose students are missing is left out and named in `missing`. */
export function schoolSections(s: SchoolForSections): SchoolSections {
  const teachingPoint = s.teachingPoint ?? false;
  const one = (stage: SectionStage, students: number): Section => ({ schoolId: s.schoolId, stage, students, teachingPoint });
  const sections: Section[] = [];
  const missing: SchoolSections['missing'] = [];
  const split = (stage: SectionStage, students: number | undefined): void => {
    if (students === undefined) missing.push(stage === 'primary' ? 'primary_students' : 'junior_students');
    else sections.push(one(stage, students));
  };
  if (s.stage === 'primary' || s.stage === 'junior') sections.push(one(s.stage, s.students));
  if (s.stage === 'nine_year' || s.stage === 'twelve_year') split('primary', s.primaryStudents);
  if (s.stage === 'nine_year' || s.stage === 'complete' || s.stage === 'twelve_year') split('junior', s.juniorStudents);
  return { sections, missing };
}

/**
 * The section stage a teacher counts in: the school's own stage for a 小学 or 初中; for a
 * 九年一贯制 or 完全中学, the stage taught (任教学段), undefined when it is not given (the caller
 * reports it) or is 高中. Undefined for a 高中.
 */
export function teacherSectionStage(schoolStage: Stage, teachingStage?: Stage): SectionStage | undefined {
  if (schoolStage === 'primary' || schoolStage === 'junior') return schoolStage;
  if (schoolStage === 'nine_year' || schoolStage === 'twelve_year') return teachingStage === 'primary' || teachingStage === 'junior' ? teachingStage : undefined;
  if (schoolStage === 'complete') return teachingStage === 'junior' ? 'junior' : undefined;
  return undefined;
}

/**
 * The section a moved teacher counts in at the destination: the destination's own when it has
 * one section, else the teacher's own stage when the destination has it, else the one below
 * (a 完全中学 has no 小学部: a primary teacher counts in none of its judged sections).
 */
export function placedSectionStage(fromStage: Stage, teachingStage: Stage | undefined, toStage: Stage): SectionStage | undefined {
  const at = teacherSectionStage(toStage);
  if (at !== undefined) return at;
  const own = teacherSectionStage(fromStage, teachingStage);
  if (toStage === 'nine_year') return own ?? (fromStage === 'primary' ? 'primary' : 'junior');
  // A 十二年一贯制 has every section: a 高中部 teacher counts in none of its judged ones.
  if (toStage === 'twelve_year') return own ?? (fromStage === 'primary' ? 'primary' : fromStage === 'junior' || fromStage === 'nine_year' ? 'junior' : undefined);
  if (toStage === 'complete') return own === 'primary' ? undefined : 'junior';
  return undefined;
}
