import { describe, expect, it } from 'vitest';
import type { County } from '../../src/domain/types.js';
import { buildCounty } from '../../src/generate/build-county.js';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { bookOfMoves } from '../../src/plan/plan-book.js';
import { termsOf } from '../../src/plan/plan-terms.js';
import { INDICATOR_TERM_NAMES, schoolIndicatorTerms } from '../../src/plan/school-indicator-terms.js';
import { chooseSolver } from '../../src/solve/choose-solver.js';
import { loadHighs } from '../../src/solve/highs.js';
import { context, county } from '../helpers/make-county.js';

/*
 * `rotate explain SCHOOL` shows the school's part of each 优质均衡 term. The parts are each
 * section's cost in the term, summed over the school's sections: over every school they must give
 * the term summary.json gives, before the plan (no moves) and after it, whatever the weights.
 */

/** The sample county, its 九年一贯制 schools given per-section students (2/3 小学部) so that they have sections too. */
function sample(): County {
  const g = buildCounty({ teachers: 800, schools: 30, seed: 1, lang: 'zh' });
  const schools = g.schools.map((s) => (s.stage === 'nine_year' ? { ...s, primaryStudents: Math.round((s.students * 2) / 3), juniorStudents: s.students - Math.round((s.students * 2) / 3) } : s));
  return county(schools, g.teachers, g.posts);
}

describe("a school's part of the 优质均衡 terms", () => {
  it('adds up over the schools to each term of the plan, before and after, with indicator_keep on and off', async () => {
    const solver = chooseSolver('auto', await loadHighs());
    const settings: Record<string, string>[] = [{}, { 'weights.indicator_keep': '3', 'weights.indicator_shortfall': '1.5' }];
    for (const sets of settings) {
      const ctx = context(sample(), sets);
      const r = solveCounty(ctx, false, () => 0, solver);
      if (r.kind !== 'planned') throw new Error(r.kind);
      const after = bookOfMoves(ctx, r.plan.moves);
      const before = bookOfMoves(ctx, []);
      const parts = ctx.schools.map((s) => schoolIndicatorTerms(after, s.id));
      const on = 'weights.indicator_keep' in sets;
      // A term that is off has no part; one that is on has a part at every school.
      expect(parts.every((p) => (p.indicator_keep !== undefined) === on)).toBe(true);
      for (const name of INDICATOR_TERM_NAMES) {
        if (name === 'indicator_keep' && !on) continue;
        const sum = (k: 0 | 1): number => parts.reduce((a, p) => a + (p[name]?.[k] ?? Number.NaN), 0);
        expect(sum(1), `${name} after`).toBeCloseTo(termsOf(after)[name], 9);
        expect(sum(0), `${name} before`).toBeCloseTo(termsOf(before)[name], 9);
      }
      // The plan changes these terms, and the sections of the 九年一贯制 schools take part.
      expect(termsOf(after).indicator_spread).not.toBeCloseTo(termsOf(before).indicator_spread, 3);
      const nine = ctx.schools.filter((s) => s.stage === 'nine_year').map((s) => schoolIndicatorTerms(after, s.id).indicator_spread?.[0] ?? 0);
      expect(nine.some((v) => v > 0)).toBe(true);
      if (on) expect(termsOf(after).indicator_keep).toBeGreaterThan(0);
    }
  }, 120_000);
});
