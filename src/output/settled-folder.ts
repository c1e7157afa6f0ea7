/**
 * A plan folder for reading (`explain`, `diff`, `--baseline`), put in order first when a killed
 * run left it half-swapped.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { lockFolder } from './folder-lock.js';
import { exists, outputTarget, recoverFolder, siblings } from './write-folder.js';

/**
 * The folder to read a plan from (`explain`, `diff`, `--baseline`): `dir` itself, put back in
 * order first when a killed run left it half-swapped (under the folder's lock, exactly as the
 * next `rotate plan` would). When the folder cannot be put in order here — another run holds
 * its lock, the disk is read-only — nothing is changed and the plan that stands is read: `dir`,
 * or, while it is missing, the old plan kept beside it.
 */
export async function settledPlanFolder(dir: string): Promise<string> {
  const target = await outputTarget(dir);
  const { parent, newPrefix, oldPrefix } = siblings(target);
  const entries = await readdir(parent).catch(() => [] as string[]);
  const olds = entries.filter((e) => e.startsWith(oldPrefix)).sort();
  if (olds.length === 0 && !entries.some((e) => e.startsWith(newPrefix))) return dir;
  try {
    const release = await lockFolder(target, `read-${process.pid}`);
    try {
      await recoverFolder(target);
    } finally {
      await release();
    }
    return dir;
  } catch {
    if (await exists(target)) return dir;
    const latest = olds.at(-1);
    return latest === undefined ? dir : join(parent, latest);
  }
}
