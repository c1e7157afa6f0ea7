/**
 * A worker thread that compresses a workbook's parts (deflate-worker.ts) while the main thread
 * makes the next part, and the next file: an 80,000-teacher plan.xlsx's DEFLATE took 0.9 s of the
 * main thread's time. The parts go there and come back transferred, not copied.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Packed } from './zip.js';

const WORKER = new URL('./deflate-worker.js', import.meta.url);

/** True when the compiled worker file is there (the CLI and the benchmarks; not tests run from sources). */
export function deflateWorkerAvailable(worker: URL = WORKER): boolean {
  return existsSync(fileURLToPath(worker));
}

interface Waiting {
  resolve: (packed: Packed) => void;
  reject: (error: Error) => void;
}

/**
 * One worker, started at once, packing the parts it is given in their order until {@link close}.
 * It keeps the process alive only while a part is being packed: a caller awaiting one must not see
 * the process end first, and an idle worker must not hold it.
 */
export class DeflateThread {
  private readonly worker: Worker;
  private readonly waiting: Waiting[] = [];
  /** Why the worker stopped, once it has: a part given after that fails at once. */
  private stopped: Error | undefined;

  /** @param worker the compiled deflate-worker.js (a test may name the built one). */
  constructor(worker: URL = WORKER) {
    this.worker = new Worker(fileURLToPath(worker));
    this.worker.on('message', (packed: Packed) => {
      const next = this.waiting.shift();
      if (this.waiting.length === 0) this.worker.unref();
      next?.resolve(packed);
    });
    this.worker.on('error', (e) => this.fail(e));
    this.worker.on('exit', (code) => this.fail(new Error(`the workbook's compressing thread stopped (exit code ${code})`)));
    // After the listeners: listening for messages holds the process again.
    this.worker.unref();
  }

  /** `data` as the archive holds it (see zip.ts's `pack`); its buffer goes to the worker: this thread must not use it after. */
  pack(data: Uint8Array): Promise<Packed> {
    if (this.stopped) return Promise.reject(this.stopped);
    return new Promise((resolve, reject) => {
      if (this.waiting.length === 0) this.worker.ref();
      this.waiting.push({ resolve, reject });
      this.worker.postMessage(data, data.buffer instanceof ArrayBuffer ? [data.buffer] : []);
    });
  }

  /** Ends the worker; a part still being packed fails. */
  close(): void {
    void this.worker.terminate();
  }

  private fail(error: Error): void {
    this.stopped ??= error;
    for (const w of this.waiting.splice(0)) w.reject(error);
    this.worker.unref();
  }
}
