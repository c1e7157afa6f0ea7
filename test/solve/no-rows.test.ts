import { describe, expect, it } from 'vitest';
import { loadHighs, solvePackedWithHighs, solveWithHighs, solveWithHighsExact } from '../../src/solve/highs.js';
import { solveWithoutRows } from '../../src/solve/no-rows.js';
import { pathLp } from '../helpers/path-lp.js';

const clock = () => performance.now();

describe('HiGHS on a model without rows', () => {
  it('is solved, where HiGHS alone failed with "model status 6" and the plan exited 4', async () => {
    // A county where nobody can move (every school rural, say) has a model of no column and no row: an empty plan.
    const h = await loadHighs();
    const empty = { vars: [], rows: [], constants: { shortage: 570 }, impossible: [] };
    const r = solveWithHighs(h, empty, { timeLimit: 60 }, clock);
    expect([r.status, r.x, r.objective]).toEqual(['optimal', [], 0]);
    const exact = solveWithHighsExact(h, empty, { timeLimit: 60 }, clock);
    expect([exact.status, exact.x, exact.objective]).toEqual(['optimal', [], 0]);
    // One column in [0, 1] costing −1, no row: the optimum is x = 1, as before.
    const one = solvePackedWithHighs(h, pathLp(1), { timeLimit: 60 }, clock);
    expect([one.status, one.x, one.objective]).toEqual(['optimal', [1], -1]);
  });

  it('puts each column at the bound its cost points to, a fixed column where fixed, and gives up on an unbounded one', () => {
    const lp = pathLp(3);
    const none = { ...lp, numRows: 0, starts: new Int32Array(1), indices: new Int32Array(0), values: new Float64Array(0), rowLower: new Float64Array(0), rowUpper: new Float64Array(0) };
    none.cost = Float64Array.from([-1, 2, 0]);
    none.lower = Float64Array.from([0, 1, -5]);
    none.upper = Float64Array.from([4, 3, 5]);
    expect(solveWithoutRows(none)).toEqual([4, 1, 0]);
    expect(solveWithoutRows(none, new Map([[0, 2]]))).toEqual([2, 1, 0]);
    none.upper = Float64Array.from([Infinity, 3, 5]);
    expect(solveWithoutRows(none)).toBeUndefined();
  });
});
