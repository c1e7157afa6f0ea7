import { describe, expect, it } from 'vitest';
import { loadHighs, solvePackedWithHighs } from '../../src/solve/highs.js';
import type { PackedLp } from '../../src/solve/packed-lp.js';

/** A packed model: columns 0 … n−1 integer in [0, ub] with these costs; each row Σ coefs·x in [lo, hi] (row-wise, as packLp makes it). */
function packed(cost: number[], ub: number, rows: { coefs: [number, number][]; lo: number; hi: number }[]): PackedLp {
  const n = cost.length;
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const r of rows) {
    for (const [c, a] of r.coefs) {
      indices.push(c);
      values.push(a);
    }
    starts.push(indices.length);
  }
  return {
    numCols: n,
    numRows: rows.length,
    cost: Float64Array.from(cost),
    lower: new Float64Array(n),
    upper: new Float64Array(n).fill(ub),
    integer: new Uint8Array(n).fill(1),
    rowLower: Float64Array.from(rows, (r) => r.lo),
    rowUpper: Float64Array.from(rows, (r) => r.hi),
    starts: Int32Array.from(starts),
    indices: Int32Array.from(indices),
    values: Float64Array.from(values),
    impossible: [],
    offset: 0,
  };
}

describe('relax-and-fix when the fixed whole columns leave the fractional ones no whole value', () => {
  it('frees the columns of the fractional ones\' rows before searching the whole model', async () => {
    const h = await loadHighs();
    // min −f  s.t. 2f + w = 3, and an unrelated row on g: the LP relaxation is f = 1.5, w = 0, g = 0.
    // With w fixed at 0, 2f = 3 has no whole f; freeing w (its row's neighbour) gives f = 1, w = 1.
    const lp = packed([-1, 0, 1], 3, [
      { coefs: [[0, 2], [1, 1]], lo: 3, hi: 3 },
      { coefs: [[2, 1]], lo: 0, hi: 2 },
    ]);
    const r = solvePackedWithHighs(h, lp, { timeLimit: 20 }, () => performance.now());
    expect(r.x).toEqual([1, 1, 0]);
    expect(r.objective).toBe(-1);
    expect(r.method).toMatch(/^HiGHS relax-and-fix: 1 fractional columns and the 1 columns around them branched on/);
    // A model this small is then proven by branch and cut on the whole model: the plan is the optimum.
    expect(r.status).toBe('optimal');
  });
});
