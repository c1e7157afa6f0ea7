import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Lp } from '../model/lp.js';
import type { ModelSolver, SolveOptions, SolveResult } from './result.js';

/** Extra seconds the watchdog allows past the time limit before it stops the solver. */
export const WATCHDOG_GRACE = (limit: number): number => 5 + 0.2 * limit;

const WORKER = new URL('./solver-worker.js', import.meta.url);

/**
 * A solver run in a worker thread under a wall-clock watchdog: neither javascript-lp-solver's first
 * LP nor its branch and bound can always be interrupted from inside (measured: a 3,000-teacher model
 * ran on for minutes past its time-out), and HiGHS has been seen to overrun its own limit. The calling
 * thread sleeps until the worker answers or the limit plus a grace passes; then the worker is
 * terminated and the run is a time-out. Where the compiled worker file is missing (tests run the
 * TypeScript sources), it falls back to `inline`.
 */
/** True when the compiled worker file is there (the CLI and the benchmark; not tests run from sources). */
export function workerAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER));
}

export function guardedSolver(which: 'jslp' | 'highs', inline: ModelSolver, grace: (limit: number) => number = WATCHDOG_GRACE): ModelSolver {
  const file = fileURLToPath(WORKER);
  if (!existsSync(file)) return inline;
  return (lp: Lp, opts: SolveOptions, now: () => number): SolveResult => {
    const start = now();
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(file, { workerData: { which, lp, opts, port: port2, flag }, transferList: [port2] });
    const waitMs = 1000 * (opts.timeLimit + grace(opts.timeLimit));
    const woke = Atomics.wait(flag, 0, 0, waitMs);
    const msg = woke === 'timed-out' ? undefined : receiveMessageOnPort(port1);
    void worker.terminate();
    port1.close();
    if (!msg) {
      return { status: 'timedout', x: [], objective: NaN, seconds: (now() - start) / 1000, solver: which === 'jslp' ? 'javascript-lp-solver' : 'highs', method: `stopped by the watchdog after ${(waitMs / 1000).toFixed(1)} s (time limit ${opts.timeLimit} s)` };
    }
    return msg.message as SolveResult;
  };
}
