/**
 * One school's part of the three 优质均衡 terms of the objective (indicator_spread,
 * indicator_shortfall, indicator_keep), before the plan and after it. Each of the three is a sum
 * over the sections of the stage indicators the model holds (PE-and-arts and county-level backbone
 * teachers per 100 students, each stage's judged sections), so a school's part is the sum over its
 * own sections, and the parts of every school add up to the term (test: school-indicator-terms).
 * Each section's cost is the term's own (src/rules/indicator-*.ts), at the section's count before
 * the plan and at its count after it.
 */
import type { Policy } from '../domain/policy.js';
import type { PlanBook } from '../rules/book.js';
import { indicatorStates } from '../rules/indicator-book.js';
import { keepSectionCost } from '../rules/indicator-keep.js';
import { shortfallSectionCost } from '../rules/indicator-shortfall.js';
import { spreadSectionCost } from '../rules/indicator-spread.js';
import type { SectionCost } from '../rules/indicator-term.js';

/** The 优质均衡 terms that have a part per school. */
export type IndicatorTermName = 'indicator_spread' | 'indicator_shortfall' | 'indicator_keep';

/** The 优质均衡 terms in the registry's order (src/rules/registry.ts TERMS). */
export const INDICATOR_TERM_NAMES: readonly IndicatorTermName[] = ['indicator_spread', 'indicator_shortfall', 'indicator_keep'];

/** A school's part of each 优质均衡 term that is on (weight > 0), weighted, [before, after]. */
export type SchoolIndicatorTerms = Partial<Record<IndicatorTermName, [number, number]>>;

/** Each term's cost of one section (the one its rule file sums), and whether the term is on. */
function sectionCosts(p: Policy): Record<IndicatorTermName, { on: boolean; cost: SectionCost }> {
  const w = p.weights;
  return {
    indicator_spread: { on: w.indicatorSpread > 0, cost: spreadSectionCost },
    indicator_shortfall: { on: w.indicatorShortfall > 0, cost: shortfallSectionCost },
    indicator_keep: { on: w.indicatorKeep > 0, cost: keepSectionCost },
  };
}

/**
 * The school's part of each 优质均衡 term whose weight is above 0 (a term that is off has no part
 * and is left out), [before the plan, after it]. A school none of whose sections is judged (a
 * 高中, a teaching point under the minimum, a 九年一贯制 without per-section students) has 0.
 */
export function schoolIndicatorTerms(book: PlanBook, schoolId: string): SchoolIndicatorTerms {
  const costs = sectionCosts(book.ctx.policy);
  const states = indicatorStates(book);
  const out: SchoolIndicatorTerms = {};
  for (const name of INDICATOR_TERM_NAMES) {
    const { on, cost } = costs[name];
    if (!on) continue;
    let before = 0;
    let after = 0;
    for (const st of states) {
      const i = st.g.at.get(schoolId);
      const s = i === undefined ? undefined : st.g.sections[i];
      if (i === undefined || s === undefined) continue;
      before += cost(book, st.g, i, s.before);
      after += cost(book, st.g, i, st.counts[i] ?? 0);
    }
    out[name] = [before, after];
  }
  return out;
}
