import type { PackedLp } from './packed-lp.js';

/**
 * The optimum of a model without rows (a county where nobody can move: every column has only its
 * bounds), which HiGHS does not solve but reports as an empty model: each column at the bound its
 * cost points to (or where it is fixed), at its lower bound (or 0 within its bounds) when it costs nothing. Undefined when
 * a column's cost points to an infinite bound (the model is unbounded).
 */
export function solveWithoutRows(lp: PackedLp, fixed?: ReadonlyMap<number, number>): number[] | undefined {
  const x: number[] = [];
  for (let i = 0; i < lp.numCols; i++) {
    const c = lp.cost[i] ?? 0;
    const lo = fixed?.get(i) ?? lp.lower[i] ?? 0;
    const hi = fixed?.get(i) ?? lp.upper[i] ?? 0;
    const v = c < 0 ? hi : c > 0 ? lo : Math.min(Math.max(0, lo), hi);
    if (!Number.isFinite(v)) return undefined;
    x.push(v);
  }
  return x;
}
