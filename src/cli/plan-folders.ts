import { constants } from 'node:os';
import { showPath } from '../safe/show-path.js';
import { batchJobs, runBatch } from '../batch/run-batch.js';
import { sameCountyAs } from '../batch/same-county.js';
import { batchTable } from '../text/batch-table.js';
import { batchCountyLines } from '../text/batch-county-lines.js';
import { replacedDifference } from '../text/replaced-plan-lines.js';
import { EXIT } from './exit-codes.js';
import { baselineFor, countyArgs, modelFileFor } from './batch-args.js';
import { err, out } from './io.js';

/** The signals that stop a batch: Ctrl-C, a TERM from a job runner, a closed terminal. */
const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Batch mode: each argument is a county folder, planned in its own process, `jobs` at a time.
 * The options of this command line (other than the folders, -o and --jobs) go to every county;
 * --baseline and --export-model county by county (batch-args.ts).
 * `quiet` (-q) prints, as plan -q does, nothing for a run without a word to say: only the lines of
 * counties that failed or were planned with warnings; otherwise the batch ends with the table of
 * each county's figures and the city's total (text/batch-table.ts). `leftOut`: the other files
 * given beside the folders, no county's input, kept off every county's command line. Returns the exit code: 0, or the first
 * failed county's.
 */
export async function planFolders(folders: string[], outRoot: string | undefined, jobs: number, quiet = false, leftOut: readonly string[] = []): Promise<number> {
  const { jobs: list, outFolder } = await batchJobs(folders, outRoot);
  for (const f of outFolder) err([`${showPath(f)}: 是输出文件夹（-o）, 不是县, 未规划 / the output folder (-o), not a county: not planned`]);
  if (list.length === 0) return EXIT.badInput;
  const { pass, baseline, exportModel } = countyArgs(process.argv.slice(process.argv.indexOf('plan') + 1), [...folders, ...leftOut]);
  const baselineOf = baseline === undefined ? undefined : await baselineFor(baseline);
  const modelOf = exportModel === undefined ? undefined : modelFileFor(exportModel);
  const t0 = performance.now();
  if (!quiet) err([`规划 ${list.length} 个县, 同时 ${jobs} 个 / planning ${list.length} ${list.length === 1 ? 'county' : 'counties'}, ${jobs} at a time`]);
  // Ctrl-C (or a TERM or HUP) stops the batch: no county starts, the running ones get the signal, and
  // the batch says what was written before it ends; a second signal ends it at once.
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => stop.abort(signal);
  for (const s of STOP_SIGNALS) process.once(s, onSignal);
  const results = await runBatch(list, jobs, process.execPath, (job) => [process.argv[1] ?? '', 'plan', ...job.inputs, '-o', job.outDir, '-q', ...pass, ...(baselineOf ? ['--baseline', baselineOf(job.name)] : []), ...(modelOf ? ['--export-model', modelOf(job.name)] : [])], () => performance.now(), (r) => {
    const lines = batchCountyLines(r, quiet);
    if (lines.length > 0) err(lines);
  }, stop.signal);
  for (const s of STOP_SIGNALS) process.off(s, onSignal);
  const wall = (performance.now() - t0) / 1000;
  const failed = results.filter((r) => r.code !== 0);
  const same = sameCountyAs(results.map((r) => r.figures?.schoolsSha256));
  const rows = results.map((r, i) => {
    const first = same[i] === undefined ? undefined : results[same[i] ?? 0]?.job.name;
    return { name: r.job.name, code: r.code, ...(r.earlierPlan === true ? { earlierPlan: true as const } : {}), ...(r.started === false ? { started: false as const } : {}), ...(r.figures ? { figures: r.figures } : {}), ...(r.replaced && replacedDifference(r.replaced.previous, r.replaced.now) ? { replacedOther: true as const } : {}), ...(first !== undefined ? { sameAs: first } : {}) };
  });
  if (!quiet) out(batchTable(rows));
  // Said under -q too: a county planned twice would be counted twice by whoever adds the plans up.
  else for (const r of rows.filter((x) => x.sameAs !== undefined)) err([`  ${r.name} 与 ${r.sameAs ?? ''} 的学校表相同, 是同一个县的两份数据 / ${r.name} has the same schools table as ${r.sameAs ?? ''}: the same county twice`]);
  if (stop.signal.aborted) {
    const done = results.filter((r) => r.code === 0).length;
    err([`已中断（${String(stop.signal.reason)}）: ${done} 个县已规划并写入, 其余 ${results.length - done} 个县未写入; 重新运行同一命令即可 / interrupted (${String(stop.signal.reason)}): ${done} of ${results.length} ${results.length === 1 ? 'county' : 'counties'} planned and written, the others not; run the same command again`]);
    return 128 + (constants.signals[stop.signal.reason as NodeJS.Signals] ?? 2);
  }
  if (!quiet) out([`${results.length - failed.length}/${results.length} 个县已规划, 用时 ${wall.toFixed(1)} 秒（${(results.length / wall).toFixed(2)} 县/秒）/ ${results.length - failed.length} of ${results.length} ${results.length === 1 ? 'county' : 'counties'} planned in ${wall.toFixed(1)} s (${(results.length / wall).toFixed(2)} counties/s)`]);
  return failed[0]?.code ?? 0;
}
