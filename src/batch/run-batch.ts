import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { isOwnerFile } from '../schema/read-input-file.js';
import { isPlanFolder } from '../plan-folder/is-plan-folder.js';
import type { Summary } from '../plan-folder/summary-file.js';
import { folderSummary } from '../plan-folder/folder-summary.js';
import { countyFigures, type CountyFigures } from './county-figures.js';
import { noMovesNote } from '../domain/no-moves-note.js';
import { StderrTally } from './stderr-tally.js';
import { NO_FILES, noCountyFiles } from './no-county-files.js';
import type { Text } from '../domain/text.js';

/** One county of a batch: its folder, the CSV files and workbooks in it, and where its plan goes. */
export interface BatchJob {
  name: string;
  folder: string;
  inputs: string[];
  outDir: string;
  /** For a folder without county files, what it is told ({@link noCountyFiles}). */
  noFiles?: Text;
}

export interface BatchResult {
  job: BatchJob;
  code: number;
  seconds: number;
  /**
   * Lines the county's run printed on stderr, for the batch report: on failure the first six (the
   * heading that says what failed, then the first problems), on success the last five (its warnings).
   */
  errors: string[];
  /** How many lines it printed there in all. */
  lines: number;
  /** For a county not planned this time, its plan folder still holds a plan written before (of other inputs). */
  earlierPlan?: true;
  /** False for a county not started because the batch was stopped (Ctrl-C) first. */
  started?: false;
  /** A planned county's figures, from the summary.json it wrote (none when that cannot be read back). */
  figures?: CountyFigures;
  /** A planned county whose plan moves nobody: why, from its summary.json's counts (no-moves-note.ts), as its published lists say. */
  noMoves?: Text;
  /** A planned county whose plan folder held a plan before this run: that plan's summary and this one's, to say what was replaced. */
  replaced?: { previous: Summary; now: Summary };
}

/** Whether a path is a folder (a path that cannot be read is not). */
export const isFolder = (path: string): Promise<boolean> => stat(path).then((s) => s.isDirectory(), () => false);

/** True when every argument is a folder: `rotate plan` then plans each as its own county. */
export async function allFolders(args: readonly string[]): Promise<boolean> {
  if (args.length === 0) return false;
  for (const a of args) if (!(await isFolder(a))) return false;
  return true;
}

/**
 * Names of the counties' plan folders under one output root, one per folder and never two the
 * same: the folder's own name, or, when two folders share it (`a/county` and `b/county`), the
 * path from the folders' common parent joined with `_` (`a_county`, `b_county`), with a number
 * added should even that repeat. The same folder given twice is planned once.
 */
