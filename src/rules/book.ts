import { backboneClass, isBackbone, isCountyBackbone } from '../domain/backbone.js';
import { isQuotaSchool, isTwoWay } from '../domain/direction.js';
import { isLeader } from '../domain/leaders.js';
import type { Teacher } from '../domain/types.js';
import { shortageWeight } from '../domain/shortage-weight.js';
import { baselineCounts, type BaselineCounts } from '../model/baseline-counts.js';
import { placesOf } from '../domain/sections.js';
import { quotaPool, type QuotaPool } from '../domain/scope.js';
import { arrivalPlaceOf, ownPlace, postsAt, teachersOf, type ModelContext } from '../model/context.js';
import { arrivalKey, groupKey, inClass, withClass } from '../model/keys.js';
import { countNeeded } from '../indicators/per-100.js';
import type { MoveIds } from './facts.js';

/**
 * A plan's facts indexed by school, subject and group, from which every objective term is
 * recomputed without the model: the same values the model's terms take at the plan (shortage,
 * backbone balance, moves, baseline) plus the stage-two terms (preference, home township,
 * priority). A single change of one teacher is evaluated by recomputing only the terms it acts on.
 */
export interface PlanBook {
  ctx: ModelContext;
  /** Teacher id → destination. */
  dest: Map<string, string>;
  /**
   * Positions of the schools (as in ctx.schools) and subjects (as in ctx.subjects) in the tables
   * below, looked up once per question instead of building a key: the pair of school s and subject
   * j is cell s × subjects + j (see {@link cellOf}).
   */
  schoolAt: Map<string, number>;
  subjectAt: Map<string, number>;
  /** Positions of the places (as in ctx.places: a school, or one section of a two-section school): the cells are per place and subject. */
  placeAt: Map<string, number>;
  /** Per cell: posts and the weight of one unfilled post (fixed), teachers after the plan, arrivals. */
  posts: Float64Array;
  weight: Float64Array;
  after: Float64Array;
  inflow: Float64Array;
  /** Per school: county-level-or-higher backbone teachers after the plan, and how many the indicator asks for. */
  countyBackbone: Float64Array;
  backboneNeed: Float64Array;
  outflow: Map<string, number>;
  backboneOutflow: Map<string, number>;
  /** Movers in subject posts (principals and vice principals left out), as the model counts them. */
  movers: number;
  backboneMovers: number;
  /** Teachers sent out, two-way moves left out too: the backbone share's base. */
  sent: number;
  sentBackbone: number;
  /** Movers from the schools held to the quota (principals and vice principals left out), and their eligible teachers, per quota pool (domain/scope.ts). */
  quotaOut: Record<QuotaPool, number>;
  quotaEligible: Record<QuotaPool, number>;
  eligibleBackbone: number;
  base: BaselineCounts;
  /** A teacher's class for the move rules that read the teacher ('' when none does). */
  teacherClass: (t: Teacher) => string;
  /** Movers per out group and arrivals per in key, for the baseline term. */
  groupOut: Map<string, number>;
  groupIn: Map<string, number>;
}

const bump = (m: Map<string, number>, k: string, d: number): void => {
  m.set(k, (m.get(k) ?? 0) + d);
};

/**
 * The book of a plan. `teacherClass` is the class of teachers the move rules read (see
 * src/rules/allows-move.ts), by which the baseline's groups are counted as the model counts them.
 */
export function planBook(ctx: ModelContext, moves: readonly MoveIds[], teacherClass: (t: Teacher) => string): PlanBook {
  const S = ctx.schools.length;
  const P = ctx.places.length;
  const J = ctx.subjects.length;
  const schoolAt = new Map(ctx.schools.map((s, i) => [s.id, i]));
  const placeAt = new Map(ctx.places.map((p, i) => [p, i]));
  const subjectAt = new Map(ctx.subjects.map((j, i) => [j, i]));
  const posts = new Float64Array(P * J);
  const weight = new Float64Array(P * J);
  const after = new Float64Array(P * J);
  const countyBackbone = new Float64Array(S);
  const backboneNeed = new Float64Array(S);
  const quotaEligible: Record<QuotaPool, number> = { compulsory: 0, senior: 0 };
  let eligibleBackbone = 0;
  ctx.schools.forEach((s, i) => {
    const st = ctx.stock.get(s.id);
    for (const [place] of placesOf(s)) {
      const at = placeAt.get(place) ?? 0;
      ctx.subjects.forEach((j, k) => {
        posts[at * J + k] = postsAt(ctx, place, j);
        weight[at * J + k] = shortageWeight(ctx.policy, s, j);
        after[at * J + k] = teachersOf(ctx, place, j);
      });
    }
    countyBackbone[i] = st?.countyBackbone ?? 0;
    backboneNeed[i] = countNeeded(ctx.policy.backbonePer100, s.students);
    if (isQuotaSchool(s)) {
      quotaEligible.compulsory += (st?.eligible ?? 0) - (st?.eligibleSenior ?? 0);
      quotaEligible.senior += st?.eligibleSenior ?? 0;
    }
    eligibleBackbone += st?.eligibleBackbone ?? 0;
  });
  const book: PlanBook = {
    ctx,
    dest: new Map(),
    schoolAt,
    subjectAt,
    placeAt,
    posts,
    weight,
    after,
    inflow: new Float64Array(P * J),
    countyBackbone,
    backboneNeed,
    outflow: new Map(),
    backboneOutflow: new Map(),
    movers: 0,
    backboneMovers: 0,
    sent: 0,
    sentBackbone: 0,
    quotaOut: { compulsory: 0, senior: 0 },
    quotaEligible,
    eligibleBackbone,
    base: baselineCounts(ctx, teacherClass),
    teacherClass,
    groupOut: new Map(),
    groupIn: new Map(),
  };
  for (const m of moves) {
    const t = ctx.teacherById.get(m.teacherId);
    if (t) applyMove(book, t, m.toSchoolId, 1);
  }
  return book;
}

