import { isBackbone } from '../domain/backbone.js';
import { isQuotaSchool, isTwoWay } from '../domain/direction.js';
import { quotaPool, type QuotaPool } from '../domain/scope.js';
import { eligibility } from '../domain/eligibility.js';
import { isLeader } from '../domain/leaders.js';
import type { Policy } from '../domain/policy.js';
import { postTable, type PostTable } from '../domain/staffing.js';
import type { County, School, Teacher } from '../domain/types.js';
import { cellKey } from '../model/keys.js';
import { arrivalPlace, inScope, teacherPlace } from '../domain/sections.js';
import { withSections } from '../domain/teacher-sections.js';
import { takesPart } from './in-rotation.js';

/** A move as the verifier sees it: ids only. */
export interface MoveIds {
  teacherId: string;
  fromSchoolId: string;
  toSchoolId: string;
}

/** One school's counts as the verifier sees them: before the plan, and what the plan takes out. */
export interface SchoolTally {
  teachers: number;
  backbone: number;
  eligible: number;
  eligibleBackbone: number;
  /** Every teacher the plan takes out (principals and vice principals included): the caps count these. */
  out: number;
  outBackbone: number;
  /** Teachers sent out toward the quota: principals and vice principals and two-way moves left out. */
  sent: number;
}

/**
 * A finished plan's facts, recomputed from the county, the policy and the list of moves alone:
 * nothing from the model or the solver. Every rule's `check` reads these. What comes from the
 * county and the policy alone is shared by every plan of them, so it is read-only here.
 */
export interface PlanFacts {
  county: County;
  policy: Policy;
  posts: PostTable;
  /** Teacher id → schools a lock forbids. */
  forbid: ReadonlyMap<string, ReadonlySet<string>>;
  moves: readonly MoveIds[];
  teacher: ReadonlyMap<string, Teacher>;
  school: ReadonlyMap<string, School>;
  /** Schools sorted by id. */
  schools: readonly School[];
  /** The schools that take part in the rotation (a section in `rules.scope`, see in-rotation.ts), sorted by id: the per-school rows count these. */
  rotating: readonly School[];
  tally: Map<string, SchoolTally>;
  /**
   * Teachers per `place|subject` before the plan (a place: a school, or one section of a two-section
   * school), and the plan's arrivals and departures there: teachers in subject posts only
   * (principals and vice principals hold none, see domain/leaders.ts).
   */
  before: ReadonlyMap<string, number>;
  inflow: Map<string, number>;
  outflow: Map<string, number>;
  /** Two-way arrivals (跟岗交流) per `school|subject`. */
  twoWayIn: Map<string, number>;
  /** Teachers sent out (the base of the backbone share): two-way moves, principals and vice principals left out. */
  movers: number;
  backboneMovers: number;
  eligibleBackbone: number;
  /** Eligible teachers of the schools held to the quota, and the teachers they send out (as `sent`), per quota pool (domain/scope.ts). */
  quotaEligible: Readonly<Record<QuotaPool, number>>;
  quotaSent: Record<QuotaPool, number>;
}

const bump = (m: Map<string, number>, k: string): void => {
  m.set(k, (m.get(k) ?? 0) + 1);
};

/** What {@link planFacts} takes from the county and the policy alone, the same for every plan of them. */
interface CountyFacts {
  county: County;
  posts: PostTable;
  forbid: Map<string, Set<string>>;
  teacher: Map<string, Teacher>;
  school: Map<string, School>;
  schools: School[];
  rotating: School[];
  /** Each school's counts before any plan (what a plan takes out is 0). */
  tally: Map<string, SchoolTally>;
  before: Map<string, number>;
  eligibleBackbone: number;
  quotaEligible: Record<QuotaPool, number>;
}

/** Per county object and policy object, worked out once: both are never changed once read. */
const known = new WeakMap<County, WeakMap<Policy, CountyFacts>>();

/**
 * The county's side of the facts (every teacher's eligibility, the teachers per place and subject,
 * the posts), worked out once per county and policy: a run checks several plans of one county (a
 * lazy rule broken, the locks' reference plan), and works this out while the solver works (see
 * {@link groundFacts}). Pure: the same county and policy give the same facts.
 */
