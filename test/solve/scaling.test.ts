import { describe, expect, it } from 'vitest';
import { INTERIOR_ROWS, loadHighs, MAX_VALUE_SCALING_ROWS, simplexScaling, solvePackedWithHighs } from '../../src/solve/highs.js';
import { pathLp } from '../helpers/path-lp.js';

const clock = () => performance.now();

/** A path model (see path-lp.ts) with each row multiplied by 10⁻⁽ʳ ᵐᵒᵈ ⁷⁾: coefficients from 10⁻⁶ to 1, as wide as rotate's own models' (the 优质均衡 curves' shares beside the moves). */
const scaledPath = (columns: number) => pathLp(columns, (r) => 10 ** -(r % 7));

describe("HiGHS's simplex scaling by model size", () => {
  it('max value from MAX_VALUE_SCALING_ROWS rows until the interior point method takes over; the default elsewhere', () => {
    expect(simplexScaling(MAX_VALUE_SCALING_ROWS - 1)).toBeUndefined();
    expect(simplexScaling(MAX_VALUE_SCALING_ROWS)).toBe(4);
    expect(simplexScaling(INTERIOR_ROWS - 1)).toBe(4);
    expect(simplexScaling(INTERIOR_ROWS)).toBeUndefined();
  });

  it.each([
    ['scaled by max value', MAX_VALUE_SCALING_ROWS + 1],
    ['by the default scaling', MAX_VALUE_SCALING_ROWS - 1],
  ])('a model with coefficients from 1e-6 to 1, %s, is solved to its optimum', async (_, columns) => {
    const h = await loadHighs();
    const lp = scaledPath(columns);
    expect(simplexScaling(lp.numRows) !== undefined).toBe(columns > MAX_VALUE_SCALING_ROWS);
    const r = solvePackedWithHighs(h, lp, { timeLimit: 60 }, clock);
    expect(r.status).toBe('optimal');
    expect(r.objective).toBeCloseTo(-Math.ceil(columns / 2), 6);
    for (let i = 0; i + 1 < columns; i++) expect((r.x[i] ?? 0) + (r.x[i + 1] ?? 0)).toBeLessThanOrEqual(1);
  });
});
