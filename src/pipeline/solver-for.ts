import { chooseSolver, type SolverName } from '../solve/choose-solver.js';
import { workerAvailable } from '../solve/guarded-solver.js';
import { loadHighs } from '../solve/highs.js';
import type { ReleasableSolver } from '../solve/result.js';

/**
 * The solver a planning command uses, each solve in a worker thread under the watchdog where the
 * compiled worker is there. Called before the files are read: the worker starts at once and loads
 * HiGHS meanwhile. HiGHS is loaded here, the one place, only when the solve runs
 * inline (the worker loads its own) and the choice may need it. Release it after the last solve:
 * the thread and HiGHS's memory (about 200 MB for an 80,000-teacher county) go with it.
 */
export async function solverFor(name: SolverName): Promise<ReleasableSolver> {
  const highs = name === 'jslp' || workerAvailable() ? undefined : await loadHighs();
  return chooseSolver(name, highs, true);
}
