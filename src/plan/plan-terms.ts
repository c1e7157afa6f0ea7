import { backboneClass, type BackboneClass } from '../domain/backbone.js';
import type { Teacher } from '../domain/types.js';
import type { ModelContext } from '../model/context.js';
import { balanceAt } from '../rules/backbone-balance.js';
import { placesOf } from '../domain/sections.js';
import { cellOf, placeFor, valueAt, type PlanBook } from '../rules/book.js';
import { isHome } from '../rules/home-township.js';
import { isPreferred } from '../rules/preference.js';
import { TERM_NAMES, TERMS } from '../rules/registry.js';
import type { HardRuleName, TermName } from '../rules/rule.js';
import { shortageAt } from '../rules/shortage.js';
import { teachersOf } from '../model/context.js';
import { allowedRulesBroken, rulesBroken, type RulePart } from './change-rules.js';

export type { TermName };
export type Terms = Record<TermName, number>;

// Never changed, only copied. Not frozen: V8 copies a plain object by its shape, a frozen one
// property by property (measured on an object of the nine terms, 1e6 copies: 0.7–1.9 s frozen, 0.2–0.35 s not).
const ZERO_TERMS = Object.fromEntries(TERM_NAMES.map((k) => [k, 0])) as Terms;
/** Every term at 0, in the registry's order (a copy of one made once: explanations make one per change they price). */
export const zeroTerms = (): Terms => ({ ...ZERO_TERMS });
export const totalOf = (t: Terms): number => TERM_NAMES.reduce((a, k) => a + t[k], 0);

/** The terms the model counts; the others are about single teachers, scored when the teachers are named (the plan's stage two). */
const MODEL_TERMS = TERMS.filter((t) => t.build !== undefined);
const TEACHER_TERMS = TERMS.filter((t) => t.build === undefined);
const MODEL_TERM_NAMES: readonly TermName[] = MODEL_TERMS.map((t) => t.name);
/** The part of a change (or of a plan's terms) that the model counts. */
export const modelPartOf = (t: Partial<Terms>): number => MODEL_TERM_NAMES.reduce((a, k) => a + (t[k] ?? 0), 0);

/**
 * Whether a change whose model part is `model` lowers the model's terms by more than the plan is
 * above the bound the solve proved (`aboveBound`, see Plan.aboveBound): no plan the model allows
 * goes below the bound, so the counting model does not offer that change. False when no bound is known.
 */
export const beyondTheBound = (model: number, aboveBound: number | undefined): boolean => aboveBound !== undefined && model < -1e-9 && -model > aboveBound + 1e-6;

/** Every objective term of the plan, recomputed from the book by each term's own code. */
export function termsOf(book: PlanBook): Terms {
  const terms = zeroTerms();
  for (const term of TERMS) terms[term.name] = term.value(book);
  return terms;
}

/** What a single change does: the change of every term (positive = worse) and the hard rules it would break. */
export interface ChangeEffect {
  delta: Terms;
  total: number;
  /** Names of the hard rules that hold in the plan and would fail after the change. */
  breaks: HardRuleName[];
}

/**
 * The plan with one teacher's decision changed and everything else as it is: `to` is the new
 * destination, or null for staying at the own school. Each term recomputes only what the change
 * acts on, which gives exactly the difference of recomputing them all.
 */
export function evaluateChange(book: PlanBook, t: Teacher, to: string | null): ChangeEffect {
  const e = changeTerms(book, t, to);
  return { ...e, breaks: changeBreaks(book, t, to) };
}

/** The hard rules one change would break (see {@link evaluateChange}); apart so that a ranking can ask for it only where needed. */
export function changeBreaks(book: PlanBook, t: Teacher, to: string | null): HardRuleName[] {
  return asChange(book, t, to, (cur, next, dMovers) => rulesBroken(book, t, cur, next, dMovers));
}

/**
 * {@link changeBreaks} for a destination that every move judge allows (as the ranking's are), or
 * for staying: the rules of `part` (see change-rules.ts), the rules that judge the move alone not asked.
 */
export function allowedBreaks(book: PlanBook, t: Teacher, to: string | null, part: RulePart = 'all'): HardRuleName[] {
  return asChange(book, t, to, (cur, next, dMovers) => allowedRulesBroken(book, t, cur, next, dMovers, part));
}

