import type { Lp } from '../model/lp.js';
import { runJslp } from './jslp.js';
import type { SolveOptions, SolveResult } from './result.js';

const INT_TOL = 1e-6;

/** Largest model (tableau cells) on which branch and bound over the whole model is tried: about a 1,500-teacher county. */
export const FULL_BRANCH_CELL_LIMIT = 1_500_000;

/** Cells of javascript-lp-solver's dense tableau for this model: rows, one row per bounded column, times columns. */
export function denseCells(lp: Lp): number {
  const boundRows = lp.vars.filter((v) => v.ub < Infinity || v.lb > 0).length;
  return (lp.rows.length + boundRows) * lp.vars.length;
}

const isWhole = (v: number): boolean => Math.abs(v - Math.round(v)) <= INT_TOL;

/**
 * Solves the counting model with javascript-lp-solver: the LP relaxation first (its optimum is a
 * bound); if every integer column came out whole, that is the proven optimum. Otherwise branch and
 * bound on the whole model within a budget, then relax-and-fix (the whole columns fixed, only the
 * fractional ones branched on). A plan whose objective is above the bound is feasible, not proven optimal.
 */
export function solveModel(lp: Lp, opts: SolveOptions, now: () => number): SolveResult {
  const start = now();
  const seconds = (): number => (now() - start) / 1000;
  const integer = new Set<number>();
  lp.vars.forEach((v, i) => {
    if (v.integer) integer.add(i);
  });
  if (lp.impossible.length > 0) {
    return { status: 'infeasible', x: [], objective: NaN, seconds: seconds(), solver: 'javascript-lp-solver', method: `rows no plan can meet: ${lp.impossible.join(', ')}` };
  }
  const relax = runJslp(lp, new Set(), new Map(), opts.timeLimit);
  if (!relax.feasible) {
    return { status: 'infeasible', x: [], objective: NaN, seconds: seconds(), solver: 'javascript-lp-solver', method: 'LP relaxation infeasible' };
  }
  if (!relax.bounded) {
    return { status: 'unbounded', x: [], objective: NaN, seconds: seconds(), solver: 'javascript-lp-solver', method: 'LP relaxation unbounded' };
  }
  const fractional = [...integer].filter((i) => !isWhole(relax.x[i] ?? 0));
  if (fractional.length === 0) {
    const x = relax.x.map((v, i) => (integer.has(i) ? Math.round(v) : v));
    return { status: 'optimal', x, objective: relax.objective, bound: relax.objective, seconds: seconds(), solver: 'javascript-lp-solver', method: 'LP relaxation came out integral' };
  }
  if (opts.lpOnly === true) {
    return { status: 'failed', x: [], objective: NaN, bound: relax.objective, seconds: seconds(), solver: 'javascript-lp-solver', method: `LP relaxation: ${fractional.length} fractional columns` };
  }
  // Branch and bound on the whole model first, within a budget tied to the LP's own time: on the
  // counting model it usually closes at the LP bound at once. Failing that, relax-and-fix.
  // Its time-out is not always honoured on larger models (measured: a 3,000-teacher county ran on
  // for minutes), so this is tried only on models the size of a small county.
  const lpSeconds = seconds();
  const budget = Math.min(opts.timeLimit - lpSeconds, Math.max(2, 3 * lpSeconds));
  if (budget > 0.5 && denseCells(lp) <= FULL_BRANCH_CELL_LIMIT) {
    const full = runJslp(lp, integer, new Map(), budget);
    if (full.feasible && [...integer].every((i) => isWhole(full.x[i] ?? 0))) {
      const x = full.x.map((v, i) => (integer.has(i) ? Math.round(v) : v));
      const objective = lp.vars.reduce((a, v, i) => a + v.cost * (x[i] ?? 0), 0);
      const proven = objective - relax.objective <= 1e-6 * Math.max(1, Math.abs(objective));
      return { status: proven ? 'optimal' : 'feasible', x, objective, bound: relax.objective, seconds: seconds(), solver: 'javascript-lp-solver', method: proven ? 'branch and bound reached the LP bound' : 'branch and bound, stopped within its budget' };
    }
  }
  const fixed = new Map<number, number>();
  for (const i of integer) if (!fractional.includes(i)) fixed.set(i, Math.round(relax.x[i] ?? 0));
  const left = Math.max(1, opts.timeLimit - seconds());
  const mip = runJslp(lp, new Set(fractional), fixed, left);
  const whole = mip.feasible && fractional.every((i) => isWhole(mip.x[i] ?? 0));
  if (!whole) {
    return { status: seconds() >= opts.timeLimit ? 'timedout' : 'failed', x: [], objective: NaN, bound: relax.objective, seconds: seconds(), solver: 'javascript-lp-solver', method: `relax-and-fix on ${fractional.length} fractional columns found no whole solution` };
  }
  const x = mip.x.map((v, i) => (integer.has(i) ? Math.round(v) : v));
  const objective = lp.vars.reduce((a, v, i) => a + v.cost * (x[i] ?? 0), 0);
  const proven = objective - relax.objective <= 1e-6 * Math.max(1, Math.abs(objective));
  return { status: proven ? 'optimal' : 'feasible', x, objective, bound: relax.objective, seconds: seconds(), solver: 'javascript-lp-solver', method: `relax-and-fix: ${fractional.length} fractional columns branched on` };
}
