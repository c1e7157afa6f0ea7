import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { outputTarget } from '../output/write-folder.js';
import { parseSummary, SUMMARY_FILE, type Summary } from './summary-file.js';

/**
 * The summary.json of the plan an output folder holds: before a run replaces it, so that the run
 * can say what it replaced, and after a county of a batch wrote it, for the batch's table; null
 * when the folder holds none, or one that does not read as a summary (nothing is said of it then:
 * the folder check has already judged the folder).
 */
export async function folderSummary(dir: string): Promise<Summary | null> {
  const text = await readFile(join(await outputTarget(dir), SUMMARY_FILE), 'utf8').catch(() => null);
  if (text === null) return null;
  const read = parseSummary(text, SUMMARY_FILE);
  return read.ok ? read.value : null;
}
