import { ARTS_PE_SUBJECTS, isBackbone, isCountyBackbone } from '../domain/backbone.js';
import { isLeader } from '../domain/leaders.js';
import type { Policy } from '../domain/policy.js';
import { arrivalPlace, placesOf, teacherPlace } from '../domain/sections.js';
import { postsOf, type PostTable } from '../domain/staffing.js';
import { withSections } from '../domain/teacher-sections.js';
import { cellKey } from '../model/keys.js';
import type { County, School, Teacher } from '../domain/types.js';
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

/** Figures of every school, sorted by id, recomputed from the teachers and the moves. */
export function schoolFigures(input: County, p: Policy, posts: PostTable, moves: readonly MoveIds[]): SchoolFigures[] {
  const county = withSections(input);
  const teacher = new Map(county.teachers.map((t) => [t.id, t]));
  const dest = new Map(moves.map((m) => [m.teacherId, m.toSchoolId]));
  const schoolById = new Map(county.schools.map((s) => [s.id, s]));
  // Teachers per place and subject, before and after (a move fills the section the stage rule says).
  const placeBefore = new Map<string, number>();
  const placeAfter = new Map<string, number>();
  const bumpAt = (m: Map<string, number>, k: string): void => {
    m.set(k, (m.get(k) ?? 0) + 1);
  };
  for (const t of county.teachers) {
    const from = schoolById.get(t.schoolId);
    // Principals and vice principals hold leadership posts, not subject posts (domain/leaders.ts).
    if (!from || isLeader(t)) continue;
    bumpAt(placeBefore, cellKey(teacherPlace(t, from), t.subject));
    const toId = dest.get(t.id);
    const to = toId === undefined ? undefined : schoolById.get(toId);
    bumpAt(placeAfter, cellKey(to ? arrivalPlace(t, from, to, p) : teacherPlace(t, from), t.subject));
  }
  const before = new Map<string, Teacher[]>();
  const after = new Map<string, Teacher[]>();
  const push = (m: Map<string, Teacher[]>, k: string, t: Teacher): void => {
    const list = m.get(k);
    if (list) list.push(t);
    else m.set(k, [t]);
  };
  for (const t of county.teachers) {
    push(before, t.schoolId, t);
    push(after, dest.get(t.id) ?? t.schoolId, t);
  }
  const outflow = new Map<string, number>();
  const inflow = new Map<string, number>();
  for (const m of moves) {
    if (!teacher.has(m.teacherId)) continue;
    outflow.set(m.fromSchoolId, (outflow.get(m.fromSchoolId) ?? 0) + 1);
    inflow.set(m.toSchoolId, (inflow.get(m.toSchoolId) ?? 0) + 1);
  }
  const scarce = new Set(p.scarce);
  return [...county.schools]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((s) => {
      const b = before.get(s.id) ?? [];
      const a = after.get(s.id) ?? [];
      const bySubject = new Map<string, { posts: number; before: number; after: number }>();
      let sb = 0, sa = 0, xb = 0, xa = 0, totalPosts = 0;
      const subjects = new Set([...b, ...a].filter((t) => !isLeader(t)).map((t) => t.subject));
      for (const [place] of placesOf(s)) for (const j of posts.get(place)?.keys() ?? []) subjects.add(j);
      for (const j of [...subjects].sort()) {
        // Σ over the school's sections of max(0, posts − teachers).
        let n = 0, gb = 0, ga = 0;
        for (const [place] of placesOf(s)) {
          const k = postsOf(posts, place, j);
          n += k;
          gb += Math.max(0, k - (placeBefore.get(cellKey(place, j)) ?? 0));
          ga += Math.max(0, k - (placeAfter.get(cellKey(place, j)) ?? 0));
        }
        totalPosts += n;
        bySubject.set(j, { posts: n, before: gb, after: ga });
        sb += gb;
        sa += ga;
        if (scarce.has(j)) {
          xb += gb;
          xa += ga;
        }
      }
      const arts = (ts: Teacher[]): number => ts.filter((t) => ARTS_PE_SUBJECTS.includes(t.subject)).length;
      const cbb = b.filter(isCountyBackbone).length;
      const cba = a.filter(isCountyBackbone).length;
      return {
        school: s,
        teachersBefore: b.length,
        teachersAfter: a.length,
        posts: totalPosts,
        shortageBefore: sb,
        shortageAfter: sa,
        scarceShortageBefore: xb,
        scarceShortageAfter: xa,
        backboneBefore: b.filter(isBackbone).length,
        backboneAfter: a.filter(isBackbone).length,
        countyBackboneBefore: cbb,
        countyBackboneAfter: cba,
        outflow: outflow.get(s.id) ?? 0,
        inflow: inflow.get(s.id) ?? 0,
        backbonePer100Before: per100(cbb, s.students),
        backbonePer100After: per100(cba, s.students),
        artsPePer100Before: per100(arts(b), s.students),
        artsPePer100After: per100(arts(a), s.students),
        bySubject,
      };
    });
}
