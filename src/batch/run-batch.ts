import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';

/** One county of a batch: its folder, the CSV files in it, and where its plan goes. */
export interface BatchJob {
  name: string;
  folder: string;
  inputs: string[];
  outDir: string;
}

export interface BatchResult {
  job: BatchJob;
  code: number;
  seconds: number;
  /** Last lines the county's run printed on stderr (its errors), for the batch report. */
  errors: string[];
}

/** True when every argument is a folder: `rotate plan` then plans each as its own county. */
export async function allFolders(args: readonly string[]): Promise<boolean> {
  if (args.length === 0) return false;
  for (const a of args) {
    const s = await stat(a).catch(() => null);
    if (!s?.isDirectory()) return false;
  }
  return true;
}

/**
 * The jobs of a batch: each folder's CSV files (sorted by name); plans go to `<out>/<folder name>`
 * when an output root is given, else to `<folder>/plan`.
 */
export async function batchJobs(folders: readonly string[], outRoot: string | undefined): Promise<BatchJob[]> {
  const jobs: BatchJob[] = [];
  for (const folder of folders) {
    const names = (await readdir(folder)).filter((f) => f.toLowerCase().endsWith('.csv')).sort();
    const name = basename(resolve(folder));
    jobs.push({ name, folder, inputs: names.map((f) => join(folder, f)), outDir: outRoot === undefined ? join(folder, 'plan') : join(outRoot, name) });
  }
  return jobs;
}

/**
 * Plans every county in its own process, at most `jobs` at a time (counties under 县管校聘 plan
 * independently, so they parallelise perfectly; separate processes also keep memory apart).
 * `argsFor` gives the command line of one county's run.
 */
export function runBatch(jobs: readonly BatchJob[], parallel: number, command: string, argsFor: (job: BatchJob) => string[], now: () => number, onDone: (r: BatchResult) => void): Promise<BatchResult[]> {
  const results: BatchResult[] = new Array(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      const job = jobs[i];
      if (!job) continue;
      const t0 = now();
      const { code, stderr } = await new Promise<{ code: number; stderr: string }>((done) => {
        const child = spawn(command, argsFor(job), { stdio: ['ignore', 'ignore', 'pipe'] });
        let text = '';
        child.stderr.on('data', (b: Buffer) => {
          text = (text + b.toString('utf8')).slice(-4000);
        });
        child.on('close', (c) => done({ code: c ?? 1, stderr: text }));
        child.on('error', () => done({ code: 1, stderr: text }));
      });
      const r: BatchResult = { job, code, seconds: (now() - t0) / 1000, errors: stderr.trim().split('\n').filter(Boolean).slice(-5) };
      results[i] = r;
      onDone(r);
    }
  };
  return Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, jobs.length)) }, worker)).then(() => results);
}
