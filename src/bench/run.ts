/**
 * `npm run bench`: generates seeded counties of four sizes, plans each several times in fresh
 * processes, and prints medians: wall time per stage, peak RSS, objective, bound, gap, rules held,
 * the same model solved exactly by HiGHS in the same run, and the inspectors' backbone CVs before and
 * after with what a plan aimed at them reaches. Figures, never assertions.
 *
 *   npm run bench                 all sizes, 3 runs each
 *   npm run bench -- --help       what it takes (bench-args.ts); a mistyped option or size stops it at once
 *   npm run bench -- --runs 5 --sizes 300,3000
 *   npm run bench -- --sizes 12000 --set rules.cv_ceiling=no --set weights.indicator_spread=0
 *                                 every run with these policy settings (as rotate plan --set)
 *
 * Where Python can import highspy (native HiGHS; `pip install highspy`), each size is also timed as
 * a whole process of scripts/native-reference.py, which reads the same CSV files and solves the same
 * exported model to 0.1% of the bound, runs interleaved with rotate's; the Python used is
 * $ROTATE_BENCH_PYTHON or python3. Elsewhere that column says it was skipped, and why.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGenerate } from '../generate/write-county.js';
import { benchArgs } from './bench-args.js';

const SIZES: Record<string, { teachers: number; schools: number }> = {
  '300': { teachers: 300, schools: 15 },
  '3000': { teachers: 3000, schools: 120 },
  '12000': { teachers: 12000, schools: 400 },
  '80000': { teachers: 80000, schools: 1500 },
};

const command = benchArgs(process.argv.slice(2), Object.keys(SIZES));
if (command.kind === 'help') {
  process.stdout.write(`${command.text}\n`);
  process.exit(0);
}
if (command.kind === 'bad') {
  process.stderr.write(`npm run bench: ${command.message}\n`);
  process.exit(2);
}
const { runs, sizes, solver, sets } = command.args;
const setArgs = sets.flatMap((kv) => ['--set', kv]);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};
const f = (n: number | null | undefined, d = 2): string => (n === null || n === undefined || Number.isNaN(n) ? '—' : n.toFixed(d));

interface Once {
  ok: boolean;
  wall: number;
  stages: Record<string, number>;
  peakRss: number;
  solver: string;
  status: string;
  objective: number;
  bound: number | null;
  gap: number;
  rulesHeld: boolean;
  shortageBefore: number;
  shortageAfter: number;
  moves: number;
  highsExact?: { seconds: number; objective: number | null; status: string };
  leastShortage?: number | null;
  cv: CvRow[];
  reachableCv?: CvRow[] | null;
}

/** One entry of summary.json's `indicators.cv`. */
interface CvRow {
  stage: 'primary' | 'junior';
  indicator: string;
  threshold: number;
  /** Null where the CV is not measured. */
  before: number | null;
  after: number | null;
}

const cvOf = (rows: readonly CvRow[] | null | undefined, stage: string, indicator: string): CvRow | undefined => rows?.find((c) => c.stage === stage && c.indicator === indicator);
const mark = (v: number | null, threshold: number): string => (v === null ? '' : v <= threshold ? '✓' : '✗');
/** Backbone CV of one stage: before → after (✓/✗ against the threshold), and what a plan aimed at it reaches. */
function backboneCell(r: Once, stage: string): string {
  const c = cvOf(r.cv, stage, 'backbone_per_100');
  if (!c) return '—';
  const best = cvOf(r.reachableCv, stage, 'backbone_per_100');
  return `${f(c.before)}→${f(c.after)}${mark(c.after, c.threshold)} (${best ? f(best.after) : '—'})`;
}
/** CVs at or under their threshold before the plan and over it after: the rule says none. */
const pushedOver = (r: Once): number => r.cv.filter((c) => c.before !== null && c.after !== null && c.before <= c.threshold && c.after > c.threshold).length;

const PYTHON = process.env['ROTATE_BENCH_PYTHON'] ?? 'python3';
const REFERENCE = join(import.meta.dirname, '..', '..', 'scripts', 'native-reference.py');
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'rotate.js');
const probe = spawnSync(PYTHON, ['-c', 'import highspy'], { encoding: 'utf8' });
const nativeSkip = probe.status === 0 ? null : `skipped: ${PYTHON} cannot import highspy (pip install highspy, or set ROTATE_BENCH_PYTHON)`;

/** `rotate plan` on a county folder's files into `out`, quietly, with the bench's --set settings and `extra`. */
const planArgv = (dir: string, out: string, extra: string[] = []): string[] => [BIN, 'plan', ...['posts.csv', 'schools.csv', 'teachers.csv'].map((f) => join(dir, f)).filter(existsSync), '-o', out, ...extra, '-q', ...setArgs];

/** The model rotate builds for a county, exported as LP text (for the native reference). */
function exportModel(dir: string): string {
  const tmp = mkdtempSync(join(tmpdir(), 'rotate-bench-lp-'));
  const lp = join(tmp, 'model.lp');
  // The model is written before the solve: it is there even when the plan is not (a time-out, say).
  spawnSync(process.execPath, planArgv(dir, join(tmp, 'plan'), ['--export-model', lp]), { stdio: 'ignore' });
  return lp;
}

/** One whole-process run of `rotate plan` as a user runs it: wall seconds from spawn to exit (NaN when it wrote no plan). */
function cliOnce(dir: string): number {
  const tmp = mkdtempSync(join(tmpdir(), 'rotate-bench-cli-'));
  const t = performance.now();
  const r = spawnSync(process.execPath, planArgv(dir, join(tmp, 'plan')), { stdio: 'ignore' });
  const wall = (performance.now() - t) / 1000;
  rmSync(tmp, { recursive: true, force: true });
  return r.status === 0 ? wall : NaN;
}

