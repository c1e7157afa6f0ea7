import { describe, expect, it } from 'vitest';
import { INTERIOR_ROWS, loadHighs, MAX_VALUE_SCALING_ROWS, simplexScaling, solvePackedWithHighs } from '../../src/solve/highs.js';
import type { PackedLp } from '../../src/solve/packed-lp.js';

const clock = () => performance.now();

/**
 * The most columns of a path with no two neighbours both chosen (x[i] + x[i+1] ≤ 1, columns in
 * [0, 1], integer), each row multiplied by 10⁻⁽ʳ ᵐᵒᵈ ⁷⁾: coefficients from 10⁻⁶ to 1, as wide as
 * rotate's own models' (the 优质均衡 curves' shares beside the moves). The optimum is unchanged by
 * the rows' factors: half the columns, rounded up.
 */
function scaledPath(columns: number): PackedLp {
  const rows = columns - 1;
  const starts = new Int32Array(rows + 1);
  const indices = new Int32Array(2 * rows);
  const values = new Float64Array(2 * rows);
  const rowUpper = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const f = 10 ** -(r % 7);
    indices[2 * r] = r;
    indices[2 * r + 1] = r + 1;
    values[2 * r] = f;
    values[2 * r + 1] = f;
    rowUpper[r] = f;
    starts[r + 1] = 2 * (r + 1);
  }
  return {
    numCols: columns,
    numRows: rows,
    cost: new Float64Array(columns).fill(-1),
    lower: new Float64Array(columns),
    upper: new Float64Array(columns).fill(1),
    integer: new Uint8Array(columns).fill(1),
    rowLower: new Float64Array(rows).fill(-Infinity),
    rowUpper,
    starts,
    indices,
    values,
    impossible: [],
    offset: 0,
  };
}

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