/** The rules `ask` finds broken by moving `t` to `to` (null: staying) from where the plan has him or her; none when that is no change. */
function asChange(book: PlanBook, t: Teacher, to: string | null, ask: (cur: string | undefined, next: string | undefined, dMovers: number) => HardRuleName[]): HardRuleName[] {
  const cur = book.dest.get(t.id);
  const next = to ?? undefined;
  if (cur === next) return [];
  return ask(cur, next, (next !== undefined ? 1 : 0) - (cur !== undefined ? 1 : 0));
}

/** The change of every objective term one change makes (see {@link evaluateChange}), without the rules. */
export function changeTerms(book: PlanBook, t: Teacher, to: string | null): { delta: Terms; total: number } {
  const delta = zeroTerms();
  const next = to ?? undefined;
  if (book.dest.get(t.id) === next) return { delta, total: 0 };
  // The total summed as the terms come, in their order from 0: the same number as totalOf(delta).
  let total = 0;
  for (const term of TERMS) {
    const v = term.change(book, t, next);
    delta[term.name] = v;
    total += v;
  }
  return { delta, total };
}

/** One school's share of the shortage and backbone-balance terms, before the plan and after it. */
export function schoolTerms(book: PlanBook, schoolId: string): { shortage: [number, number]; backbone_balance: [number, number] } {
  const { ctx } = book;
  let before = 0;
  let after = 0;
  const school = ctx.schoolById.get(schoolId);
  for (const place of school ? placesOf(school).map(([id]) => id) : [schoolId]) {
    for (const j of ctx.subjects) {
      const c = cellOf(book, place, j);
      before += shortageAt(book, c, teachersOf(ctx, place, j));
      after += shortageAt(book, c, c < 0 ? teachersOf(ctx, place, j) : valueAt(book.after, c));
    }
  }
  const s = book.schoolAt.get(schoolId) ?? -1;
  const cb = ctx.stock.get(schoolId)?.countyBackbone ?? 0;
  return { shortage: [before, after], backbone_balance: [balanceAt(book, s, cb), balanceAt(book, s, s < 0 ? cb : valueAt(book.countyBackbone, s))] };
}

/** What leaving the current place contributes to the change of sending `t` anywhere else: every term's part that all destinations share. */
export function leaveCost(book: PlanBook, t: Teacher): number {
  let leave = 0;
  for (const term of TERMS) leave += term.leave(book, t);
  return leave;
}

/** The model's terms' part of {@link leaveCost} (with {@link teacherLeave}, leaveCost's number up to rounding). */
export function modelLeave(book: PlanBook, t: Teacher): number {
  let v = 0;
  for (const term of MODEL_TERMS) v += term.leave(book, t);
  return v;
}

/** The part of {@link leaveCost} that the terms about single teachers make: what the teacher's current decision earns him or her. */
export function teacherLeave(book: PlanBook, t: Teacher): number {
  let v = 0;
  for (const term of TEACHER_TERMS) v += term.leave(book, t);
  return v;
}

/** The part of one change (see {@link changeTerms}) that the terms about single teachers make. */
export function teacherPartOf(book: PlanBook, t: Teacher, to: string | null): number {
  const next = to ?? undefined;
  if (book.dest.get(t.id) === next) return 0;
  let v = 0;
  for (const term of TEACHER_TERMS) v += term.change(book, t, next);
  return v;
}

/**
 * The teacher's own reward at a destination (the terms about single teachers that depend on who
 * goes): the preference weight when `preferred` is 1, the home-township weight when `home` is 1.
 */
export function rewardAt(ctx: ModelContext, preferred: 0 | 1, home: 0 | 1): number {
  const w = ctx.policy.weights;
  return w.preference * preferred + w.homeTownship * home;
}

/**
 * What arriving at place `d` (a school, or the section of a two-section school the move fills)
 * contributes to the change of sending a teacher of subject `j` there: every
 * term's part for subject `j` and backbone class `bc`, less the teacher's own reward there (see
 * {@link rewardAt}). So teachers alike in subject and class share it.
 */
export function arriveCost(book: PlanBook, j: string, bc: BackboneClass, d: string, reward: number): number {
  return arriveSum(book, j, bc, d) - reward;
}

/** {@link arriveCost} before the reward is taken off: the same for every teacher of subject `j` and class `bc`, whatever his or her rewards. */
export function arriveSum(book: PlanBook, j: string, bc: BackboneClass, d: string): number {
  let arrive = 0;
  for (const term of TERMS) arrive += term.arrive(book, j, bc, d);
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
  return dests.map((d) => leave + arriveCost(book, t.subject, bc, placeFor(book, t, d), rewardAt(ctx, isPreferred(t, d), isHome(ctx, t, d))));
}

