import type { School, Teacher } from '../domain/types.js';
import type { PlanBook } from '../rules/book.js';
import { TERM_NAMES } from '../rules/registry.js';
import { PER_DESTINATION } from './change-rules.js';
import { changeBreaks, changeTerms, destinationBreaks, evaluateChange, type ChangeEffect, type Terms } from './plan-terms.js';
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
  return { kind, ...(school ? { school_id: school.id, school: school.name } : {}), delta: e.total, terms: nonZero(e.delta), breaks: e.breaks };
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
  const roomBreaks = room[0] ? changeBreaks(book, t, room[0].d.id).filter((r) => !PER_DESTINATION.has(r)) : [];
  const keeping = roomBreaks.length === 0 ? firstKeeping(room, (d) => destinationBreaks(book, t, d).length === 0) : [];
  const bar = keeping[0]?.total ?? Infinity;
  const better = smallest(rated.filter((r) => !keeping.includes(r) && r.total < bar - 1e-9), LISTED_BREAKING, byTotal);
  // A destination with room breaks what the first one breaks: those kept here break nothing.
  const listed = [...keeping.map((r) => alternative({ ...changeTerms(book, t, r.d.id), breaks: [] }, 'move', r.d)), ...better.map((r) => alternative(evaluateChange(book, t, r.d.id), 'move', r.d))];
  const roomAll = room[0] && roomBreaks.length === 0 ? changeBreaks(book, t, room[0].d.id) : roomBreaks;
  const allBreak = keeping.length > 0 ? [] : [...new Set([...(room.length > 0 ? roomAll : []), ...(firstFull ? changeBreaks(book, t, firstFull.id) : [])])];
  return { listed, more: count - listed.length, count, allBreak };
}

