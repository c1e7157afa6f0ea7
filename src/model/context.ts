import { backboneClass, isBackbone, isCountyBackbone } from '../domain/backbone.js';
import { isQuotaSchool } from '../domain/direction.js';
import { isLeader } from '../domain/leaders.js';
import { eligibility, type Eligibility } from '../domain/eligibility.js';
import type { Policy } from '../domain/policy.js';
import { postsOf, postTable, type PostTable } from '../domain/staffing.js';
import { arrivalPlace, inScope, placesOf, teacherPlace } from '../domain/sections.js';
import { withSections } from '../domain/teacher-sections.js';
import { quotaPool } from '../domain/scope.js';
import type { County, Lock, School, Section, Teacher } from '../domain/types.js';
import { groupKey } from './keys.js';

/** Counts of one school before the plan. */
export interface SchoolStock {
  /** Every teacher of the sections in scope (`rules.scope`), principals and vice principals included: the base of the outflow caps. */
  teachers: number;
  backbone: number;
  countyBackbone: number;
  /** Eligible teachers (by the rules, locks aside), principals and vice principals left out (the quotas' base). */
  eligible: number;
  /** Of them, 高中's: the county quota's pool of its own (domain/scope.ts quotaPool). */
  eligibleSenior: number;
  eligibleBackbone: number;
  /** Teachers per canonical subject, all sections (in subject posts: principals and vice principals left out). */
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
  /** Posts per place (a school, or one section of a two-section school: see domain/sections.ts) and subject. */
  posts: PostTable;
  schools: School[];
  /** Every place, school by school (by id), lowest section first; a plain county's places are its school ids. */
  places: string[];
  /** Place → its school and section. */
  placeInfo: Map<string, { school: School; section: Section }>;
  /** Teachers per place and subject before the plan. */
  placeTeachers: Map<string, Map<string, number>>;
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
}


const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildContext(input: County, policy: Policy, baseline: ReadonlyMap<string, string> = new Map()): ModelContext {
  const county = withSections(input);
  const schools = [...county.schools].sort(byId);
  const teachers = [...county.teachers].sort(byId);
  const posts = postTable(county, policy);
  const elig = new Map<string, Eligibility>();
  const stock = new Map<string, SchoolStock>();
  for (const s of schools) {
    stock.set(s.id, { teachers: 0, backbone: 0, countyBackbone: 0, eligible: 0, eligibleSenior: 0, eligibleBackbone: 0, bySubject: new Map(), countyBackboneBySubject: new Map() });
  }
  const places: string[] = [];
  const placeInfo = new Map<string, { school: School; section: Section }>();
  const placeTeachers = new Map<string, Map<string, number>>();
  for (const s of schools) {
    for (const [place, section] of placesOf(s)) {
      places.push(place);
      placeInfo.set(place, { school: s, section });
      placeTeachers.set(place, new Map());
    }
  }
  const schoolOf = new Map(schools.map((s) => [s.id, s]));
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
    const school = schoolOf.get(t.schoolId);
    if (!st || !school) continue;
    const scoped = t.section === undefined || inScope(t.section, policy);
    if (scoped) st.teachers++;
    if (isBackbone(t) && scoped) st.backbone++;
    if (isCountyBackbone(t)) st.countyBackbone++;
    // Principals and vice principals hold no subject post and are outside the quotas (domain/leaders.ts).
    if (isLeader(t)) continue;
    const at = placeTeachers.get(teacherPlace(t, school));
    at?.set(t.subject, (at.get(t.subject) ?? 0) + 1);
    st.bySubject.set(t.subject, (st.bySubject.get(t.subject) ?? 0) + 1);
    if (isCountyBackbone(t)) st.countyBackboneBySubject.set(t.subject, (st.countyBackboneBySubject.get(t.subject) ?? 0) + 1);
    if (e.status === 'eligible') {
      st.eligible++;
      if (quotaPool(t.section) === 'senior') st.eligibleSenior++;
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
    places,
    placeInfo,
    placeTeachers,
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

/** Teachers of a subject at a place (a school's id when it has one section) before the plan. */
export function teachersOf(ctx: ModelContext, place: string, subject: string): number {
  return ctx.placeTeachers.get(place)?.get(subject) ?? 0;
}

/** Posts of a subject at a place. */
export function postsAt(ctx: ModelContext, place: string, subject: string): number {
  return postsOf(ctx.posts, place, subject);
}

/** The place a teacher's move to `to` fills (see domain/sections.ts arrivalPlace). */
export function arrivalPlaceOf(ctx: ModelContext, t: Teacher, to: School): string {
  const from = ctx.schoolById.get(t.schoolId);
  return from ? arrivalPlace(t, from, to, ctx.policy) : to.id;
}

/** A teacher's own place. */
export function ownPlace(ctx: ModelContext, t: Teacher): string {
  const s = ctx.schoolById.get(t.schoolId);
  return s ? teacherPlace(t, s) : t.schoolId;
}

export function isQuota(ctx: ModelContext, schoolId: string): boolean {
  const s = ctx.schoolById.get(schoolId);
  return s !== undefined && isQuotaSchool(s);
}
