/**
 * The command line each county of a batch runs with: this one's options less the folders, -o and
 * --jobs; and --baseline and --export-model, which a batch takes county by county.
 */
import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { isPlanFolder } from '../plan-folder/is-plan-folder.js';

/** The options every county's run gets, and the --baseline and --export-model given, if any (they are not among them). */
export function countyArgs(argv: readonly string[], folders: readonly string[]): { pass: string[]; baseline?: string; exportModel?: string } {
  const pass: string[] = [];
  // The options a batch takes county by county, by name: their values, given as `--name v` or `--name=v`.
  const taken: Record<'--baseline' | '--export-model', string | undefined> = { '--baseline': undefined, '--export-model': undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (folders.includes(a)) continue;
    const name = (['--baseline', '--export-model'] as const).find((o) => a === o || a.startsWith(`${o}=`));
    if (name !== undefined) {
      taken[name] = a === name ? argv[++i] : a.slice(name.length + 1);
      continue;
    }
    if (['-o', '--out', '-j', '--jobs'].includes(a)) {
      i++;
      continue;
    }
    if (/^(--out|--jobs)=/.test(a)) continue;
    pass.push(a);
  }
  const baseline = taken['--baseline'];
  const exportModel = taken['--export-model'];
  return { pass, ...(baseline !== undefined ? { baseline } : {}), ...(exportModel !== undefined ? { exportModel } : {}) };
}

/**
 * How a batch reads --export-model FILE: one model per county, beside FILE, the county's name
 * (that of its plan folder) added to FILE's: `models/model.lp` gives `models/model-甲县.lp`.
 * One file cannot hold every county's model; FILE itself is not written.
 */
export function modelFileFor(file: string): (county: string) => string {
  const ext = extname(file);
  const stem = basename(file, ext);
  return (county) => join(dirname(file), `${stem}-${county}${ext}`);
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
