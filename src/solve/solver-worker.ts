/**
 * Worker thread entry, run only by {@link SolverThread}: loads HiGHS at once if asked (compiling
 * its WebAssembly while the main thread reads the files), then solves each job it is sent, hands
 * the result back through the message port and raises the flag the waiting thread sleeps on.
 *
 * It used to solve a small synthetic model over and over until the first job arrived, so that V8
 * had optimised HiGHS's code by then. Measured on this 2-core machine (whole-process medians of
 * three, generated counties): that warm-up cost more than it saved, since it took the CPU the
 * reading needs. 12,000 teachers 11.5 s with it, 9.6 s with HiGHS only loaded (reading 3.2 s →
 * 1.0 s, the solve 3.6 s → 4.4 s); 3,000 teachers 4.5 s → 4.2 s; the sample county the same (2.4 s).
 * Measured again once V8 optimised in one background task (compileTasks in highs.ts): a single solve
 * of a 300-teacher model's LP relaxation here, after loading, took the 12,000-teacher solve stage
 * 1.51 → 1.24 s and the reading 0.52 → 0.66 s (medians of 17 alternated whole runs; the run a median
 * 0.07 s shorter per pair); at 80,000 teachers (interior point) the solve was no shorter. Left out.
 */
import { workerData } from 'node:worker_threads';
import { loadHighs, solvePackedWithHighs } from './highs.js';
import type { SolveResult } from './result.js';
import type { SolverJob, WorkerStart } from './solver-thread.js';
import { solveModel } from './solve-model.js';

const start = workerData as WorkerStart;
const now = (): number => performance.now();

async function answer(job: SolverJob): Promise<void> {
  let result: SolveResult;
  try {
    result = job.which === 'highs' ? solvePackedWithHighs(await loadHighs(), job.lp, job.opts, now) : solveModel(job.lp, job.opts, now);
  } catch (e) {
    result = { status: 'failed', x: [], objective: NaN, seconds: 0, solver: job.which, method: `solver threw: ${e instanceof Error ? e.message : String(e)}` };
  }
  start.port.postMessage(result);
  Atomics.store(start.flag, 0, 1);
  Atomics.notify(start.flag, 0);
}

// Loaded (and its WebAssembly compiled) before the first job, unless only javascript-lp-solver will run.
if (start.preload) await loadHighs();
start.port.on('message', (job: SolverJob) => void answer(job));
