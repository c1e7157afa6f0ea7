import { backboneClass, isCountyBackbone, type BackboneClass } from '../domain/backbone.js';
import type { Teacher } from '../domain/types.js';
import { inClass } from '../model/columns.js';
import { groupKey, teachersOf, type ModelContext } from '../model/context.js';
import { rulesBroken } from './change-rules.js';
import { cellOf, valueAt, type PlanBook } from './plan-book.js';
import { priorityPoints } from './priority.js';

/** The book moved to plan-book.ts; named here as well for the modules that import it from here (stay-notes.ts). */
export type { PlanBook } from './plan-book.js';

/** The objective's terms, by family name, in the order they are reported. */
export const TERM_NAMES = ['shortage', 'backbone_balance', 'moves', 'baseline', 'preference', 'home_township', 'priority'] as const;
export type TermName = (typeof TERM_NAMES)[number];
export type Terms = Record<TermName, number>;

export const zeroTerms = (): Terms => ({ shortage: 0, backbone_balance: 0, moves: 0, baseline: 0, preference: 0, home_township: 0, priority: 0 });
export const totalOf = (t: Terms): number => TERM_NAMES.reduce((a, k) => a + t[k], 0);

/** Weighted shortage of one cell (a subject at a school) with `n` teachers; none outside the county. */
function shortageAt(book: PlanBook, cell: number, n: number): number {
  return cell < 0 ? 0 : valueAt(book.weight, cell) * Math.max(0, valueAt(book.posts, cell) - n);
}

/** Weighted backbone gap of the school at position `s` with `n` county-level-or-higher backbone teachers. */
function balanceAt(book: PlanBook, s: number, n: number): number {
  return book.ctx.policy.weights.backboneBalance * Math.max(0, valueAt(book.backboneNeed, s) - n);
}

function deviation(ctx: ModelContext, target: number, n: number): number {
  return ctx.baseline.size === 0 ? 0 : ctx.policy.weights.baseline * Math.abs(n - target);
}

const isPreferred = (t: Teacher, to: string | undefined): 0 | 1 => (to !== undefined && t.preferences.includes(to) ? 1 : 0);
function isHome(ctx: ModelContext, t: Teacher, to: string | undefined): 0 | 1 {
  const d = to === undefined ? undefined : ctx.schoolById.get(to);
  return d !== undefined && t.homeTownship !== undefined && t.homeTownship === d.township ? 1 : 0;
}

/** Every objective term of the plan, recomputed from the book. */
export function termsOf(book: PlanBook): Terms {
  const { ctx } = book;
  const w = ctx.policy.weights;
  const terms = zeroTerms();
  const J = ctx.subjects.length;
  for (let s = 0; s < ctx.schools.length; s++) {
    for (let j = 0; j < J; j++) terms.shortage += shortageAt(book, s * J + j, valueAt(book.after, s * J + j));
    terms.backbone_balance += balanceAt(book, s, valueAt(book.countyBackbone, s));
  }
  terms.moves = w.moves * book.movers;
  for (const k of new Set([...book.base.out.keys(), ...book.groupOut.keys()])) terms.baseline += deviation(ctx, book.base.out.get(k) ?? 0, book.groupOut.get(k) ?? 0);
  for (const k of new Set([...book.base.in.keys(), ...book.groupIn.keys()])) terms.baseline += deviation(ctx, book.base.in.get(k) ?? 0, book.groupIn.get(k) ?? 0);
  for (const [id, to] of book.dest) {
    const t = ctx.teacherById.get(id);
    if (!t) continue;
    terms.preference -= w.preference * isPreferred(t, to);
    terms.home_township -= w.homeTownship * isHome(ctx, t, to);
    terms.priority -= w.priority * priorityPoints(t, ctx.schoolById.get(t.schoolId), ctx.policy);
  }
  return terms;
}

/** What a single change does: the change of every term (positive = worse) and the hard rules it would break. */
export interface ChangeEffect {
  delta: Terms;
  total: number;
  /** Names of the hard rules that hold in the plan and would fail after the change. */
  breaks: string[];
}

/**
 * The plan with one teacher's decision changed and everything else as it is: `to` is the new
 * destination, or null for staying at the own school. Only the terms the change acts on are
 * recomputed (the two schools' subject and backbone figures, the teacher's own rewards, two
 * baseline groups), which gives exactly the difference of recomputing them all.
 */
