import { ARTS_PE_SUBJECTS, isBackbone, isCountyBackbone } from '../domain/backbone.js';
import { isLeader } from '../domain/leaders.js';
import type { Policy } from '../domain/policy.js';
import type { PostTable } from '../domain/staffing.js';
import type { County, School, Teacher } from '../domain/types.js';
import type { MoveIds } from './verify.js';

/**
 * One school before and after the plan. Shortage is Σ over subjects of max(0, posts − teachers),
 * teachers in subject posts only; `teachersBefore`/`teachersAfter` count every teacher of the
 * school, principals and vice principals included.
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
export function schoolFigures(county: County, p: Policy, posts: PostTable, moves: readonly MoveIds[]): SchoolFigures[] {
  const teacher = new Map(county.teachers.map((t) => [t.id, t]));
  const dest = new Map(moves.map((m) => [m.teacherId, m.toSchoolId]));
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
      const postsHere = posts.get(s.id) ?? new Map<string, number>();
      const count = (ts: Teacher[]): Map<string, number> => {
        const m = new Map<string, number>();
        // Principals and vice principals hold leadership posts, not subject posts (domain/leaders.ts).
        for (const t of ts) if (!isLeader(t)) m.set(t.subject, (m.get(t.subject) ?? 0) + 1);
        return m;
      };
      const cb = count(b);
      const ca = count(a);
      const bySubject = new Map<string, { posts: number; before: number; after: number }>();
      let sb = 0, sa = 0, xb = 0, xa = 0, totalPosts = 0;
      for (const j of [...new Set([...postsHere.keys(), ...cb.keys(), ...ca.keys()])].sort()) {
        const n = postsHere.get(j) ?? 0;
        totalPosts += n;
        const gb = Math.max(0, n - (cb.get(j) ?? 0));
        const ga = Math.max(0, n - (ca.get(j) ?? 0));
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
