/**
 * Worker thread entry, run only by {@link SolverThread}: loads HiGHS and, if asked, warms it up on
 * a small synthetic model until the first job arrives; then solves each job it is sent, hands the
 * result back through the message port and raises the flag the waiting thread sleeps on.
 */
import { receiveMessageOnPort, workerData } from 'node:worker_threads';
import { loadHighs, solvePackedWithHighs } from './highs.js';
import { packLp } from './packed-lp.js';
import type { SolveResult } from './result.js';
import type { SolverJob, WorkerStart } from './solver-thread.js';
import { solveModel } from './solve-model.js';
import { warmUpModel } from './warm-up.js';

/** Warm-up rounds at most, each with this time limit (seconds), so a job waits at most one round. */
const WARM_ROUNDS = 8;
const WARM_ROUND_LIMIT = 0.2;

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

if (start.warm) {
  const h = await loadHighs();
  const model = packLp(warmUpModel());
  for (let round = 0; round < WARM_ROUNDS; round++) {
    const early = receiveMessageOnPort(start.port);
    if (early) {
      await answer(early.message as SolverJob);
      break;
    }
    solvePackedWithHighs(h, model, { timeLimit: WARM_ROUND_LIMIT }, now);
  }
}
start.port.on('message', (job: SolverJob) => void answer(job));
