/**
 * `npm run bench`: generates seeded counties of four sizes, plans each several times in fresh
 * processes, and prints medians: wall time per stage, peak RSS, objective, bound, gap, rules held,
 * and the same model solved exactly by HiGHS in the same run. Figures, never assertions.
 *
 *   npm run bench                 all sizes, 3 runs each
 *   npm run bench -- --runs 5 --sizes 300,3000
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGenerate } from '../generate/write-county.js';

const SIZES: Record<string, { teachers: number; schools: number }> = {
  '300': { teachers: 300, schools: 15 },
  '3000': { teachers: 3000, schools: 120 },
  '12000': { teachers: 12000, schools: 400 },
  '80000': { teachers: 80000, schools: 1500 },
};

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const runs = Number(arg('--runs', '3'));
const sizes = arg('--sizes', Object.keys(SIZES).join(',')).split(',');
const solver = arg('--solver', 'auto');

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
}

const rows: string[][] = [];
for (const size of sizes) {
  const spec = SIZES[size];
  if (!spec) continue;
  const dir = join(tmpdir(), 'rotate-bench', `${spec.teachers}-${spec.schools}-seed1`);
  if (!existsSync(join(dir, 'teachers.csv'))) await runGenerate(dir, { ...spec, seed: 1, lang: 'zh', encoding: 'utf8' });
  const results: Once[] = [];
  for (let i = 0; i < runs; i++) {
    // The exact HiGHS comparison is made once per size (it is the same model every run).
    const line = execFileSync(process.execPath, [join(import.meta.dirname, 'plan-once.js'), dir, solver, i === 0 ? 'yes' : 'no'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const r = JSON.parse(line.trim().split('\n').pop() ?? '{}') as Once;
    results.push(r);
    process.stderr.write(`  ${size} run ${i + 1}/${runs}: ${f(r.wall)} s\n`);
  }
  const ok = results.filter((r) => r.ok);
  const first = ok[0];
  if (!first) {
    rows.push([`${spec.teachers}/${spec.schools}`, 'no plan', ...Array(11).fill('')]);
    continue;
  }
  const stage = (k: string): string => f(median(ok.map((r) => r.stages[k] ?? NaN)));
  const exact = first.highsExact;
  const closed = first.shortageBefore - first.shortageAfter;
  const bestClosed = first.leastShortage !== undefined && first.leastShortage !== null ? first.shortageBefore - first.leastShortage : null;
  rows.push([
    `${spec.teachers}/${spec.schools}`,
    f(median(ok.map((r) => r.wall))),
    `${stage('read')} / ${stage('solve')} / ${stage('write')}`,
    f(median(ok.map((r) => r.peakRss)) / 2 ** 20, 0),
    `${first.solver} ${first.status}`,
    f(first.objective, 1),
    f(first.bound, 1),
    `${f(100 * first.gap, 2)}%`,
    ok.every((r) => r.rulesHeld) ? 'yes' : 'NO',
    exact ? `${f(exact.seconds)} s, ${f(exact.objective, 1)}` : '—',
    exact?.objective ? `${f(median(ok.map((r) => r.stages['solve'] ?? NaN)) / exact.seconds)}× time, ${f((100 * (first.objective - exact.objective)) / Math.abs(exact.objective), 2)}% obj` : '—',
    bestClosed ? `${closed}/${bestClosed} = ${f((100 * closed) / bestClosed, 1)}%` : '—',
  ]);
}

const header = ['teachers/schools', 'wall s (median)', 'read / solve / write s', 'peak RSS MiB', 'solver', 'objective', 'bound', 'gap', 'rules held', 'HiGHS exact (same model)', 'vs HiGHS exact', 'shortage closed / best possible'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
process.stdout.write(`rotate bench: ${runs} runs per size, medians; node ${process.version}, solver ${solver}\n`);
process.stdout.write(`${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}\n${rows.map(line).join('\n')}\n`);
