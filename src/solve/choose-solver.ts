import type { Highs } from 'highs';
import { solvePackedWithHighs } from './highs.js';
import { packLp } from './packed-lp.js';
import type { ModelSolver, PackedSolver, Releasable, ReleasableSolver } from './result.js';
import { denseCells, solveModel } from './solve-model.js';
import { guardedPacked, guardedSolver, workerAvailable } from './guarded-solver.js';
import { SolverThread } from './solver-thread.js';

export type SolverName = 'auto' | 'jslp' | 'highs';

/** Defined in result.ts (guarded-solver.ts needs it too); re-exported for the callers that import it from here. */
export type { ModelSolver, ReleasableSolver };

/**
 * javascript-lp-solver keeps a dense tableau of (rows + bound rows) × columns. Measured here on
 * generated counties: 800 teachers (0.4 M cells) solve in 0.2 s; at 1,500 teachers (1.5 M) three
 * seeds of four took 0.2 s and one did not finish in 60 s; at 3,000 (6 M) one seed took 5 s and
 * another over two minutes; 12,000 teachers ran over four minutes. The sample county's model
 * (800 teachers, 722 rows, 1.99 M cells once the 优质均衡 terms became bounded columns) stalled
 * past its 12 s watchdog even for its LP relaxation. Above this many cells, `auto` hands the
 * model to HiGHS.
 */
export const DENSE_CELL_LIMIT = 600_000;

/**
 * Under `auto`, javascript-lp-solver gets this many seconds; if it has not answered (it sometimes
 * stalls, see above), HiGHS solves the model instead. Normal solves at this size take under a
 * second, so a stall is told apart from slowness and the fallback repeats on a rerun.
 */
export const JSLP_AUTO_BUDGET = 10;

export const jslpSolver: ModelSolver = solveModel;

/**
 * The solver for a run: javascript-lp-solver (embedded default) for models its dense tableau
 * handles well, HiGHS (WebAssembly) for larger ones or when asked. `highs` must be loaded by the
 * caller when the name is not `jslp`. With `guard`, each solve runs in a worker thread under a
 * wall-clock watchdog (see {@link guardedSolver} and {@link guardedPacked}): one thread for every solve of the run, started
 * here, so that it loads HiGHS while the caller reads the county. Releasing the solver ends that
 * thread and frees HiGHS's memory (a solve after that starts another).
 */
export function chooseSolver(name: SolverName, highs: Highs | undefined, guard = false): ReleasableSolver {
  const guarded = guard && workerAvailable();
  const thread = guarded ? new SolverThread(name !== 'jslp') : undefined;
  thread?.start();
  const loaded = (): Highs => {
    if (!highs) throw new Error('HiGHS runtime not loaded');
    return highs;
  };
  // HiGHS takes the model packed. Under the watchdog the worker loads HiGHS itself; the caller's copy is needed only inline.
  const inlinePacked: PackedSolver = (lp, opts, now) => solvePackedWithHighs(loaded(), lp, opts, now);
  const packedHighs = guarded ? guardedPacked(inlinePacked, undefined, thread) : inlinePacked;
  const viaHighs: ModelSolver = (lp, opts, now) => packedHighs(packLp(lp), opts, now);
  const jslp = guarded ? guardedSolver(jslpSolver, undefined, thread) : jslpSolver;
  const highsReady = guarded || highs !== undefined;
  // A packed model goes to HiGHS: offered where HiGHS is what a large model gets (see PlanSolver).
  const releasable = (solve: ModelSolver, packed?: PackedSolver): ReleasableSolver =>
    Object.assign<ModelSolver, Releasable & { packed?: PackedSolver }>((lp, opts, now) => solve(lp, opts, now), { release: () => thread?.stop(), ...(packed ? { packed } : {}) });
  if (name === 'jslp') return releasable(jslp);
  if (name === 'highs') return releasable(viaHighs, highsReady ? packedHighs : undefined);
  const jslpBudgeted = guarded ? guardedSolver(jslpSolver, () => 2, thread) : jslpSolver;
  const auto: ModelSolver = (lp, opts, now) => {
    if (!highsReady) return jslp(lp, opts, now);
    if (denseCells(lp) > DENSE_CELL_LIMIT) return viaHighs(lp, opts, now);
    // javascript-lp-solver answers small models whose LP relaxation comes out whole (then the
    // plan is proven optimal at once); every other model goes to HiGHS, never after a timed branch
    // and bound: measured, javascript-lp-solver's branch and bound stopped at its budget on the
    // sample county (800 teachers) on a loaded machine and on an 888-teacher county that HiGHS
    // solves in 1.2 s, and a plan must not depend on how busy the machine was.
    const start = now();
    const first = jslpBudgeted(lp, { ...opts, timeLimit: Math.min(opts.timeLimit, JSLP_AUTO_BUDGET), lpOnly: true }, now);
    if (first.status === 'optimal' || first.status === 'infeasible' || first.status === 'unbounded') return first;
    const left = Math.max(1, opts.timeLimit - (now() - start) / 1000);
    const second = viaHighs(lp, { ...opts, timeLimit: left }, now);
    const why = first.status === 'timedout' ? `javascript-lp-solver gave no plan (${first.method})` : `javascript-lp-solver's ${first.method}`;
    return { ...second, seconds: (now() - start) / 1000, method: `${why}; then ${second.method}` };
  };
  // A model large enough to be solved packed (LEAN_ROWS rows) has more than DENSE_CELL_LIMIT cells: auto gives it to HiGHS.
  return releasable(auto, highsReady ? packedHighs : undefined);
}
