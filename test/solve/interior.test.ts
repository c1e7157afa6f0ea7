import { describe, expect, it } from 'vitest';
import { INTERIOR_ROWS, loadHighs, solvePackedWithHighs } from '../../src/solve/highs.js';
import type { PackedLp } from '../../src/solve/packed-lp.js';

const clock = () => performance.now();

/**
 * The most columns of a path with no two neighbours both chosen: columns 0…n−1 in [0, 1], integer,
 * rows x[i] + x[i+1] ≤ 1. Its matrix is totally unimodular, so the LP relaxation has whole vertices;
 * with an even number of columns, many vertices (and the segments between them) are optimal: an
 * interior point method without crossover ends inside that face, at fractional values.
 */
function path(columns: number): PackedLp {
  const rows = columns - 1;
  const starts = new Int32Array(rows + 1);
  const indices = new Int32Array(2 * rows);
  const values = new Float64Array(2 * rows).fill(1);
  for (let r = 0; r < rows; r++) {
    indices[2 * r] = r;
    indices[2 * r + 1] = r + 1;
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
    rowUpper: new Float64Array(rows).fill(1),
    starts,
    indices,
    values,
    impossible: [],
    offset: 0,
  };
}

describe('HiGHS on a model large enough for the interior point method', () => {
  it('ends its LP relaxation at a vertex (crossover), so relax-and-fix sees whole columns, and at the optimum', async () => {
    const h = await loadHighs();
    const columns = INTERIOR_ROWS + 2;
    const r = solvePackedWithHighs(h, path(columns), { timeLimit: 60 }, clock);
    expect(r.status).toBe('optimal');
    expect(r.method).toBe('HiGHS LP relaxation came out integral');
    expect(r.objective).toBeCloseTo(-columns / 2, 6);
    expect(r.x.every((v) => v === 0 || v === 1)).toBe(true);
    for (let i = 0; i + 1 < columns; i++) expect((r.x[i] ?? 0) + (r.x[i + 1] ?? 0)).toBeLessThanOrEqual(1);
  });

  it('the same model one row smaller, by the simplex, has the same optimum per column', async () => {
    const h = await loadHighs();
    const columns = INTERIOR_ROWS;
    const r = solvePackedWithHighs(h, path(columns), { timeLimit: 60 }, clock);
    expect(r.status).toBe('optimal');
    expect(r.objective).toBeCloseTo(-columns / 2, 6);
  });
});
