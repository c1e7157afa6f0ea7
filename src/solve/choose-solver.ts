import type { Highs } from 'highs';
import type { Lp } from '../model/lp.js';
import { solveWithHighs } from './highs.js';
import type { SolveOptions, SolveResult } from './result.js';
import { denseCells, solveModel } from './solve-model.js';
import { guardedSolver, workerAvailable } from './guarded-solver.js';

export type SolverName = 'auto' | 'jslp' | 'highs';

/** A solver as the pipeline sees it: a model in, a result with a status out. */
export type ModelSolver = (lp: Lp, opts: SolveOptions, now: () => number) => SolveResult;

/**
 * javascript-lp-solver keeps a dense tableau of (rows + bound rows) × columns. Measured here:
 * 3,000 teachers / 120 schools is about 3,000 × 2,400 cells and solves in about 5 s; four times
 * the size is over four minutes. Above this many cells, `auto` hands the model to HiGHS.
 */
export const DENSE_CELL_LIMIT = 10_000_000;


export const jslpSolver: ModelSolver = solveModel;

/**
 * The solver for a run: javascript-lp-solver (embedded default) for models its dense tableau
 * handles well, HiGHS (WebAssembly) for larger ones or when asked. `highs` must be loaded by the
 * caller when the name is not `jslp`. With `guard`, each solve runs in a worker thread under a
 * wall-clock watchdog (see {@link guardedSolver}).
 */
export function chooseSolver(name: SolverName, highs: Highs | undefined, guard = false): ModelSolver {
  const guarded = guard && workerAvailable();
  const inlineHighs: ModelSolver = (lp, opts, now) => {
    if (!highs) throw new Error('HiGHS runtime not loaded');
    return solveWithHighs(highs, lp, opts, now);
  };
  // Under the watchdog the worker loads HiGHS itself; the caller's copy is needed only inline.
  const viaHighs = guarded ? guardedSolver('highs', inlineHighs) : inlineHighs;
  const jslp = guarded ? guardedSolver('jslp', jslpSolver) : jslpSolver;
  const highsReady = guarded || highs !== undefined;
  if (name === 'jslp') return jslp;
  if (name === 'highs') return viaHighs;
  return (lp, opts, now) => (denseCells(lp) <= DENSE_CELL_LIMIT || !highsReady ? jslp(lp, opts, now) : viaHighs(lp, opts, now));
}
