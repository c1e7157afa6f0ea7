import type { Lp } from '../model/lp.js';
import { runJslp } from './jslp.js';
import type { SolveOptions, SolveResult } from './result.js';

const INT_TOL = 1e-6;

const isWhole = (v: number): boolean => Math.abs(v - Math.round(v)) <= INT_TOL;

/**
 * Solves the counting model with javascript-lp-solver by relax-and-fix: the LP relaxation first
 * (its optimum is a bound); if every integer column came out whole, that is the proven optimum.
 * Otherwise the whole columns are fixed and only the fractional ones are branched on, under the
 * time limit; such a plan is feasible but not proven optimal.
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
  const fixed = new Map<number, number>();
  for (const i of integer) if (!fractional.includes(i)) fixed.set(i, Math.round(relax.x[i] ?? 0));
  const left = Math.max(1, opts.timeLimit - seconds());
  const mip = runJslp(lp, new Set(fractional), fixed, left);
  const whole = mip.feasible && fractional.every((i) => isWhole(mip.x[i] ?? 0));
  if (!whole) {
    return { status: seconds() >= opts.timeLimit ? 'timedout' : 'failed', x: [], objective: NaN, bound: relax.objective, seconds: seconds(), solver: 'javascript-lp-solver', method: `relax-and-fix on ${fractional.length} fractional columns found no whole solution` };
  }
  const x = mip.x.map((v, i) => (integer.has(i) ? Math.round(v) : v));
  return { status: 'feasible', x, objective: mip.objective, bound: relax.objective, seconds: seconds(), solver: 'javascript-lp-solver', method: `relax-and-fix: ${fractional.length} fractional columns branched on` };
}
