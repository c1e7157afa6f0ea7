import type { Lp } from '../model/lp.js';
import type { PackedLp } from './packed-lp.js';

/** What a solver run gives back: data with a status, never a throw. */
export type SolveStatus = 'optimal' | 'feasible' | 'infeasible' | 'unbounded' | 'timedout' | 'failed';

export interface SolveResult {
  status: SolveStatus;
  /** Column values in the model's order; empty unless status is optimal or feasible. */
  x: number[];
  objective: number;
  /** Lower bound on the optimum (the LP relaxation), when one is known. */
  bound?: number;
  /** Wall-clock seconds. */
  seconds: number;
  solver: string;
  /** What was done, for summary.json (e.g. "LP relaxation integral" or "relax-and-fix: 4 columns"). */
  method: string;
}

export interface SolveOptions {
  /** Seconds. */
  timeLimit: number;
  /**
   * javascript-lp-solver only: solve the LP relaxation and stop there unless it comes out
   * integral (status `fractional`), so that no plan depends on how far a timed branch and bound got.
   */
  lpOnly?: boolean;
  /**
   * The caller's own work that needs no answer (a garbage collection before a large solve): run
   * once the model is with the solver thread, while it solves, on the core the caller would
   * otherwise leave idle; where the solve runs in the caller's thread, just before it. Never sent
   * to the thread.
   */
  whileSolving?: () => void;
}

/** Whether a run gave a plan (proven optimal or not): the one thing every caller asks of its status first. */
export const hasPlan = (r: SolveResult): boolean => r.status === 'optimal' || r.status === 'feasible';

/** A solver as the pipeline sees it: a model in, a result with a status out. */
export type ModelSolver = (lp: Lp, opts: SolveOptions, now: () => number) => SolveResult;

/** A solver of a model already packed into typed arrays (see packed-lp.ts). */
export type PackedSolver = (lp: PackedLp, opts: SolveOptions, now: () => number) => SolveResult;

/**
 * A solver that may also take the model packed: where it does, the caller need not hold the
 * model's objects while it works (see solveCounty: an 80,000-teacher city's model is about 100 MB).
 * Only a solver that hands a model of that size to HiGHS anyway offers it.
 */
export type PlanSolver = ModelSolver & { packed?: PackedSolver };

/** What holds memory between solves (the solver thread, HiGHS's WebAssembly memory) and can let it go. */
export interface Releasable {
  /** Frees it now; a later solve starts afresh (a new thread, HiGHS loaded again). */
  release(): void;
}

/** A solver that holds memory between solves until released. */
export type ReleasableSolver = PlanSolver & Releasable;