/** The sum over the plan's movers of `f` (teacher, destination): the value of a term about single teachers. */
export function overMovers(book: PlanBook, f: (t: Teacher, to: string) => number): number {
  let v = 0;
  for (const [id, to] of book.dest) {
    const t = book.ctx.teacherById.get(id);
    if (t) v += f(t, to);
  }
  return v;
}

/** The cell of a place (a school id when the school has one section) and subject in the book's tables, or −1 when the county has no such place or subject. */
export function cellOf(book: PlanBook, place: string, subject: string): number {
  const s = book.placeAt.get(place);
  const j = book.subjectAt.get(subject);
  return s === undefined || j === undefined ? -1 : s * book.subjectAt.size + j;
}

/** The place teacher `t` holds at `school` (undefined = the own school): the own section there, or the section the move fills. */
export function placeFor(book: PlanBook, t: Teacher, school: string | undefined): string {
  if (school === undefined || school === t.schoolId) return ownPlace(book.ctx, t);
  const to = book.ctx.schoolById.get(school);
  return to ? arrivalPlaceOf(book.ctx, t, to) : school;
}

/** An entry of one of the book's tables; 0 at −1 (no such school or subject). */
export const valueAt = (table: Float64Array, i: number): number => (i < 0 ? 0 : (table[i] ?? 0));

/** Teachers of a subject at a place after the plan. */
export const afterAt = (book: PlanBook, school: string, subject: string): number => valueAt(book.after, cellOf(book, school, subject));
/** County-level-or-higher backbone teachers at a school after the plan. */
export const countyBackboneAt = (book: PlanBook, school: string): number => valueAt(book.countyBackbone, book.schoolAt.get(school) ?? -1);

/** Adds (sign 1) or takes back (sign −1) the move of `t` to `to` (a school outside the county counts nowhere): what the book is made of, and what {@link rebook} (rebook.ts) changes in place. */
export function applyMove(book: PlanBook, t: Teacher, to: string, sign: 1 | -1): void {
  const from = t.schoolId;
  const bc = backboneClass(t);
  if (sign === 1) book.dest.set(t.id, to);
  else book.dest.delete(t.id);
  const add = (table: Float64Array, i: number, d: number): void => {
    if (i >= 0) table[i] = (table[i] ?? 0) + d;
  };
  const leader = isLeader(t);
  const at = placeFor(book, t, to);
  // A principal or vice principal holds no subject post (domain/leaders.ts): the caps count him or her, nothing else.
  if (!leader) {
    add(book.after, cellOf(book, placeFor(book, t, undefined), t.subject), -sign);
    add(book.after, cellOf(book, at, t.subject), sign);
    add(book.inflow, cellOf(book, at, t.subject), sign);
  }
  bump(book.outflow, from, sign);
  if (isCountyBackbone(t)) {
    add(book.countyBackbone, book.schoolAt.get(from) ?? -1, -sign);
    add(book.countyBackbone, book.schoolAt.get(to) ?? -1, sign);
  }
  if (isBackbone(t)) bump(book.backboneOutflow, from, sign);
  const s = book.ctx.schoolById.get(from);
  const d = book.ctx.schoolById.get(to);
  // Teachers sent out: the backbone share leaves two-way moves and principals out, the quota principals.
  if (leader) return;
  if (s && isQuotaSchool(s)) book.quotaOut[quotaPool(t.section)] += sign;
  bump(book.groupOut, withClass(groupKey(from, t.subject, bc), book.teacherClass(t)), sign);
  bump(book.groupIn, arrivalKey(at, t.subject, inClass(bc)), sign);
  book.movers += sign;
  if (isBackbone(t)) book.backboneMovers += sign;
  if (s && d && isTwoWay(s, d, book.ctx.policy)) return;
  book.sent += sign;
  if (isBackbone(t)) book.sentBackbone += sign;
}
