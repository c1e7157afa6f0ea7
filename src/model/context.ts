import { backboneClass, isBackbone, isCountyBackbone } from '../domain/backbone.js';
import { isQuotaSchool } from '../domain/direction.js';
import { isLeader } from '../domain/leaders.js';
import { eligibility, type Eligibility } from '../domain/eligibility.js';
import type { Policy } from '../domain/policy.js';
import { postsOf, postTable, type PostTable } from '../domain/staffing.js';
import type { County, Lock, School, Teacher } from '../domain/types.js';
import { groupKey } from './keys.js';

/** Counts of one school before the plan. */
export interface SchoolStock {
  /** Every teacher of the school, principals and vice principals included (the base of the outflow caps). */
  teachers: number;
  backbone: number;
  countyBackbone: number;
  /** Eligible teachers (by the rules, locks aside), principals and vice principals left out (the quotas' base). */
  eligible: number;
  eligibleBackbone: number;
  /** Teachers per canonical subject (in subject posts: principals and vice principals left out). */
  bySubject: Map<string, number>;
  countyBackboneBySubject: Map<string, number>;
}

/**
 * Everything the model and the plan need to know about the county, indexed once.
 * Pure: built from the county and the policy only; every list sorted by id.
 */
export interface ModelContext {
  county: County;
  policy: Policy;
  posts: PostTable;
  schools: School[];
  schoolById: Map<string, School>;
  teachers: Teacher[];
  teacherById: Map<string, Teacher>;
  subjects: string[];
  eligibility: Map<string, Eligibility>;
  stock: Map<string, SchoolStock>;
  /** Lock per teacher id (contradictory locks are rejected when the input is read). */
  moveLock: Map<string, Lock>;
  stayLock: Set<string>;
  forbid: Map<string, Set<string>>;
  /** Eligible teachers free to be chosen by the model: not locked, by school|subject|backbone class. */
  free: Map<string, Teacher[]>;
  /**
   * Principals and vice principals a lock moves, per origin school: they take no subject post (no
   * model column), but the school's outflow caps count them.
   */
  leadersOut: Map<string, { all: number; backbone: number }>;
  /** The previous plan's moves, teacher id → destination (`--baseline`); empty without one. */
  baseline: ReadonlyMap<string, string>;
  /**
   * Whether the baseline's movers go first among alike teachers (true unless set false: then who
   * goes follows priority alone, and the baseline only breaks ties between equal counts and sends
   * a teacher it moved to the same school when he or she goes).
   */
  namesFromBaseline?: boolean;
}


const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildContext(county: County, policy: Policy, baseline: ReadonlyMap<string, string> = new Map()): ModelContext {
  const schools = [...county.schools].sort(byId);
  const teachers = [...county.teachers].sort(byId);
  const posts = postTable(county, policy);
  const elig = new Map<string, Eligibility>();
  const stock = new Map<string, SchoolStock>();
  for (const s of schools) {
    stock.set(s.id, { teachers: 0, backbone: 0, countyBackbone: 0, eligible: 0, eligibleBackbone: 0, bySubject: new Map(), countyBackboneBySubject: new Map() });
  }
  const subjects = new Set<string>();
  for (const m of posts.values()) for (const [j, n] of m) if (n > 0) subjects.add(j);
  const moveLock = new Map<string, Lock>();
  const stayLock = new Set<string>();
  const forbid = new Map<string, Set<string>>();
  for (const l of county.locks) {
    if (l.action === 'move') moveLock.set(l.teacherId, l);
    else if (l.action === 'stay') stayLock.add(l.teacherId);
    else if (l.schoolId !== undefined) {
      const set = forbid.get(l.teacherId) ?? new Set<string>();
      set.add(l.schoolId);
      forbid.set(l.teacherId, set);
    }
  }
  const free = new Map<string, Teacher[]>();
  for (const t of teachers) {
    subjects.add(t.subject);
    const e = eligibility(t, policy);
    elig.set(t.id, e);
    const st = stock.get(t.schoolId);
    if (!st) continue;
    st.teachers++;
    if (isBackbone(t)) st.backbone++;
    if (isCountyBackbone(t)) st.countyBackbone++;
    // Principals and vice principals hold no subject post and are outside the quotas (domain/leaders.ts).
    if (isLeader(t)) continue;
    st.bySubject.set(t.subject, (st.bySubject.get(t.subject) ?? 0) + 1);
    if (isCountyBackbone(t)) st.countyBackboneBySubject.set(t.subject, (st.countyBackboneBySubject.get(t.subject) ?? 0) + 1);
    if (e.status === 'eligible') {
      st.eligible++;
      if (isBackbone(t)) st.eligibleBackbone++;
      if (!moveLock.has(t.id) && !stayLock.has(t.id)) {
        const k = groupKey(t.schoolId, t.subject, backboneClass(t));
        const list = free.get(k) ?? [];
        list.push(t);
        free.set(k, list);
      }
    }
  }
  const teacherById = new Map(teachers.map((t) => [t.id, t]));
  const leadersOut = new Map<string, { all: number; backbone: number }>();
  for (const l of moveLock.values()) {
    const t = teacherById.get(l.teacherId);
    if (!t || !isLeader(t) || l.schoolId === undefined || l.schoolId === t.schoolId) continue;
    const n = leadersOut.get(t.schoolId) ?? { all: 0, backbone: 0 };
    n.all++;
    if (isBackbone(t)) n.backbone++;
    leadersOut.set(t.schoolId, n);
  }
  return {
    county,
    policy,
    posts,
    leadersOut,
    schools,
    schoolById: new Map(schools.map((s) => [s.id, s])),
    teachers,
    teacherById,
    subjects: [...subjects].sort(),
    eligibility: elig,
    stock,
    moveLock,
    stayLock,
    forbid,
    free,
    baseline,
  };
}

/** Teachers of a subject at a school before the plan. */
export function teachersOf(ctx: ModelContext, schoolId: string, subject: string): number {
  return ctx.stock.get(schoolId)?.bySubject.get(subject) ?? 0;
}

export function postsAt(ctx: ModelContext, schoolId: string, subject: string): number {
  return postsOf(ctx.posts, schoolId, subject);
}

export function isQuota(ctx: ModelContext, schoolId: string): boolean {
  const s = ctx.schoolById.get(schoolId);
  return s !== undefined && isQuotaSchool(s);
}