export function evaluateChange(book: PlanBook, t: Teacher, to: string | null): ChangeEffect {
  const e = changeTerms(book, t, to);
  const cur = book.dest.get(t.id);
  const next = to ?? undefined;
  if (cur === next) return { ...e, breaks: [] };
  return { ...e, breaks: changeBreaks(book, t, to) };
}

/** The hard rules one change would break (see {@link evaluateChange}); apart so that a ranking can ask for it only where needed. */
export function changeBreaks(book: PlanBook, t: Teacher, to: string | null): string[] {
  const cur = book.dest.get(t.id);
  const next = to ?? undefined;
  if (cur === next) return [];
  return rulesBroken(book, t, cur, next, (next !== undefined ? 1 : 0) - (cur !== undefined ? 1 : 0));
}

/** The change of every objective term one change makes (see {@link evaluateChange}), without the rules. */
export function changeTerms(book: PlanBook, t: Teacher, to: string | null): { delta: Terms; total: number } {
  const { ctx } = book;
  const w = ctx.policy.weights;
  const delta = zeroTerms();
  const cur = book.dest.get(t.id);
  const next = to ?? undefined;
  if (cur === next) return { delta, total: 0 };
  const j = t.subject;
  const oldLoc = cur ?? t.schoolId;
  const newLoc = next ?? t.schoolId;
  const o = cellOf(book, oldLoc, j);
  const nw = cellOf(book, newLoc, j);
  const no = valueAt(book.after, o);
  const nn = valueAt(book.after, nw);
  delta.shortage = shortageAt(book, o, no - 1) - shortageAt(book, o, no) + shortageAt(book, nw, nn + 1) - shortageAt(book, nw, nn);
  if (isCountyBackbone(t)) {
    const so = book.schoolAt.get(oldLoc) ?? -1;
    const sn = book.schoolAt.get(newLoc) ?? -1;
    const co = valueAt(book.countyBackbone, so);
    const cn = valueAt(book.countyBackbone, sn);
    delta.backbone_balance = balanceAt(book, so, co - 1) - balanceAt(book, so, co) + balanceAt(book, sn, cn + 1) - balanceAt(book, sn, cn);
  }
  const dMovers = (next !== undefined ? 1 : 0) - (cur !== undefined ? 1 : 0);
  delta.moves = w.moves * dMovers;
  delta.preference = -w.preference * (isPreferred(t, next) - isPreferred(t, cur));
  delta.home_township = -w.homeTownship * (isHome(ctx, t, next) - isHome(ctx, t, cur));
  delta.priority = -w.priority * priorityPoints(t, ctx.schoolById.get(t.schoolId), ctx.policy) * dMovers;
  if (ctx.baseline.size > 0) {
    const bc = backboneClass(t);
    const dev = (base: Map<string, number>, have: Map<string, number>, k: string, d: number): number => deviation(ctx, base.get(k) ?? 0, (have.get(k) ?? 0) + d) - deviation(ctx, base.get(k) ?? 0, have.get(k) ?? 0);
    const g = groupKey(t.schoolId, j, bc);
    delta.baseline += dev(book.base.out, book.groupOut, g, dMovers);
    if (cur !== undefined) delta.baseline += dev(book.base.in, book.groupIn, `${cur}|${j}|${inClass(bc)}`, -1);
    if (next !== undefined) delta.baseline += dev(book.base.in, book.groupIn, `${next}|${j}|${inClass(bc)}`, 1);
  }
  return { delta, total: totalOf(delta) };
}

/** One school's share of the shortage and backbone-balance terms, before the plan and after it. */
export function schoolTerms(book: PlanBook, schoolId: string): { shortage: [number, number]; backbone_balance: [number, number] } {
  const { ctx } = book;
  let before = 0;
  let after = 0;
  for (const j of ctx.subjects) {
    const c = cellOf(book, schoolId, j);
    before += shortageAt(book, c, teachersOf(ctx, schoolId, j));
    after += shortageAt(book, c, c < 0 ? teachersOf(ctx, schoolId, j) : valueAt(book.after, c));
  }
  const s = book.schoolAt.get(schoolId) ?? -1;
  const cb = ctx.stock.get(schoolId)?.countyBackbone ?? 0;
  return { shortage: [before, after], backbone_balance: [balanceAt(book, s, cb), balanceAt(book, s, s < 0 ? cb : valueAt(book.countyBackbone, s))] };
}