function uniqueNames(folders: readonly string[]): string[] {
  const base = folders.map((f) => basename(f));
  const count = new Map<string, number>();
  for (const b of base) count.set(b, (count.get(b) ?? 0) + 1);
  const parts = folders.map((f) => f.split(sep).filter(Boolean));
  let common = 0;
  while (parts.length > 0 && parts.every((p) => common < p.length - 1 && p[common] === parts[0]?.[common])) common++;
  const taken = new Set<string>();
  return folders.map((f, i) => {
    const wanted = (count.get(base[i] ?? '') ?? 0) > 1 ? (parts[i] ?? []).slice(common).join('_') : (base[i] ?? 'county');
    let name = wanted;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}-${n}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/**
 * A county folder's input files: CSV files and workbooks (.xlsx, .xlsm, .xls, and WPS's .et), as
 * the national system and a bureau's own rosters come; not the owner files Excel and WPS keep
 * beside an open workbook (`~$…`), nor hidden files (LibreOffice's `.~lock…#`).
 */
export const isCountyFile = (name: string): boolean => /\.(csv|xlsx|xlsm|xls|et)$/iu.test(name) && !isOwnerFile(name) && !name.startsWith('.');

/** A county folder's input files ({@link isCountyFile}), sorted by name, as paths. */
export async function countyFiles(folder: string): Promise<string[]> {
  return (await readdir(folder, { withFileTypes: true })).filter((f) => !f.isDirectory() && isCountyFile(f.name)).map((f) => join(folder, f.name)).sort();
}

/** The input files of a command that plans one county: the files given, or one county folder's ({@link countyFiles}). */
export async function countyInputs(args: readonly string[]): Promise<string[]> {
  const [only] = args;
  if (args.length !== 1 || only === undefined || !(await isFolder(only))) return [...args];
  const files = await countyFiles(only);
  // A folder without county files stays as given: reading it says it is a folder.
  return files.length > 0 ? files : [...args];
}

/**
 * The jobs of a batch: each folder's CSV files and workbooks (sorted by name, see {@link isCountyFile}); plans go to `<out>/<name>`
 * (names unique per county, see {@link uniqueNames}) when an output root is given, else to
 * `<folder>/plan`. A folder given twice (or through a link to it) is one job. The output root
 * among the folders (`rotate plan 市/* -o 市/方案`, run again) holds the plans, not a county: it is
 * no job, and comes back as `outFolder`.
 */
export async function batchJobs(folders: readonly string[], outRoot: string | undefined): Promise<{ jobs: BatchJob[]; outFolder: string[] }> {
  // The same folder is one county however it is named: `a/county/`, or through a link to it.
  const real = await Promise.all(folders.map((f) => realpath(f).catch(() => resolve(f))));
  const root = outRoot === undefined ? undefined : await realpath(outRoot).catch(() => resolve(outRoot));
  const seen = new Set<string>(root === undefined ? [] : [root]);
  const outFolder = folders.filter((_, i) => real[i] === root);
  const distinct = folders.filter((_, i) => !seen.has(real[i] ?? '') && seen.add(real[i] ?? ''));
  const names = uniqueNames(distinct.map((f) => resolve(f)));
  const jobs: BatchJob[] = [];
  for (const [i, folder] of distinct.entries()) {
    const name = names[i] ?? basename(resolve(folder));
    const inputs = await countyFiles(folder);
    jobs.push({ name, folder, inputs, outDir: outRoot === undefined ? join(folder, 'plan') : join(outRoot, name), ...(inputs.length === 0 ? { noFiles: await noCountyFiles(folder, isCountyFile) } : {}) });
  }
  return { jobs, outFolder };
}

/** The exit code of a county folder without a CSV file or workbook (bad input). */
const NO_FILES_CODE = 2;

/** The exit code of a batch (and of a county's run) stopped by Ctrl-C: 128 + SIGINT, as a shell gives it. */
export const INTERRUPTED_CODE = 130;

/**
 * Plans every county in its own process, at most `jobs` at a time (counties under 县管校聘 plan
 * independently, so they parallelise perfectly; separate processes also keep memory apart).
 * `argsFor` gives the command line of one county's run. When `stop` aborts (Ctrl-C), no county
 * starts any more and the running ones get the signal (its reason, a signal name) so that none goes
 * on writing after the batch has ended: they end with {@link INTERRUPTED_CODE}, and the counties
 * not started are results with `started: false`.
 */
export async function runBatch(jobs: readonly BatchJob[], parallel: number, command: string, argsFor: (job: BatchJob) => string[], now: () => number, onDone: (r: BatchResult) => void, stop?: AbortSignal): Promise<BatchResult[]> {
  // The plan each county's folder holds before the batch, to say what a new one replaced (as a single run does);
  // read before any county starts, so that nothing stands between a county's turn and its start (a stop then finds it running).
  const previousPlans = await Promise.all(jobs.map((j) => folderSummary(j.outDir)));
  const results: BatchResult[] = new Array(jobs.length);
  const running = new Set<ChildProcess>();
  stop?.addEventListener('abort', () => {
    const signal: NodeJS.Signals = typeof stop.reason === 'string' && stop.reason.startsWith('SIG') ? (stop.reason as NodeJS.Signals) : 'SIGTERM';
    for (const child of running) child.kill(signal);
  });
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      const job = jobs[i];
      if (!job) continue;
      const previous = previousPlans[i] ?? null;
      if (stop?.aborted) {
        results[i] = { job, code: INTERRUPTED_CODE, seconds: 0, errors: [], lines: 0, started: false, ...((await isPlanFolder(job.outDir)) ? { earlierPlan: true as const } : {}) };
        continue;
      }
      const t0 = now();
      // A folder without a county file is not run (a run without files is a command-line error, its help the only message).
      if (job.inputs.length === 0) {
        const said = job.noFiles ?? NO_FILES;
        results[i] = { job, code: NO_FILES_CODE, seconds: 0, errors: [`${said.zh} / ${said.en}`], lines: 1, ...((await isPlanFolder(job.outDir)) ? { earlierPlan: true as const } : {}) };
        onDone(results[i]);
        continue;
      }
      const { code, stderr } = await new Promise<{ code: number; stderr: StderrTally }>((done) => {
        const child = spawn(command, argsFor(job), { stdio: ['ignore', 'ignore', 'pipe'] });
        running.add(child);
        const tally = new StderrTally();
        const end = (c: number | null): void => {
          running.delete(child);
          // Killed by the signal passed on (no exit code) or ended by it: interrupted; any other end is the county's own.
          done({ code: stop?.aborted === true && (c === null || c === INTERRUPTED_CODE) ? INTERRUPTED_CODE : (c ?? 1), stderr: tally });
        };
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (s: string) => tally.add(s));
        child.on('close', (c) => end(c));
        child.on('error', () => end(1));
      });
      const summary = code === 0 ? ((await folderSummary(job.outDir)) ?? undefined) : undefined;
      const figures = summary ? countyFigures(summary) : undefined;
      const noMoves = summary ? noMovesNote(summary.counts, summary.counts.moved) : null;
      const earlier = code !== 0 && (await isPlanFolder(job.outDir));
      const replaced = summary && previous ? { replaced: { previous, now: summary } } : {};
      const r: BatchResult = { job, code, seconds: (now() - t0) / 1000, errors: code === 0 ? stderr.last(5) : stderr.first(6), lines: stderr.lines, ...(figures ? { figures } : {}), ...(noMoves ? { noMoves } : {}), ...replaced, ...(earlier ? { earlierPlan: true as const } : {}) };
      results[i] = r;
      onDone(r);
    }
  };
  return Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, jobs.length)) }, worker)).then(() => results);
}
