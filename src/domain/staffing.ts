import { apportion } from './apportion.js';
import type { Policy } from './policy.js';
import { placeOf, sectionsOf, sectioned } from './sections.js';
import type { County, School, Section } from './types.js';

/**
 * Posts per place and subject: place → canonical subject → posts. A place is a school with one
 * section (its id) or one section of a 九年一贯制 or 完全中学 (`id@section`, see sections.ts).
 */
export type PostTable = Map<string, Map<string, number>>;

/** Students per post of a section (the 2014 unified staffing norm). */
export function studentsPerPost(section: Section, p: Policy): number {
  return p.studentsPerPost[section];
}

/** Grades per section (小学 6, 初中 3, 高中 3): the split of a two-section school's students when its per-section counts are missing. */
const GRADES: Record<Section, number> = { primary: 6, junior: 3, senior: 3 };

const STUDENTS_OF: Record<Section, (s: School) => number | undefined> = { primary: (s) => s.primaryStudents, junior: (s) => s.juniorStudents, senior: (s) => s.seniorStudents };

/**
 * Students of each section of a school: the school's own for one section; for several, the
 * per-section counts (小学部/初中部/高中部学生数); those missing share the rest of `students` by
 * the sections' grades (九年一贯制 6 : 3, 完全中学 3 : 3, 十二年一贯制 6 : 3 : 3). `estimated` says
 * when a count was not given.
 */
export function sectionStudents(s: School): { students: Map<Section, number>; estimated: boolean } {
  const secs = sectionsOf(s);
  if (!sectioned(s)) return { students: new Map([[secs[0] ?? 'primary', s.students]]), estimated: false };
  const given = secs.map((sec) => STUDENTS_OF[sec](s));
  const missing = secs.filter((_, i) => given[i] === undefined);
  if (missing.length === 0) return { students: new Map(secs.map((sec, i) => [sec, given[i] ?? 0])), estimated: false };
  const rest = Math.max(0, given.reduce<number>((left, g) => left - (g ?? 0), s.students));
  const split = apportion(rest, missing.map((sec) => GRADES[sec]));
  const estimate = new Map(missing.map((sec, i) => [sec, split[i] ?? 0]));
  return { students: new Map(secs.map((sec, i) => [sec, given[i] ?? estimate.get(sec) ?? 0])), estimated: true };
}

/**
 * A school's sections, lowest first, and their students (each section weighs the same when the
 * school has none): how its teachers without a 任教学段 and its posts without a 学段 are split
 * between them ({@link apportion}).
 */
export function sectionWeights(s: School): { sections: Section[]; weights: number[] } {
  const sections = sectionsOf(s);
  const st = sectionStudents(s).students;
  return { sections, weights: sections.map((sec) => st.get(sec) ?? 0) };
}

/**
 * The posts each place holds per subject: from the posts file when there is one (a subject not
 * listed has no post; a school's rows name their section, or are split by {@link sectionWeights}), otherwise from the
 * staffing norm (each section's students ÷ students per post, split by that stage's subject shares,
 * each rounded to the nearest whole post) or the school's 核定编制数 (apportioned over the subjects
 * by the same shares, so that the posts add up to it).
 */
export function postTable(county: County, p: Policy): PostTable {
  const table: PostTable = new Map();
  const school = new Map(county.schools.map((s) => [s.id, s]));
  for (const s of county.schools) for (const sec of sectionsOf(s)) table.set(placeOf(s, sec), new Map());
  if (county.posts) {
    const add = (s: School, sec: Section, subject: string, n: number): void => {
      const m = table.get(placeOf(s, sec));
      if (m) m.set(subject, (m.get(subject) ?? 0) + n);
    };
    for (const row of county.posts) {
      const s = school.get(row.schoolId);
      if (!s) continue;
      const secs = sectionsOf(s);
      if (row.section !== undefined || secs.length < 2) {
        add(s, row.section ?? secs[0] ?? 'primary', row.subject, row.posts);
        continue;
      }
      // A posts file without a 学段 column: a school's posts go to its sections in
      // proportion to their students, as its teachers without a 任教学段 do (teacher-sections.ts).
      const { sections, weights } = sectionWeights(s);
      apportion(row.posts, weights).forEach((n, i) => add(s, sections[i] ?? 'primary', row.subject, n));
    }
    return table;
  }
  for (const s of county.schools) {
    for (const [sec, staff] of estimatedStaff(s, p)) {
      const m = table.get(placeOf(s, sec));
      if (!m) continue;
      const shares = p.subjectShares[sec];
      // A quota is whole posts and stays whole, apportioned over the subjects; the norm's figure is a fraction, each subject's share of it rounded.
      const posts = s.staffQuota === undefined ? shares.map(([, share]) => Math.round(staff * share)) : apportion(staff, shares.map(([, share]) => share));
      shares.forEach(([subject], i) => m.set(subject, (m.get(subject) ?? 0) + (posts[i] ?? 0)));
    }
  }
  return table;
}

/**
 * The staff each section of a school is estimated to need, before the subject shares split it: its
 * students ÷ the norm's students per post, or, where the schools file gives the school's 核定编制数,
 * that quota, split between the sections of a 一贯制 or 完全中学 as the norm would staff them.
 */
function estimatedStaff(s: School, p: Policy): Map<Section, number> {
  const byNorm = new Map([...sectionStudents(s).students].map(([sec, students]) => [sec, students / studentsPerPost(sec, p)] as const));
  if (s.staffQuota === undefined) return byNorm;
  const sections = [...byNorm.keys()];
  const split = apportion(s.staffQuota, sections.map((sec) => byNorm.get(sec) ?? 0));
  return new Map(sections.map((sec, i) => [sec, split[i] ?? 0]));
}

/** Posts of a subject at a place (0 when none). */
export function postsOf(table: PostTable, place: string, subject: string): number {
  return table.get(place)?.get(subject) ?? 0;
}

/** Posts of a school, all sections, per subject. */
export function schoolPosts(table: PostTable, s: School): Map<string, number> {
  const out = new Map<string, number>();
  for (const sec of sectionsOf(s)) for (const [j, n] of table.get(placeOf(s, sec)) ?? []) out.set(j, (out.get(j) ?? 0) + n);
  return out;
}