/**
 * What leaving the current place contributes to the change of sending `t` anywhere else: the part
 * of {@link changeTerms}' sum that every destination shares (the old place's shortage and backbone
 * balance, moves, the rewards of the current destination, the baseline's out group and old in key).
 */
export function leaveCost(book: PlanBook, t: Teacher): number {
  const { ctx } = book;
  const w = ctx.policy.weights;
  const cur = book.dest.get(t.id);
  const j = t.subject;
  const oldLoc = cur ?? t.schoolId;
  const o = cellOf(book, oldLoc, j);
  const nOld = valueAt(book.after, o);
  const bc = backboneClass(t);
  const points = priorityPoints(t, ctx.schoolById.get(t.schoolId), ctx.policy);
  const dMovers = cur !== undefined ? 0 : 1;
  let leave = shortageAt(book, o, nOld - 1) - shortageAt(book, o, nOld);
  if (isCountyBackbone(t)) {
    const so = book.schoolAt.get(oldLoc) ?? -1;
    leave += balanceAt(book, so, valueAt(book.countyBackbone, so) - 1) - balanceAt(book, so, valueAt(book.countyBackbone, so));
  }
  leave += w.moves * dMovers + w.preference * isPreferred(t, cur) + w.homeTownship * isHome(ctx, t, cur) - w.priority * points * dMovers;
  if (ctx.baseline.size > 0) {
    const g = groupKey(t.schoolId, j, bc);
    const gn = book.groupOut.get(g) ?? 0;
    leave += deviation(ctx, book.base.out.get(g) ?? 0, gn + dMovers) - deviation(ctx, book.base.out.get(g) ?? 0, gn);
    if (cur !== undefined) {
      const k = `${cur}|${j}|${inClass(bc)}`;
      const kn = book.groupIn.get(k) ?? 0;
      leave += deviation(ctx, book.base.in.get(k) ?? 0, kn - 1) - deviation(ctx, book.base.in.get(k) ?? 0, kn);
    }
  }
  return leave;
}

/**
 * The teacher's own reward at a destination, as the objective counts it: the preference weight
 * when `preferred` is 1, the home-township weight when `home` is 1.
 */
export function rewardAt(ctx: ModelContext, preferred: 0 | 1, home: 0 | 1): number {
  const w = ctx.policy.weights;
  return w.preference * preferred + w.homeTownship * home;
}

/**
 * What arriving at `d` contributes to the change of sending a teacher of subject `j` there: the
 * rest of {@link changeTerms}' sum, which depends on the teacher only through the backbone class
 * `bc` (county level or higher counts for backbone balance and is the baseline's in class) and
 * the reward there (see {@link rewardAt}). So teachers alike in subject and class share it.
 */
export function arriveCost(book: PlanBook, j: string, bc: BackboneClass, d: string, reward: number): number {
  const { ctx } = book;
  const c = cellOf(book, d, j);
  const n = valueAt(book.after, c);
  let arrive = shortageAt(book, c, n + 1) - shortageAt(book, c, n);
  if (bc === 2) {
    const s = book.schoolAt.get(d) ?? -1;
    arrive += balanceAt(book, s, valueAt(book.countyBackbone, s) + 1) - balanceAt(book, s, valueAt(book.countyBackbone, s));
  }
  arrive -= reward;
  if (ctx.baseline.size > 0) {
    const k = `${d}|${j}|${inClass(bc)}`;
    const kn = book.groupIn.get(k) ?? 0;
    arrive += deviation(ctx, book.base.in.get(k) ?? 0, kn + 1) - deviation(ctx, book.base.in.get(k) ?? 0, kn);
  }
  return arrive;
}

/**
 * The total change of the objective for sending `t` to each of `dests` instead of where the plan
 * has him or her: the same sum as {@link changeTerms}, as {@link leaveCost} + {@link arriveCost}.
 * For ranking destinations; the listed ones are then evaluated term by term with {@link evaluateChange}.
 */
export function rankTotals(book: PlanBook, t: Teacher, dests: readonly string[]): number[] {
  const { ctx } = book;
  const leave = leaveCost(book, t);
  const bc = backboneClass(t);
  return dests.map((d) => leave + arriveCost(book, t.subject, bc, d, rewardAt(ctx, isPreferred(t, d), isHome(ctx, t, d))));
}
