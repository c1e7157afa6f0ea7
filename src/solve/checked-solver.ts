import type { Lp } from '../model/lp.js';
import { hasPlan, type ModelSolver, type SolveResult } from './result.js';
import { checkSolution, type SolutionFault } from './check-solution.js';

/**
 * A solver that is not trusted: a throw becomes status `failed` with the error's message, and
 * an answer claimed optimal or feasible that is not a solution of the model (NaN, out of
 * bounds, fractional where whole, a row broken: the known failures of LP libraries) becomes
 * status `failed` saying what is wrong with it. Either way no teacher is named from it.
 */
export function checkedSolver(solver: ModelSolver): ModelSolver {
  return (lp, opts, now) => checkedAnswer(lp, untrusted(() => solver(lp, opts, now), now));
}

/** A solver's run with a throw turned into status `failed` (see {@link checkedSolver}). */
export function untrusted(run: () => SolveResult, now: () => number): SolveResult {
  const start = now();
  try {
    return run();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { status: 'failed', x: [], objective: NaN, seconds: (now() - start) / 1000, solver: 'unknown', method: `the solver stopped with an error: ${message}` };
  }
}

/** The answer, or status `failed` when it claims a plan that is not a solution of `lp` (see {@link checkedSolver}). */
export function checkedAnswer(lp: Lp, r: SolveResult): SolveResult {
  return refusedIf(r, (x) => checkSolution(lp, x));
}

/** The answer, or status `failed` saying what is wrong with it when it claims a plan that `fault` finds wrong. */
export function refusedIf(r: SolveResult, fault: (x: readonly number[]) => SolutionFault): SolveResult {
  if (!hasPlan(r)) return r;
  const f = fault(r.x);
  if (!f) return r;
  return { ...r, status: 'failed', x: [], method: `${r.method}; its answer (${r.status}) is not a solution of the model: ${f.en}` };
}
