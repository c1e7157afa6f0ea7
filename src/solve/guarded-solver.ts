import type { Lp } from '../model/lp.js';
import type { PackedLp } from './packed-lp.js';
import type { ModelSolver, PackedSolver, SolveOptions, SolveResult } from './result.js';
import { SolverThread, workerAvailable } from './solver-thread.js';

export { workerAvailable };

/** Extra seconds the watchdog allows past the time limit before it stops the solver. */
export const WATCHDOG_GRACE = (limit: number): number => 5 + 0.2 * limit;

let shared: SolverThread | undefined;

/**
 * javascript-lp-solver run in the solver thread under a wall-clock watchdog: neither its first LP
 * nor its branch and bound can always be interrupted from inside (measured: a 3,000-teacher model
 * ran on for minutes past its time-out). The calling thread sleeps until the worker answers or the
 * limit plus a grace passes; then the worker is terminated and the run is a time-out. Where the
 * compiled worker file is missing (tests run the TypeScript sources), it falls back to `inline`.
 * Without `thread`, one process-wide thread (HiGHS not loaded ahead) is used.
 */
export function guardedSolver(inline: ModelSolver, grace: (limit: number) => number = WATCHDOG_GRACE, thread?: SolverThread): ModelSolver {
  if (!workerAvailable()) return inThread(inline);
  return (lp: Lp, opts: SolveOptions, now: () => number): SolveResult => watched('jslp', opts, now, grace, (t, waitMs) => t.solve(lp, opts, waitMs), thread);
}

/** HiGHS on a packed model, under the watchdog as {@link guardedSolver} (HiGHS has been seen to overrun its own limit). */
export function guardedPacked(inline: PackedSolver, grace: (limit: number) => number = WATCHDOG_GRACE, thread?: SolverThread): PackedSolver {
  if (!workerAvailable()) return inThread(inline);
  return (lp: PackedLp, opts: SolveOptions, now: () => number): SolveResult => watched('highs', opts, now, grace, (t, waitMs) => t.solvePacked(lp, opts, waitMs), thread);
}

/** A solver run in this thread: the caller's work meant for the time it solves is done first (see SolveOptions.whileSolving). */
function inThread<M>(inline: (lp: M, opts: SolveOptions, now: () => number) => SolveResult): (lp: M, opts: SolveOptions, now: () => number) => SolveResult {
  return (lp, opts, now) => {
    opts.whileSolving?.();
    return inline(lp, opts, now);
  };
}

/** One solve in the solver thread under the watchdog; a time-out when it did not answer in time. */
function watched(which: 'jslp' | 'highs', opts: SolveOptions, now: () => number, grace: (limit: number) => number, solve: (t: SolverThread, waitMs: number) => SolveResult | undefined, thread?: SolverThread): SolveResult {
  const start = now();
  const t = thread ?? (shared ??= new SolverThread(false));
  const waitMs = 1000 * (opts.timeLimit + grace(opts.timeLimit));
  const r = solve(t, waitMs);
  if (r) return r;
  return { status: 'timedout', x: [], objective: NaN, seconds: (now() - start) / 1000, solver: which === 'jslp' ? 'javascript-lp-solver' : 'highs', method: `stopped by the watchdog after ${(waitMs / 1000).toFixed(1)} s (time limit ${opts.timeLimit} s)` };
}
