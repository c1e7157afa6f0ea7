import * as jslp from 'javascript-lp-solver';
import type { Lp } from '../model/lp.js';

// The package's types describe a CommonJS default export; at run time the ESM build's default is the solver.
const solver = (jslp as unknown as { default: { Solve(model: unknown): unknown } }).default;

/** One run of javascript-lp-solver on an {@link Lp}, with integrality on the given columns. */
export interface JslpRun {
  feasible: boolean;
  bounded: boolean;
  x: number[];
  objective: number;
}

/**
 * Converts the model to javascript-lp-solver's JSON format. Column and row names are short
 * (`x12`, `r34`) to keep the solver's hashing cheap; bounds become rows because the library has
 * no column bounds. `fixed` overrides a column's bounds with a single value.
 */
export function runJslp(lp: Lp, integer: ReadonlySet<number>, fixed: ReadonlyMap<number, number>, timeLimitSec: number): JslpRun {
  const constraints: Record<string, { min?: number; max?: number; equal?: number }> = {};
  const variables: Record<string, Record<string, number>> = {};
  lp.vars.forEach((v, i) => {
    const coefs: Record<string, number> = { obj: v.cost };
    const f = fixed.get(i);
    const lb = f ?? v.lb;
    const ub = f ?? v.ub;
    if (lb === ub) {
      constraints[`b${i}`] = { equal: lb };
      coefs[`b${i}`] = 1;
    } else {
      if (ub < Infinity) {
        constraints[`u${i}`] = { max: ub };
        coefs[`u${i}`] = 1;
      }
      if (lb > 0) {
        constraints[`l${i}`] = { min: lb };
        coefs[`l${i}`] = 1;
      }
    }
    variables[`x${i}`] = coefs;
  });
  lp.rows.forEach((r, k) => {
    const name = `r${k}`;
    if (r.lo === r.hi) constraints[name] = { equal: r.lo };
    else {
      const c: { min?: number; max?: number } = {};
      if (r.lo > -Infinity) c.min = r.lo;
      if (r.hi < Infinity) c.max = r.hi;
      constraints[name] = c;
    }
    r.cols.forEach((col, j) => {
      const v = variables[`x${col}`];
      if (v) v[name] = r.vals[j] ?? 0;
    });
  });
  const ints: Record<string, boolean> = {};
  for (const i of integer) ints[`x${i}`] = true;
  const model = {
    optimize: 'obj',
    opType: 'min' as const,
    constraints,
    variables,
    ints,
    options: { timeout: Math.max(1, Math.round(timeLimitSec * 1000)), tolerance: 0 },
  };
  const res = solver.Solve(model) as Record<string, number | boolean | undefined>;
  const x = lp.vars.map((_, i) => {
    const val = res[`x${i}`];
    return typeof val === 'number' ? val : 0;
  });
  const objective = lp.vars.reduce((a, v, i) => a + v.cost * (x[i] ?? 0), 0);
  return { feasible: res.feasible === true, bounded: res.bounded !== false, x, objective };
}
