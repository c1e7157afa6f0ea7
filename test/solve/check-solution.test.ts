import { describe, expect, it } from 'vitest';
import { checkSolution } from '../../src/solve/check-solution.js';
import type { Lp } from '../../src/model/lp.js';
import { checkedSolver } from '../../src/solve/checked-solver.js';
import type { SolveResult } from '../../src/solve/result.js';

/** x0 + x1 ≤ 3, x0 integer in [0, 2], x1 continuous in [0, 5]. */
const LP: Lp = {
  vars: [
    { name: 'x0', lb: 0, ub: 2, integer: true, cost: -1, term: 't' },
    { name: 'x1', lb: 0, ub: 5, integer: false, cost: -1, term: 't' },
  ],
  rows: [{ name: 'cap', family: 'posts_capacity', cols: Int32Array.of(0, 1), vals: Float64Array.of(1, 1), lo: -Infinity, hi: 3 }],
  constants: {},
  impossible: [],
};

const answer = (x: number[], status: SolveResult['status'] = 'optimal'): SolveResult => ({ status, x, objective: 0, seconds: 0, solver: 'fake', method: 'made up' });

describe('checkSolution trusts nothing the solver says', () => {
  it('accepts a solution, within rounding', () => {
    expect(checkSolution(LP, [2, 1])).toBeNull();
    expect(checkSolution(LP, [1.0000000001, 1.9999999999])).toBeNull();
  });

  it('names what is wrong: length, NaN, bounds, whole numbers, rows', () => {
    expect(checkSolution(LP, [1])?.en).toBe('it gave 1 values for 2 columns');
    expect(checkSolution(LP, [NaN, 0])?.en).toBe('column x0 is NaN');
    expect(checkSolution(LP, [3, 0])?.en).toBe('column x0 = 3 is outside [0, 2]');
    expect(checkSolution(LP, [0.5, 0])?.en).toBe('integer column x0 = 0.5 is not whole');
    expect(checkSolution(LP, [2, 2])?.en).toBe('row cap (posts_capacity) = 4, not within [-Infinity, 3]');
  });
});

describe('checkedSolver', () => {
  it('turns a wrong answer or a throw into a failure saying what was tried, and passes the rest through', () => {
    const now = () => 0;
    const opts = { timeLimit: 10 };
    expect(checkedSolver(() => answer([2, 1]))(LP, opts, now).status).toBe('optimal');
    const bad = checkedSolver(() => answer([2, 2], 'feasible'))(LP, opts, now);
    expect(bad.status).toBe('failed');
    expect(bad.method).toBe('made up; its answer (feasible) is not a solution of the model: row cap (posts_capacity) = 4, not within [-Infinity, 3]');
    const thrown = checkedSolver(() => {
      throw new Error('RuntimeError: memory access out of bounds');
    })(LP, opts, now);
    expect(thrown).toMatchObject({ status: 'failed', method: 'the solver stopped with an error: RuntimeError: memory access out of bounds' });
    expect(checkedSolver(() => answer([], 'timedout'))(LP, opts, now).status).toBe('timedout');
  });
});
