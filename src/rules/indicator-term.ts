import { schoolOfPlace, sectioned } from '../domain/sections.js';
import type { Teacher } from '../domain/types.js';
import { teacherSectionStage } from '../indicators/school-sections.js';
import type { PlanBook } from './book.js';
import { indicatorStates, placeOf, type IndicatorState } from './indicator-book.js';
import { countsIn, countsToward, type StageIndicator } from './indicator-sections.js';
import type { SoftTerm } from './rule.js';

/** What section `i` of a stage indicator costs with `c` counted teachers (the county mean held at the one before the plan). */
export type SectionCost = (book: PlanBook, g: StageIndicator, i: number, c: number) => number;

/** What adding `d` (±1) counted teachers to section `i` changes in its cost (0 for no section). */
function step(book: PlanBook, cost: SectionCost, st: IndicatorState, i: number, d: number): number {
  if (i < 0) return 0;
  const c = st.counts[i] ?? 0;
  return cost(book, st.g, i, c + d) - cost(book, st.g, i, c);
}

/**
 * The teacher-level parts of a soft term that is a sum over the sections of the held stage
 * indicators (indicator_spread, indicator_shortfall): what one change, one departure and one
 * arrival change in it, from each section's cost at its count after the book's plan.
 */
export function sectionParts(cost: SectionCost): Pick<SoftTerm, 'change' | 'leave' | 'arrive'> {
  return {
    change(book, t, next) {
      const from = placeOf(book.ctx.schoolById, book.ctx.policy, t, book.dest.get(t.id));
      const to = placeOf(book.ctx.schoolById, book.ctx.policy, t, next);
      let v = 0;
      for (const st of indicatorStates(book)) {
        const a = countsIn(st.g, t, from.schoolId, from.stage) ? (st.g.at.get(from.schoolId) ?? -1) : -1;
        const z = countsIn(st.g, t, to.schoolId, to.stage) ? (st.g.at.get(to.schoolId) ?? -1) : -1;
        if (a === z) continue;
        v += step(book, cost, st, a, -1) + step(book, cost, st, z, 1);
      }
      return v;
    },
    leave(book: PlanBook, t: Teacher) {
      const at = placeOf(book.ctx.schoolById, book.ctx.policy, t, book.dest.get(t.id));
      let v = 0;
      for (const st of indicatorStates(book)) if (countsIn(st.g, t, at.schoolId, at.stage)) v += step(book, cost, st, st.g.at.get(at.schoolId) ?? -1, -1);
      return v;
    },
    arrive(book, j, bc, place) {
      // `place` is a school, or the section of a two-section school the move fills (book.ts placeFor).
      const d = schoolOfPlace(place);
      const s = book.ctx.schoolById.get(d);
      const sec = book.ctx.placeInfo.get(place)?.section;
      const stage = s && sectioned(s) ? (sec === 'senior' ? undefined : sec) : s ? teacherSectionStage(s.stage) : undefined;
      let v = 0;
      for (const st of indicatorStates(book)) {
        const i = st.g.at.get(d);
        if (i === undefined || stage !== st.g.stage || !countsToward(st.g.indicator, j, bc === 2)) continue;
        v += step(book, cost, st, i, 1);
      }
      return v;
    },
  };
}