function countyFacts(input: County, policy: Policy): CountyFacts {
  let byPolicy = known.get(input);
  if (!byPolicy) known.set(input, (byPolicy = new WeakMap()));
  const hit = byPolicy.get(policy);
  if (hit) return hit;
  const county = withSections(input);
  const teacher = new Map(county.teachers.map((t) => [t.id, t]));
  const school = new Map(county.schools.map((s) => [s.id, s]));
  const tally = new Map<string, SchoolTally>();
  for (const s of county.schools) tally.set(s.id, { teachers: 0, backbone: 0, eligible: 0, eligibleBackbone: 0, out: 0, outBackbone: 0, sent: 0 });
  const before = new Map<string, number>();
  let eligibleBackbone = 0;
  const quotaEligible: Record<QuotaPool, number> = { compulsory: 0, senior: 0 };
  const placeOfTeacher = (t: Teacher): string => {
    const s = school.get(t.schoolId);
    return s ? teacherPlace(t, s) : t.schoolId;
  };
  for (const t of county.teachers) {
    const st = tally.get(t.schoolId);
    if (!st) continue;
    // The caps' base: teachers of the sections in scope.
    if (t.section === undefined || inScope(t.section, policy)) {
      st.teachers++;
      if (isBackbone(t)) st.backbone++;
    }
    if (isLeader(t)) continue;
    bump(before, cellKey(placeOfTeacher(t), t.subject));
    if (eligibility(t, policy).status === 'eligible') {
      st.eligible++;
      const s = school.get(t.schoolId);
      if (s && isQuotaSchool(s)) quotaEligible[quotaPool(t.section)]++;
      if (isBackbone(t)) {
        st.eligibleBackbone++;
        eligibleBackbone++;
      }
    }
  }
  const forbid = new Map<string, Set<string>>();
  for (const l of county.locks) if (l.action === 'forbid' && l.schoolId !== undefined) forbid.set(l.teacherId, (forbid.get(l.teacherId) ?? new Set()).add(l.schoolId));
  const schools = [...county.schools].sort((a, b) => (a.id < b.id ? -1 : 1));
  const rotating = schools.filter((s) => takesPart(s, policy));
  const facts: CountyFacts = { county, posts: postTable(county, policy), forbid, teacher, school, schools, rotating, tally, before, eligibleBackbone, quotaEligible };
  byPolicy.set(policy, facts);
  return facts;
}

/** Works out ahead what every plan of this county and policy is checked against (a caller with time to spare, as while the solver works). */
export function groundFacts(county: County, policy: Policy): void {
  countyFacts(county, policy);
}

export function planFacts(input: County, policy: Policy, moves: readonly MoveIds[]): PlanFacts {
  const { county, posts, forbid, teacher, school, schools, rotating, before, eligibleBackbone, quotaEligible, tally: base } = countyFacts(input, policy);
  const quotaSent: Record<QuotaPool, number> = { compulsory: 0, senior: 0 };
  // Each plan's own copy of the counts: what it takes out is added below.
  const tally = new Map<string, SchoolTally>();
  for (const [id, st] of base) tally.set(id, { ...st });
  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  let movers = 0;
  let backboneMovers = 0;
  const twoWayIn = new Map<string, number>();
  for (const m of moves) {
    const t = teacher.get(m.teacherId);
    if (!t) continue;
    const leader = isLeader(t);
    const from = school.get(m.fromSchoolId);
    const to = school.get(m.toSchoolId);
    const twoWay = from !== undefined && to !== undefined && isTwoWay(from, to, policy);
    if (from && to && !leader) {
      // The section a move fills, by the stage rule (domain/sections.ts): what the model counted.
      const at = cellKey(arrivalPlace(t, from, to, policy), t.subject);
      bump(inflow, at);
      bump(outflow, cellKey(teacherPlace(t, from), t.subject));
      // Per place: the cap is per stage and subject (two-way.ts).
      if (twoWay) bump(twoWayIn, at);
    }
    const st = tally.get(m.fromSchoolId);
    if (!st) continue;
    st.out++;
    if (isBackbone(t)) st.outBackbone++;
    if (leader || twoWay) continue;
    st.sent++;
    if (from && isQuotaSchool(from)) quotaSent[quotaPool(t.section)]++;
    movers++;
    if (isBackbone(t)) backboneMovers++;
  }
  return { county, policy, posts, forbid, moves, teacher, school, schools, rotating, tally, before, inflow, outflow, twoWayIn, movers, backboneMovers, eligibleBackbone, quotaEligible, quotaSent };
}
