/**
 * The command line each county of a batch runs with: this one's options less the folders, -o,
 * --jobs and --export-model (one model file cannot hold every county's); and --baseline, which a
 * batch takes county by county.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isPlanFolder } from '../plan-folder/is-plan-folder.js';

/** The options every county's run gets, and the --baseline given, if any (it is not among them). */
export function countyArgs(argv: readonly string[], folders: readonly string[]): { pass: string[]; baseline?: string } {
  const pass: string[] = [];
  let baseline: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (folders.includes(a)) continue;
    if (a === '--baseline') {
      baseline = argv[++i];
      continue;
    }
    if (a.startsWith('--baseline=')) {
      baseline = a.slice('--baseline='.length);
      continue;
    }
    if (['-o', '--out', '-j', '--jobs', '--export-model'].includes(a)) {
      i++;
      continue;
    }
    if (/^(--out|--jobs|--export-model)=/.test(a)) continue;
    pass.push(a);
  }
  return { pass, ...(baseline !== undefined ? { baseline } : {}) };
}

/**
 * How a batch reads --baseline: a plan folder, or one assignments.csv or plan.xlsx, is every
 * county's baseline, as given; any other folder is an earlier batch's output folder, and each county
 * takes its own plan in it (`<folder>/<county>`, the name the batch gives it).
 */
export async function baselineFor(baseline: string): Promise<(county: string) => string> {
  const isFile = await stat(baseline).then((s) => s.isFile(), () => false);
  return isFile || (await isPlanFolder(baseline)) ? () => baseline : (county) => join(baseline, county);
}
