import { describe, expect, it } from 'vitest';
import { INTERIOR_ROWS, loadHighs, solvePackedWithHighs } from '../../src/solve/highs.js';
import { pathLp } from '../helpers/path-lp.js';

const clock = () => performance.now();

describe('HiGHS on a model large enough for the interior point method', () => {
  it('ends its LP relaxation at a vertex (crossover), so relax-and-fix sees whole columns, and at the optimum', async () => {
    const h = await loadHighs();
    const columns = INTERIOR_ROWS + 2;
    const r = solvePackedWithHighs(h, pathLp(columns), { timeLimit: 60 }, clock);
    expect(r.status).toBe('optimal');
    expect(r.method).toBe('HiGHS LP relaxation came out integral');
    expect(r.objective).toBeCloseTo(-columns / 2, 6);
    expect(r.x.every((v) => v === 0 || v === 1)).toBe(true);
    for (let i = 0; i + 1 < columns; i++) expect((r.x[i] ?? 0) + (r.x[i + 1] ?? 0)).toBeLessThanOrEqual(1);
  });

  it('the same model one row smaller, by the simplex, has the same optimum per column', async () => {
    const h = await loadHighs();
    const columns = INTERIOR_ROWS;
    const r = solvePackedWithHighs(h, pathLp(columns), { timeLimit: 60 }, clock);
    expect(r.status).toBe('optimal');
    expect(r.objective).toBeCloseTo(-columns / 2, 6);
  });
});
