/**
 * One solver thread for the whole process: started as early as the caller likes (the planning
 * pipeline starts it before reading the files), it loads HiGHS (compiling its WebAssembly)
 * while the main thread reads, then solves each model it is sent. The main thread sleeps on a
 * shared flag until the answer comes or the watchdog's time passes; a thread that overran is
 * terminated and the next solve starts a fresh one.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Lp } from '../model/lp.js';
import { buffersOf, type PackedLp } from './packed-lp.js';
import type { SolveOptions, SolveResult } from './result.js';

const WORKER = new URL('./solver-worker.js', import.meta.url);

/** True when the compiled worker file is there (the CLI and the benchmark; not tests run from sources). */
export function workerAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER));
}

/** A job as the worker receives it: javascript-lp-solver gets the object model (small), HiGHS the packed arrays (transferred). */
export type SolverJob = { which: 'jslp'; lp: Lp; opts: SolveOptions } | { which: 'highs'; lp: PackedLp; opts: SolveOptions };

/** What the worker is told when it starts. */
export interface WorkerStart {
  port: MessagePort;
  flag: Int32Array;
  /** Load HiGHS at once (before the first job), so that its WebAssembly is compiled by then. */
  preload: boolean;
}

interface Live {
  worker: Worker;
  port: MessagePort;
  flag: Int32Array;
}

export class SolverThread {
  private live: Live | undefined;

  /** @param preload whether a (re)started worker loads HiGHS at once; false where only javascript-lp-solver will run. */
  constructor(private readonly preload: boolean) {}

  /** Starts the worker now (it loads HiGHS while the caller goes on); a no-op when it runs. */
  start(): void {
    if (this.live) return;
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const start: WorkerStart = { port: port2, flag, preload: this.preload };
    const worker = new Worker(fileURLToPath(WORKER), { workerData: start, transferList: [port2] });
    // Neither keeps the process alive: it ends when the main thread is done.
    worker.unref();
    port1.unref();
    this.live = { worker, port: port1, flag };
  }

  /**
   * Solves one model with javascript-lp-solver in the worker, waiting at most `waitMs`; undefined
   * when the watchdog stopped it (the worker is then terminated).
   */
  solve(lp: Lp, opts: SolveOptions, waitMs: number): SolveResult | undefined {
    return this.answer({ which: 'jslp', lp, opts }, [], waitMs);
  }

  /** Solves a packed model with HiGHS in the worker, as {@link solve}; the pack's buffers are transferred (detached here). */
  solvePacked(lp: PackedLp, opts: SolveOptions, waitMs: number): SolveResult | undefined {
    return this.answer({ which: 'highs', lp, opts }, buffersOf(lp), waitMs);
  }

  private answer(job: SolverJob, transfer: ArrayBuffer[], waitMs: number): SolveResult | undefined {
    this.start();
    const live = this.live as Live;
    Atomics.store(live.flag, 0, 0);
    // A function cannot go to another thread: the caller's work stays here and runs while the worker solves.
    const { whileSolving, ...opts } = job.opts;
    live.port.postMessage({ ...job, opts }, transfer);
    whileSolving?.();
    const woke = Atomics.wait(live.flag, 0, 0, waitMs);
    const msg = woke === 'timed-out' ? undefined : receiveMessageOnPort(live.port);
    if (!msg) {
      this.stop();
      return undefined;
    }
    return msg.message as SolveResult;
  }

  /** Terminates the worker (the next solve starts another). */
  stop(): void {
    if (!this.live) return;
    void this.live.worker.terminate();
    this.live.port.close();
    this.live = undefined;
  }
}
