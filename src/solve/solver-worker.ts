/**
 * Worker thread entry: solves one model and hands the result back through a message port, then
 * raises a flag the waiting thread sleeps on. Run only by {@link guardedSolver}.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { Lp } from '../model/lp.js';
import { loadHighs, solveWithHighs } from './highs.js';
import type { SolveOptions, SolveResult } from './result.js';
import { solveModel } from './solve-model.js';

interface Job {
  which: 'jslp' | 'highs';
  lp: Lp;
  opts: SolveOptions;
  port: MessagePort;
  flag: Int32Array;
}

const job = workerData as Job;
const now = (): number => performance.now();
let result: SolveResult;
try {
  result = job.which === 'highs' ? solveWithHighs(await loadHighs(), job.lp, job.opts, now) : solveModel(job.lp, job.opts, now);
} catch (e) {
  result = { status: 'failed', x: [], objective: NaN, seconds: 0, solver: job.which, method: `solver threw: ${e instanceof Error ? e.message : String(e)}` };
}
job.port.postMessage(result);
Atomics.store(job.flag, 0, 1);
Atomics.notify(job.flag, 0);
void parentPort;
