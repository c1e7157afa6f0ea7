/**
 * Gives memory back between the plan's stages when the heap is large (an 80,000-teacher city):
 * a full garbage collection, so that the garbage of a finished stage (the model's build, the
 * explanation's work, a plan file already written) is gone before the next stage allocates. V8
 * collects on its own only when its heap reaches a limit that grows with what it held last, so a
 * city's process kept several hundred MB of garbage at its peak (measured: 80,000 teachers peaked
 * at 0.84–1.06 GB; the data still in use then fits in 400 MB). Below the thresholds it does
 * nothing: a county's run never pays for it.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { SettlePoint } from '../pipeline/run-plan.js';

/** Heap in use above which a collection is made between stages: measured, the 12,000- and 30,000-teacher bench counties never reach it, the 80,000-teacher city does at every stage. */
export const SETTLE_BYTES = 256 * 1024 * 1024;

/**
 * Before a solve the threshold is lower: the solver thread's memory (HiGHS's, about 200 MB for an
 * 80,000-teacher city) comes on top of this thread's, so the whole process peaks there. The
 * city's heap then holds about 250 MB, of which 190 MB in use, just under {@link SETTLE_BYTES}.
 */
export const SOLVE_SETTLE_BYTES = 128 * 1024 * 1024;

/**
 * Once a run has collected (its heap is large), it collects again at a stage when this much more
 * is in use than after its last collection, though under {@link SETTLE_BYTES}: the garbage of a
 * stage is then let go before the next allocates on top of it. Measured on the 80,000-teacher city
 * with the model no longer built twice: the stages after the solve settled at 223–245 MiB in use,
 * under the threshold, and the plan files' peak rose to 607–627 MB (from 515–547 MB). Lowered from
 * 48 MiB once plan.xlsx left less garbage: the heap had grown 38 MiB when report.html (about 80 MB
 * of garbage for 13 MB of HTML) was to be made, so it was made on top of it, and the city's run
 * ended at its peak, 529–545 MiB resident in three runs against 497–555 before.
 */
export const GROWTH_BYTES = 32 * 1024 * 1024;

let collect: (() => void) | undefined;

const heapUsed = (): number => getHeapStatistics().used_heap_size;

/**
 * A run's settler: a full collection when more of the heap is in use (`used`, V8's figure unless
 * given) than the point's threshold, or, once it has collected, {@link GROWTH_BYTES} more than after
 * its last collection; otherwise nothing. Before a solve it collects twice: measured on the
 * 80,000-teacher city, a second collection gives back to the system the pages the first one
 * emptied (resident memory before the solve 373 → 355 MB; without it they stay resident while
 * HiGHS works). Each call says whether it collected.
 */
export function memorySettler(): (point: SettlePoint, used?: number) => boolean {
  let live: number | undefined;
  return (point, used = heapUsed()) => {
    const grown = live !== undefined && used - live >= GROWTH_BYTES;
    if (used < (point === 'solve' ? SOLVE_SETTLE_BYTES : SETTLE_BYTES) && !grown) return false;
    if (!collect) {
      // V8's own collector, reachable from JavaScript once the flag is set: a new context gets it as `gc`.
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    }
    collect();
    if (point === 'solve') collect();
    live = heapUsed();
    return true;
  };
}
