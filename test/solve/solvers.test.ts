import { describe, expect, it } from 'vitest';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { buildModel } from '../../src/plan/build-model.js';
import { chooseSolver } from '../../src/solve/choose-solver.js';
import { loadHighs, solveWithHighs, solveWithHighsExact } from '../../src/solve/highs.js';
import { toLpFormat } from '../../src/solve/lp-format.js';
import { solveModel } from '../../src/solve/solve-model.js';
import { context, county, post, school, teachers } from '../helpers/make-county.js';

const clock = () => performance.now();

/** Urban schools with spare teachers of three subjects, rural and weak schools short in them. */
function small() {
  return county(
    [school('U1', 'urban', { students: 1500 }), school('U2', 'town', { students: 900 }), school('R1', 'rural', { students: 300 }), school('R2', 'rural', { weak: true, students: 200 }), school('W1', 'town', { weak: true, students: 400 })],
    [
      ...teachers('a', 12, 'U1', '语文', { backbone: 'county' }),
      ...teachers('b', 10, 'U1', '数学'),
      ...teachers('c', 4, 'U2', '音乐', { backbone: 'school' }),
      ...teachers('d', 8, 'U2', '语文'),
      ...teachers('e', 2, 'R1', '语文'),
    ],
    [post('U1', '语文', 10), post('U1', '数学', 9), post('U2', '音乐', 2), post('U2', '语文', 8), post('R1', '语文', 4), post('R1', '音乐', 1), post('R2', '数学', 2), post('R2', '音乐', 1), post('W1', '语文', 1), post('W1', '数学', 1)],
  );
}

describe('solvers on the same model', () => {
  it('javascript-lp-solver, HiGHS and HiGHS on the exported LP text agree on the optimum', async () => {
    const ctx = context(small());
    const lp = buildModel(ctx, { elastic: false }).lp;
    const h = await loadHighs();
    const a = solveModel(lp, { timeLimit: 20 }, clock);
    const b = solveWithHighs(h, lp, { timeLimit: 20 }, clock);
    const c = solveWithHighsExact(h, lp, { timeLimit: 20 }, clock);
    expect(a.status).toBe('optimal');
    expect(c.status).toBe('optimal');
    // To a relative 1e-7: the 优质均衡 spread term's coefficients are fractions the solvers round differently.
    const near = (x: number): void => expect(Math.abs(x - c.objective)).toBeLessThanOrEqual(1e-7 * Math.max(1, Math.abs(c.objective)));
    near(b.objective);
    near(a.objective);
    // The exported file, parsed and solved by HiGHS itself, has the same optimum.
    const fromText = h.solve(toLpFormat(lp));
    expect(fromText.Status).toBe('Optimal');
    near(fromText.ObjectiveValue);
  });

  it('both backends give plans that keep every rule, through the whole pipeline', async () => {
    const h = await loadHighs();
    for (const name of ['jslp', 'highs'] as const) {
      const r = solveCounty(context(small()), false, clock, chooseSolver(name, h));
      expect(r.kind).toBe('planned');
      if (r.kind === 'planned') expect(r.plan.checks.every((x) => x.held)).toBe(true);
    }
  });

  it('reports infeasibility from either backend the same way', async () => {
    const h = await loadHighs();
    const c = small();
    for (const name of ['jslp', 'highs'] as const) {
      const r = solveCounty(context(c, { 'rules.max_backbone_outflow_share': '0', 'rules.quota_share': '0.5' }), false, clock, chooseSolver(name, h));
      expect(r.kind).toBe('infeasible');
    }
  });

  it('writes ranged rows as two rows and fixed columns as equalities', () => {
    const text = toLpFormat({
      vars: [
        { name: 'a', lb: 0, ub: 3, integer: true, cost: 1, term: 't' },
        { name: 'b', lb: 2, ub: 2, integer: false, cost: -1, term: 't' },
      ],
      rows: [{ name: 'r', family: 'f', cols: Int32Array.of(0, 1), vals: Float64Array.of(1, -2.5), lo: -1, hi: 4 }],
      constants: { t: 5 },
      impossible: [],
    });
    expect(text).toContain(' r0_lo: x0 - 2.5 x1\n  >= -1');
    expect(text).toContain(' r0_hi: x0 - 2.5 x1\n  <= 4');
    expect(text).toContain(' x1 = 2');
    expect(text).toMatch(/General\n x0\nEnd/);
  });
});
