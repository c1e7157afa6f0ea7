import { isTwoWay } from '../domain/direction.js';
import type { School, Teacher } from '../domain/types.js';
import type { PlanBook } from '../rules/book.js';
import { HARD_RULES, TERM_NAMES } from '../rules/registry.js';
import type { HardRuleName } from '../rules/rule.js';
import { allowedBreaks, changeTerms, type ChangeEffect, type Terms } from './plan-terms.js';
import type { Ranked, Rated } from './rank-destinations.js';

/** One alternative to a teacher's decision, evaluated on the plan with only that change. */
export interface Alternative {
  kind: 'stay' | 'move';
  school_id?: string;
  school?: string;
  /** How much the objective grows (positive = worse), in total and by term (zero terms left out). */
  delta: number;
  terms: Partial<Terms>;
  /** Hard rules the change would break. */
  breaks: string[];
}

/** How many allowed destinations are listed per teacher (the best ones that keep every rule). */
export const LISTED = 3;
/** How many better destinations that break a rule are listed (to show why they were not taken). */
export const LISTED_BREAKING = 2;

/** The terms that are not zero. */
export const nonZero = (t: Terms): Partial<Terms> => {
  const out: Partial<Terms> = {};
  for (const k of TERM_NAMES) if (Math.abs(t[k]) > 1e-9) out[k] = t[k];
  return out;
};
export function alternative(e: ChangeEffect, kind: 'stay' | 'move', school?: School): Alternative {
  const terms = nonZero(e.delta);
  return school ? { kind, school_id: school.id, school: school.name, delta: e.total, terms, breaks: e.breaks } : { kind, delta: e.total, terms, breaks: e.breaks };
}

/** A teacher's allowed destinations, evaluated: the listed ones, how many more, and what every one of them would break. */
export interface Options {
  listed: Alternative[];
  more: number;
  /** Allowed destinations in all (direction, subject, forbid locks). */
  count: number;
  /** The rules broken by every allowed destination, when none keeps them all. */
  allBreak: string[];
}

/** The `k` smallest items by `cmp`, in order, without sorting them all. */
function smallest<T>(items: readonly T[], k: number, cmp: (a: T, b: T) => number): T[] {
  const out: T[] = [];
  for (const x of items) {
    if (out.length === k && cmp(x, out[k - 1] as T) >= 0) continue;
    out.push(x);
    out.sort(cmp);
    if (out.length > k) out.pop();
  }
  return out;
}

/** The first {@link LISTED} destinations with room that `keeps`, in their order. */
function firstKeeping(room: readonly Rated[], keeps: (d: string) => boolean): Rated[] {
  const out: Rated[] = [];
  for (const r of room) {
    if (out.length === LISTED) break;
    if (keeps(r.d.id)) out.push(r);
  }
  return out;
}

/**
 * The best allowed destinations other than the current one: those that keep every rule first, then
 * better ones that break a rule. `ranked` holds every destination that can be among them (see
 * rank-destinations.ts), so choosing among those is choosing among all.
 */
export function alternatives(book: PlanBook, t: Teacher, ranked: Ranked): Options {
  const { candidates: rated, count, firstFull } = ranked;
  // Once the direction, subject and forbid locks are filtered, the rules a destination can break
  // are the posts of its subject (full or not) and the origin's rules, which are the same for every
  // destination. So the rules are checked once for a destination with room and once for a full one.
  // Totals are compared at 1e-9 so that float noise never reorders a tie (then the school id decides).
  const byTotal = (a: Rated, b: Rated): number => (Math.abs(a.total - b.total) > 1e-9 ? a.total - b.total : a.d.id < b.d.id ? -1 : 1);
  // Rules that judge the destination itself (the 优质均衡 CVs) are asked of each destination listed.
  const room = rated.filter((r) => !r.full).sort(byTotal);
  // A two-way move (跟岗交流) stands outside the backbone share: two-way destinations break what the first of them breaks (the rules on the destination itself aside).
  const from = book.ctx.schoolById.get(t.schoolId);
  const kind = (r: Rated): number => (from !== undefined && isTwoWay(from, r.d, book.ctx.policy) ? 1 : 0);
  const kindBreaks: (HardRuleName[] | undefined)[] = [undefined, undefined];
  const breaksAt = (r: Rated): HardRuleName[] => (kindBreaks[kind(r)] ??= allowedBreaks(book, t, r.d.id, 'shared'));
  const keeping = firstKeeping(room.filter((r) => breaksAt(r).length === 0), (d) => allowedBreaks(book, t, d, 'destination').length === 0);
  const bar = keeping[0]?.total ?? Infinity;
  const better = smallest(rated.filter((r) => !keeping.includes(r) && r.total < bar - 1e-9), LISTED_BREAKING, byTotal);
  // A destination with room breaks what the first one breaks: those kept here break nothing, the
  // others what their kind's first one breaks and what they break themselves.
  const breaksOf = (r: Rated): HardRuleName[] => (r.full ? allowedBreaks(book, t, r.d.id) : inRuleOrder(breaksAt(r), allowedBreaks(book, t, r.d.id, 'destination')));
  const moveTo = (r: Rated, breaks: HardRuleName[]): Alternative => {
    const { delta, total } = changeTerms(book, t, r.d.id);
    return alternative({ delta, total, breaks }, 'move', r.d);
  };
  const listed: Alternative[] = [];
  for (const r of keeping) listed.push(moveTo(r, []));
  for (const r of better) listed.push(moveTo(r, breaksOf(r)));
  if (keeping.length > 0) return { listed, more: count - listed.length, count, allBreak: [] };
  const roomBreaks = kindBreaks.flatMap((x) => x ?? []);
  const roomAll = room[0] && roomBreaks.length === 0 ? allowedBreaks(book, t, room[0].d.id) : roomBreaks;
  const allBreak = [...new Set([...(room.length > 0 ? roomAll : []), ...(firstFull ? allowedBreaks(book, t, firstFull.id) : [])])];
  return { listed, more: count - listed.length, count, allBreak };
}

/** The rules of `origin` (those that judge no destination itself) and of `destination` (those that do) together, in the registry's order, as {@link allowedBreaks} lists them. */
function inRuleOrder(origin: readonly HardRuleName[], destination: readonly HardRuleName[]): HardRuleName[] {
  if (destination.length === 0) return origin.slice();
  if (origin.length === 0) return destination.slice();
  const broken = new Set([...origin, ...destination]);
  return HARD_RULES.filter((r) => broken.has(r.name)).map((r) => r.name);
}
