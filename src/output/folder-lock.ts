/**
 * One run at a time per plan folder. Before it recovers, checks or replaces a folder `plan`, a
 * run creates the lock file `.plan.lock` beside it with O_EXCL (only one creator can succeed)
 * holding its process id, and removes it when done. A second run into the same folder finds
 * the lock and stops at once with an environment error naming the other run, before solving,
 * so neither run's recovery can remove the other's temporary folder.
 *
 * A lock whose process is gone (a run killed with SIGKILL, a power cut) is stale: the next run
 * moves it aside (a rename, atomic: of two runs recovering the same stale lock only one gets
 * it), checks that what it moved is still the stale lock, and takes the folder.
 *
 * Creating the lock is also the check that the folder can be written at all: a read-only or
 * full disk or a folder without permission fails here, before any solving.
 */
import { link, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { cannotWrite, EnvironmentError } from '../env-error.js';
import { readSmallText } from '../input/read-bytes.js';

/** The lock file of an output folder: `.NAME.lock` in the same parent. */
export function lockPathOf(target: string): string {
  return join(dirname(target), `.${basename(target)}.lock`);
}

/** True when a process with this id is running (EPERM: it runs as another user). */
function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return typeof e === 'object' && e !== null && 'code' in e && e.code === 'EPERM';
  }
}

/** Locks this process holds: a lock naming this process but not among them is stale (its id was reused). */
const HELD = new Set<string>();

const pidIn = (text: string | null): number => Number.parseInt((text ?? '').trim(), 10);

async function create(lock: string, content: string): Promise<boolean> {
  try {
    const handle = await open(lock, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return true;
  } catch (e) {
    if (typeof e === 'object' && e !== null && 'code' in e && e.code === 'EEXIST') return false;
    throw cannotWrite(dirname(lock), e);
  }
}

/** Moves a stale lock aside; false when what was moved turned out to be a live run's fresh lock (then put back). */
async function removeStale(lock: string, staleText: string, tag: string): Promise<boolean> {
  const aside = `${lock}.stale-${tag}`;
  try {
    await rename(lock, aside);
  } catch {
    return true; // someone else moved it first: try to create again
  }
  const moved = await readSmallText(aside, 1024);
  if (moved !== staleText) {
    // A fresh lock of a live run was taken between our read and the rename: put it back.
    await link(aside, lock).catch(() => undefined);
    await unlink(aside).catch(() => undefined);
    return false;
  }
  await unlink(aside).catch(() => undefined);
  return true;
}

/**
 * Takes the lock of the plan folder `target` (an absolute path), creating its parent folders.
 * Returns the function that releases it. Throws an {@link EnvironmentError} (ELOCKED) when a
 * live run holds it, and the file system's own error when the parent cannot be written.
 *
 * @param tag unique per run (the process id, and more in tests), written into the lock.
 */
export async function lockFolder(target: string, tag: string): Promise<() => Promise<void>> {
  const lock = lockPathOf(target);
  // A file where a folder of the path should be: nothing can be written there, and checkFolder says so.
  let up = dirname(target);
  while (!(await stat(up).catch(() => null)) && dirname(up) !== up) up = dirname(up);
  if ((await stat(up).catch(() => null))?.isDirectory() !== true) return async () => undefined;
  await mkdir(dirname(target), { recursive: true });
  const content = `${process.pid}\n${tag}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await create(lock, content)) {
      HELD.add(lock);
      return async () => {
        HELD.delete(lock);
        // Only our own lock is removed (a stale-lock recovery by another run may have replaced it).
        if ((await readSmallText(lock, 1024)) === content) await unlink(lock).catch(() => undefined);
      };
    }
    const held = await readSmallText(lock, 1024);
    const pid = pidIn(held);
    if (held === null) continue; // removed meanwhile
    const live = pid === process.pid ? HELD.has(lock) : alive(pid);
    if (live || (held.trim() === '' && attempt === 0)) {
      // An empty lock may be one being written this instant: look once more before calling it stale.
      if (held.trim() === '') {
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      throw new EnvironmentError('ELOCKED', target, {
        zh: `另一个 rotate（进程 ${pid}）正在写入此文件夹；请等它结束再运行（若确定没有其他运行，删除 ${basename(lock)}）`,
        en: `another rotate run (process ${pid}) is writing this folder; run again when it is done (if no other run is going on, delete ${basename(lock)})`,
      });
    }
    if (!(await removeStale(lock, held, tag))) continue;
  }
  throw new EnvironmentError('ELOCKED', target, { zh: '无法取得此文件夹的锁', en: 'could not take the lock of this folder' });
}
