import type { School, Teacher } from '../domain/types.js';
import { teacherSectionStage } from '../indicators/school-sections.js';
import { arrivalStage, type SectionPolicy } from './indicator-arrival.js';
import type { SectionStage } from '../indicators/types.js';
import type { ModelContext } from '../model/context.js';
import type { PlanBook } from './book.js';
import { countsIn, stageIndicators, type StageIndicator } from './indicator-sections.js';

/** Where a teacher counts for the indicators: a school and the section taught there. */
export interface Place {
  schoolId: string;
  stage: SectionStage | undefined;
}

/** Where `t` counts when at `at` (undefined = the own school); `p` places a move into a school of two sections (indicator-arrival.ts). */
export function placeOf(school: ReadonlyMap<string, School>, p: SectionPolicy, t: Teacher, at: string | undefined): Place {
  const from = school.get(t.schoolId);
  if (at === undefined || at === t.schoolId) return { schoolId: t.schoolId, stage: from ? teacherSectionStage(from.stage, t.teachingStage) : undefined };
  const to = school.get(at);
  return { schoolId: at, stage: from && to ? arrivalStage(t, from, to, p) : undefined };
}

/** One stage indicator after a plan: each section's counted teachers and their total. */
export interface IndicatorState {
  g: StageIndicator;
  counts: Float64Array;
  total: number;
}

const cache = new WeakMap<PlanBook, IndicatorState[]>();

/** The held indicators of every stage after the book's plan (computed once per book). */
export function indicatorStates(book: PlanBook): IndicatorState[] {
  const hit = cache.get(book);
  if (hit) return hit;
  const { ctx } = book;
  const states = statesAfter(stageIndicators(ctx), ctx.schoolById, ctx.teacherById, book.dest, ctx.policy);
  cache.set(book, states);
  return states;
}

/**
 * Keeps the book's indicators, if worked out, in step with a change made to the book in place
 * (rebook.ts): `t` from `cur` to `next` (undefined = the own school).
 */
export function shiftStates(book: PlanBook, t: Teacher, cur: string | undefined, next: string | undefined): void {
  const states = cache.get(book);
  if (!states) return;
  const from = placeOf(book.ctx.schoolById, book.ctx.policy, t, cur);
  const to = placeOf(book.ctx.schoolById, book.ctx.policy, t, next);
  for (const st of states) shift(st, t, from, to);
}

/** Each stage indicator after the moves (teacher id → destination). */
export function statesAfter(gs: readonly StageIndicator[], school: ReadonlyMap<string, School>, teacher: ReadonlyMap<string, Teacher>, dest: ReadonlyMap<string, string>, p: SectionPolicy): IndicatorState[] {
  const states = gs.map((g) => ({ g, counts: Float64Array.from(g.sections.map((s) => s.before)), total: g.total }));
  for (const [id, to] of dest) {
    const t = teacher.get(id);
    if (!t) continue;
    for (const st of states) shift(st, t, placeOf(school, p, t, undefined), placeOf(school, p, t, to));
  }
  return states;
}

/** Moves `t`'s count from one place to another in a state (nothing when neither counts). */
export function shift(st: IndicatorState, t: Teacher, from: Place, to: Place): void {
  if (countsIn(st.g, t, from.schoolId, from.stage)) {
    const i = st.g.at.get(from.schoolId) ?? -1;
    st.counts[i] = (st.counts[i] ?? 0) - 1;
    st.total -= 1;
  }
  if (countsIn(st.g, t, to.schoolId, to.stage)) {
    const i = st.g.at.get(to.schoolId) ?? -1;
    st.counts[i] = (st.counts[i] ?? 0) + 1;
    st.total += 1;
  }
}

/** A copy of a state with `t` moved from `cur` to `next` (undefined = the own school). */
export function changedState(ctx: ModelContext, st: IndicatorState, t: Teacher, cur: string | undefined, next: string | undefined): IndicatorState {
  const copy = { g: st.g, counts: Float64Array.from(st.counts), total: st.total };
  shift(copy, t, placeOf(ctx.schoolById, ctx.policy, t, cur), placeOf(ctx.schoolById, ctx.policy, t, next));
  return copy;
}
