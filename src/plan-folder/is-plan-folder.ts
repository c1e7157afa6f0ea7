import { readdir } from 'node:fs/promises';
import { ASSIGNMENTS_FILE } from './assignments-file.js';
import { SUMMARY_FILE } from './summary-file.js';

/**
 * Whether a folder holds a plan rotate wrote (its summary.json or assignments.csv): the one test
 * publish (moves or eligible lists), a batch's --baseline (one plan or a batch's folder of them)
 * and a batch's county whose run failed (an earlier plan left there) ask. A path that cannot be
 * read holds none.
 */
export async function isPlanFolder(dir: string): Promise<boolean> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.includes(SUMMARY_FILE) || names.includes(ASSIGNMENTS_FILE);
}