/** One whole-process run of the native reference: its wall seconds (process start to exit) and answer. */
function nativeOnce(dir: string, lp: string): { wall: number; objective: number } | null {
  const t = performance.now();
  const r = spawnSync(PYTHON, [REFERENCE, dir, lp], { encoding: 'utf8' });
  const wall = (performance.now() - t) / 1000;
  if (r.status !== 0) return null;
  const out = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as { objective: number };
  return { wall, objective: out.objective };
}

/** The generator's code, hashed: a county generated by another version of it is generated again, not reused. */
const GENERATOR = join(import.meta.dirname, '..', 'generate');
const generatorHash = createHash('sha256')
  .update(readdirSync(GENERATOR).sort().map((f) => readFileSync(join(GENERATOR, f))).join('\n'))
  .digest('hex')
  .slice(0, 10);

const rows: string[][] = [];
for (const size of sizes) {
  const spec = SIZES[size];
  if (!spec) continue;
  const dir = join(tmpdir(), 'rotate-bench', `${spec.teachers}-${spec.schools}-seed1-${generatorHash}`);
  if (!existsSync(join(dir, 'teachers.csv'))) await runGenerate(dir, { ...spec, seed: 1, lang: 'zh', encoding: 'utf8' });
  const results: Once[] = [];
  const lp = nativeSkip === null ? exportModel(dir) : null;
  const native: number[] = [];
  const cli: number[] = [];
  for (let i = 0; i < runs; i++) {
    cli.push(cliOnce(dir));
    // Interleaved with rotate's runs, so that both see the same machine.
    if (lp !== null) {
      const n = nativeOnce(dir, lp);
      if (n) native.push(n.wall);
    }
    // The exact HiGHS comparison is made once per size (it is the same model every run).
    const line = execFileSync(process.execPath, [join(import.meta.dirname, 'plan-once.js'), dir, solver, i === 0 ? 'yes' : 'no', ...sets], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const r = JSON.parse(line.trim().split('\n').pop() ?? '{}') as Once;
    results.push(r);
    process.stderr.write(`  ${size} run ${i + 1}/${runs}: ${f(r.wall)} s (process ${f(cli[cli.length - 1])} s)${native.length > 0 ? `, native ${f(native[native.length - 1])} s` : ''}\n`);
  }
  if (lp !== null) rmSync(join(lp, '..'), { recursive: true, force: true });
  const nativeCell = nativeSkip !== null ? 'skipped' : native.length === 0 ? 'failed' : f(median(native));
  const ok = results.filter((r) => r.ok);
  const first = ok[0];
  if (!first) {
    rows.push([`${spec.teachers}/${spec.schools}`, 'no plan', ...Array(15).fill(''), nativeCell, '']);
    continue;
  }
  const stage = (k: string): string => f(median(ok.map((r) => r.stages[k] ?? NaN)));
  const exact = first.highsExact;
  const closed = first.shortageBefore - first.shortageAfter;
  const bestClosed = first.leastShortage !== undefined && first.leastShortage !== null ? first.shortageBefore - first.leastShortage : null;
  rows.push([
    `${spec.teachers}/${spec.schools}`,
    f(median(ok.map((r) => r.wall))),
    f(median(cli)),
    ['read', 'model', 'solve', 'assign', 'locks', 'explain', 'report', 'write'].map(stage).join(' / '),
    f(median(ok.map((r) => r.peakRss)) / 2 ** 20, 0),
    `${first.solver} ${first.status}`,
    f(first.objective, 1),
    f(first.bound, 1),
    `${f(100 * first.gap, 2)}%`,
    ok.every((r) => r.rulesHeld) ? 'yes' : 'NO',
    exact ? `${f(exact.seconds)} s, ${f(exact.objective, 1)}` : '—',
    exact?.objective ? `${f(median(ok.map((r) => r.stages['solve'] ?? NaN)) / exact.seconds)}× time, ${f((100 * (first.objective - exact.objective)) / Math.abs(exact.objective), 2)}% obj` : '—',
    bestClosed ? `${closed}/${f(bestClosed, 0)} = ${f((100 * closed) / bestClosed, 1)}%` : "—",
    backboneCell(first, 'primary'),
    backboneCell(first, 'junior'),
    String(Math.max(...ok.map(pushedOver))),
    nativeCell,
    native.length > 0 ? `${f(median(cli) / median(native))}×` : '—',
  ]);
}

const header = ['teachers/schools', 'wall s (median)', 'process s (median)', 'read / model / solve / assign / locks / explain / report / write s', 'peak RSS MiB', 'solver', 'objective', 'bound', 'gap', 'rules held', 'HiGHS exact (same model)', 'vs HiGHS exact', 'shortage closed / best possible', 'backbone CV primary (reachable)', 'backbone CV junior (reachable)', 'CVs pushed over', 'native HiGHS process s (median)', 'rotate process / native'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
process.stdout.write(`rotate bench: ${runs} runs per size, medians; node ${process.version}, solver ${solver}${sets.length > 0 ? `, --set ${sets.join(' --set ')}` : ''}\n`);
if (nativeSkip !== null) process.stdout.write(`native reference ${nativeSkip}\n`);
process.stdout.write('backbone CV (the inspectors\' way): before→after, ✓/✗ against the stage\'s threshold; in brackets the CV a plan under the same rules reaches with weights.indicator_spread=200. CVs pushed over: at or under a threshold before, over it after (any indicator, any stage).\n');
process.stdout.write(`${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}\n${rows.map(line).join('\n')}\n`);
