import { ARTS_PE_SUBJECTS, isBackbone, isCountyBackbone } from '../domain/backbone.js';
import { isLeader } from '../domain/leaders.js';
import type { Policy } from '../domain/policy.js';
import { arrivalSectionOf, placesOf, sectionsOf, teacherSection } from '../domain/sections.js';
import { postsOf, type PostTable } from '../domain/staffing.js';
import { withSections } from '../domain/teacher-sections.js';
import type { County, School, Section, Teacher } from '../domain/types.js';
import type { MoveIds } from './verify.js';

/**
 * One school before and after the plan. Shortage is Σ over sections and subjects of max(0, posts −
 * teachers), teachers in subject posts only; `teachersBefore`/`teachersAfter` count every teacher
 * of the school, principals and vice principals included.
 */
export interface SchoolFigures {
  school: School;
  teachersBefore: number;
  teachersAfter: number;
  posts: number;
  shortageBefore: number;
  shortageAfter: number;
  scarceShortageBefore: number;
  scarceShortageAfter: number;
  backboneBefore: number;
  backboneAfter: number;
  countyBackboneBefore: number;
  countyBackboneAfter: number;
  outflow: number;
  inflow: number;
  /** County-level-or-higher backbone teachers per 100 students (0 when the school has no students). */
  backbonePer100Before: number;
  backbonePer100After: number;
  /** PE, music and art teachers per 100 students. */
  artsPePer100Before: number;
  artsPePer100After: number;
  /** Shortage per subject before and after, for explanations. */
  bySubject: Map<string, { posts: number; before: number; after: number }>;
}

const per100 = (n: number, students: number): number => (students > 0 ? (n * 100) / students : 0);

/** One school's counts, before and after the plan (every teacher: principals and vice principals too). */
interface Tally {
  teachers: number;
  backbone: number;
  countyBackbone: number;
  artsPe: number;
}

const tally = (): Tally => ({ teachers: 0, backbone: 0, countyBackbone: 0, artsPe: 0 });

function count(t: Tally, teacher: Teacher): void {
  t.teachers++;
  if (isBackbone(teacher)) t.backbone++;
  if (isCountyBackbone(teacher)) t.countyBackbone++;
  if (ARTS_PE_SUBJECTS.includes(teacher.subject)) t.artsPe++;
}

/**
 * One school's teachers in subject posts per subject and section (by the section's position among
 * the school's, lowest first): before the plan at [position], after it at [2 + position].
 */
type BySection = Map<string, Int32Array>;

function bump(m: BySection, subject: string, at: number): void {
  let c = m.get(subject);
  if (!c) m.set(subject, (c = new Int32Array(4)));
  if (at >= 0) c[at] = (c[at] ?? 0) + 1;
}

/** Figures of every school, sorted by id, recomputed from the teachers and the moves. */
export function schoolFigures(input: County, p: Policy, posts: PostTable, moves: readonly MoveIds[]): SchoolFigures[] {
  const county = withSections(input);
  const dest = new Map(moves.map((m) => [m.teacherId, m.toSchoolId]));
  const schools = [...county.schools].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const at = new Map(schools.map((s, i) => [s.id, i]));
  const before = schools.map(tally);
  const after = schools.map(tally);
  // Teachers per subject and section, before and after (a move fills the section the stage rule says).
  const bySection: BySection[] = schools.map(() => new Map());
  const sectionAt = (s: School, sec: Section): number => sectionsOf(s).indexOf(sec);
  for (const t of county.teachers) {
    const b = at.get(t.schoolId);
    const toId = dest.get(t.id);
    const a = at.get(toId ?? t.schoolId);
    if (b !== undefined) count(before[b] as Tally, t);
    if (a !== undefined) count(after[a] as Tally, t);
    // Principals and vice principals hold leadership posts, not subject posts (domain/leaders.ts).
    if (isLeader(t)) continue;
    const from = b === undefined ? undefined : schools[b];
    if (!from || b === undefined) {
      // A teacher of no school of the county counts in no section, but names his or her subject where he or she arrives.
      if (a !== undefined) bump(bySection[a] as BySection, t.subject, -1);
      continue;
    }
    const own = sectionAt(from, teacherSection(t, from));
    bump(bySection[b] as BySection, t.subject, own);
    const to = toId === undefined ? undefined : at.get(toId);
    const dSchool = to === undefined ? undefined : schools[to];
    if (to === undefined || !dSchool) bump(bySection[b] as BySection, t.subject, 2 + own);
    else bump(bySection[to] as BySection, t.subject, 2 + Math.max(0, sectionAt(dSchool, arrivalSectionOf(t, from, dSchool, p) ?? (sectionsOf(dSchool)[0] as Section))));
  }
  const known = new Set(county.teachers.map((t) => t.id));
  const outflow = new Map<string, number>();
  const inflow = new Map<string, number>();
  for (const m of moves) {
    if (!known.has(m.teacherId)) continue;
    outflow.set(m.fromSchoolId, (outflow.get(m.fromSchoolId) ?? 0) + 1);
    inflow.set(m.toSchoolId, (inflow.get(m.toSchoolId) ?? 0) + 1);
  }
  const scarce = new Set(p.scarce);
  return schools.map((s, i) => {
    const b = before[i] as Tally;
    const a = after[i] as Tally;
    const counts = bySection[i] as BySection;
    const places = placesOf(s).map(([place]) => place);
    const bySubject = new Map<string, { posts: number; before: number; after: number }>();
    let sb = 0, sa = 0, xb = 0, xa = 0, totalPosts = 0;
    const subjects = new Set(counts.keys());
    for (const place of places) for (const j of posts.get(place)?.keys() ?? []) subjects.add(j);
    for (const j of [...subjects].sort()) {
      // Σ over the school's sections of max(0, posts − teachers).
      const c = counts.get(j);
      let n = 0, gb = 0, ga = 0;
      places.forEach((place, k) => {
        const q = postsOf(posts, place, j);
        n += q;
        gb += Math.max(0, q - (c?.[k] ?? 0));
        ga += Math.max(0, q - (c?.[2 + k] ?? 0));
      });
      totalPosts += n;
      bySubject.set(j, { posts: n, before: gb, after: ga });
      sb += gb;
      sa += ga;
      if (scarce.has(j)) {
        xb += gb;
        xa += ga;
      }
    }
    return {
      school: s,
      teachersBefore: b.teachers,
      teachersAfter: a.teachers,
      posts: totalPosts,
      shortageBefore: sb,
      shortageAfter: sa,
      scarceShortageBefore: xb,
      scarceShortageAfter: xa,
      backboneBefore: b.backbone,
      backboneAfter: a.backbone,
      countyBackboneBefore: b.countyBackbone,
      countyBackboneAfter: a.countyBackbone,
      outflow: outflow.get(s.id) ?? 0,
      inflow: inflow.get(s.id) ?? 0,
      backbonePer100Before: per100(b.countyBackbone, s.students),
      backbonePer100After: per100(a.countyBackbone, s.students),
      artsPePer100Before: per100(b.artsPe, s.students),
      artsPePer100After: per100(a.artsPe, s.students),
      bySubject,
    };
  });
}
