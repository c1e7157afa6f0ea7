/**
 * A quick look at whether a county leaves the planner room under the rules: enough rural and
 * weak vacancies for the teachers the city and town schools must send, in their subjects,
 * and enough eligible backbone teachers within the caps. These are necessary conditions
 * with a margin, not a proof: the planner decides.
 */
import { eligibility } from '../domain/eligibility.js';
import type { Policy } from '../domain/policy.js';
import type { Post, School, Teacher } from '../domain/types.js';

export interface CountyTables {
  schools: readonly School[];
  teachers: readonly Teacher[];
  posts: readonly Post[];
}

export interface FeasibilityHints {
  teachers: number;
  /** Eligible teachers in the whole county. */
  eligible: number;
  /** 城镇 schools that are not weak: those with a quota. */
  quotaSchools: number;
  /** Eligible teachers at those schools. */
  quotaEligible: number;
  /** Σ over quota schools of ⌈share × eligible⌉: an upper bound of what the rules make them send. */
  quotaUpper: number;
  /** ⌈share × Σ eligible⌉, the county-level quota. */
  countyQuota: number;
  /** Σ ⌊share × eligible⌋, the sum of the school-level minimums. */
  schoolMinimum: number;
  /** Σ max(0, posts − teachers) over the subjects of rural or weak schools. */
  vacancies: number;
  /** The same per subject (canonical key), subjects sorted. */
  vacanciesBySubject: Record<string, number>;
  /** Σ over subjects of min(eligible at quota schools, vacancies): movers that can land in their own subject. */
  placeable: number;
  /** Eligible backbone teachers at quota schools. */
  eligibleBackbone: number;
  /** The same, capped per school by ⌊backbone outflow share × backbone⌋ and ⌊outflow share × teachers⌋. */
  movableBackbone: number;
  /** Σ over subjects of min(eligible backbone at quota schools, vacancies). */
  placeableBackbone: number;
  /** ⌈backbone share × quotaUpper⌉. */
  backboneNeeded: number;
  /** One sentence per hint that fails its margin; empty when all hold. */
  problems: string[];
}

function add(m: Map<string, number>, k: string, v: number): void {
  m.set(k, (m.get(k) ?? 0) + v);
}

/** Checks the hints with `margin` (1.5: every supply at least 1.5 × its demand). */
export function checkFeasibilityHints(county: CountyTables, policy: Policy, margin = 1.5): FeasibilityHints {
  const byId = new Map(county.schools.map((s) => [s.id, s]));
  const quotaSchool = (s: School | undefined): boolean => s !== undefined && s.area !== 'rural' && !s.weak;
  const needySchool = (s: School | undefined): boolean => s !== undefined && (s.area === 'rural' || s.weak);

  const head = new Map<string, number>();
  const backbone = new Map<string, number>();
  const elig = new Map<string, number>();
  const eligBackbone = new Map<string, number>();
  const held = new Map<string, number>(); // "school|subject" → teachers
  const eligBySubject = new Map<string, number>();
  const eligBackboneBySubject = new Map<string, number>();
  let eligible = 0;
  for (const t of county.teachers) {
    const s = byId.get(t.schoolId);
    add(head, t.schoolId, 1);
    add(held, `${t.schoolId}|${t.subject}`, 1);
    const bb = t.backbone !== 'none';
    if (bb) add(backbone, t.schoolId, 1);
    if (eligibility(t, policy).status !== 'eligible') continue;
    eligible++;
    if (!quotaSchool(s)) continue;
    add(elig, t.schoolId, 1);
    add(eligBySubject, t.subject, 1);
    if (bb) {
      add(eligBackbone, t.schoolId, 1);
      add(eligBackboneBySubject, t.subject, 1);
    }
  }

  const vac = new Map<string, number>();
  for (const p of county.posts) {
    if (!needySchool(byId.get(p.schoolId))) continue;
    add(vac, p.subject, Math.max(0, p.posts - (held.get(`${p.schoolId}|${p.subject}`) ?? 0)));
  }

  const problems: string[] = [];
  let quotaSchools = 0;
  let quotaEligible = 0;
  let quotaUpper = 0;
  let schoolMinimum = 0;
  let movableBackbone = 0;
  for (const s of county.schools) {
    if (!quotaSchool(s)) continue;
    quotaSchools++;
    const e = elig.get(s.id) ?? 0;
    const n = head.get(s.id) ?? 0;
    quotaEligible += e;
    quotaUpper += Math.ceil(policy.quotaShare * e - 1e-9);
    const least = Math.floor(policy.quotaShare * e + 1e-9);
    schoolMinimum += least;
    const canLeave = Math.floor(policy.maxOutflowShare * n + 1e-9);
    if (least > canLeave) problems.push(`${s.id} must send ${least} but may lose only ${canLeave}`);
    movableBackbone += Math.min(eligBackbone.get(s.id) ?? 0, Math.floor(policy.maxBackboneOutflowShare * (backbone.get(s.id) ?? 0) + 1e-9), canLeave);
  }
  const countyQuota = Math.ceil(policy.quotaShare * quotaEligible - 1e-9);
  const subjects = [...vac.keys()].sort();
  let vacancies = 0;
  let placeable = 0;
  let placeableBackbone = 0;
  const vacanciesBySubject: Record<string, number> = {};
  for (const subject of subjects) {
    const v = vac.get(subject) ?? 0;
    vacanciesBySubject[subject] = v;
    vacancies += v;
    placeable += Math.min(v, eligBySubject.get(subject) ?? 0);
    placeableBackbone += Math.min(v, eligBackboneBySubject.get(subject) ?? 0);
  }
  const eligibleBackbone = [...eligBackbone.values()].reduce((a, b) => a + b, 0);
  const backboneNeeded = Math.ceil(policy.backboneShare * quotaUpper - 1e-9);
  const short = (what: string, have: number, need: number): void => {
    if (have < margin * need) problems.push(`${what}: ${have} < ${margin} × ${need}`);
  };
  short('rural/weak vacancies vs the quota', vacancies, quotaUpper);
  short('movers placeable in their own subject vs the quota', placeable, quotaUpper);
  short('backbone teachers movable within the caps vs the backbone share', movableBackbone, backboneNeeded);
  short('backbone teachers placeable in their own subject vs the backbone share', placeableBackbone, backboneNeeded);
  return {
    teachers: county.teachers.length,
    eligible,
    quotaSchools,
    quotaEligible,
    quotaUpper,
    countyQuota,
    schoolMinimum,
    vacancies,
    vacanciesBySubject,
    placeable,
    eligibleBackbone,
    movableBackbone,
    placeableBackbone,
    backboneNeeded,
    problems,
  };
}
