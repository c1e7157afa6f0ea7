/**
 * `npm run bench:workbook`: how long workbooks take, as figures (never assertions). Generates a
 * seeded county, writes its tables as one .xlsx and one .xls (three sheets each), and prints the
 * median time to load the county from the CSV files, the .xlsx and the .xls, and to write the
 * plan.xlsx of a plan of that size.
 *
 *   npm run bench:workbook                     3,000 teachers, 3 runs
 *   npm run bench:workbook -- --teachers 12000 --runs 5
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runGenerate } from '../generate/write-county.js';
import { planTable, planWorkbook } from '../plan-folder/plan-workbook.js';
import { loadCounty } from '../schema/load-county.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1] ?? fallback) : fallback;
};
const teachers = arg('--teachers', 3000);
const runs = arg('--runs', 3);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function timed(f: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  return median(times) / 1000;
}

async function main(): Promise<void> {
  const XLSX = await import('@e965/xlsx');
  const dir = mkdtempSync(join(tmpdir(), 'rotate-bench-workbook-'));
  await runGenerate(join(dir, 'county'), { teachers, schools: Math.max(5, Math.round(teachers / 25)), seed: 1, lang: 'zh', encoding: 'utf8', locks: false });
  const csv = readdirSync(join(dir, 'county')).sort().map((f) => join(dir, 'county', f));
  const book = XLSX.utils.book_new();
  for (const f of csv) {
    const text = readFileSync(f, 'utf8').replace(/^\uFEFF/u, '');
    const rows = text.trim().split(/\r?\n/u).map((l) => l.split(','));
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), f.replace(/^.*[\\/]/u, '').replace(/\.csv$/u, ''));
  }
  for (const type of ['xlsx', 'biff8'] as const) writeFileSync(join(dir, `county.${type === 'biff8' ? 'xls' : 'xlsx'}`), XLSX.write(book, { type: 'buffer', bookType: type }) as Buffer);
  const load = async (paths: string[]) => {
    const r = await loadCounty(paths);
    if (!r.ok) throw new Error(`the generated county does not load: ${r.issues[0]?.en ?? ''}`);
    return r.value;
  };
  const county = await load(csv);
  const rows = [`load, ${teachers} teachers (median of ${runs}, seconds):`];
  rows.push(`  CSV files   ${(await timed(() => load(csv))).toFixed(2)}`);
  rows.push(`  .xlsx       ${(await timed(() => load([join(dir, 'county.xlsx')]))).toFixed(2)}`);
  rows.push(`  .xls        ${(await timed(() => load([join(dir, 'county.xls')]))).toFixed(2)}`);
  // A plan.xlsx as large as the county: every teacher in the teachers sheet, a tenth of them moved.
  const columns = [
    { en: 'teacher_id', zh: '工号', get: (t: (typeof county.teachers)[number]) => t.id },
    { en: 'name', zh: '姓名', get: (t: (typeof county.teachers)[number]) => t.name },
    { en: 'school_id', zh: '学校代码', get: (t: (typeof county.teachers)[number]) => t.schoolId },
    { en: 'subject', zh: '任教学科', get: (t: (typeof county.teachers)[number]) => t.subjectLabel },
    { en: 'years_at_school', zh: '本校任教年限', get: (t: (typeof county.teachers)[number]) => t.yearsAtSchool },
    { en: 'reason', zh: '理由', get: (t: (typeof county.teachers)[number]) => `本校任教${t.yearsAtSchool}年, 补乡村学校缺员` },
  ];
  let size = 0;
  const write = await timed(async () => {
    const t = planTable(columns, county.teachers);
    const m = planTable(columns, county.teachers.slice(0, Math.ceil(county.teachers.length / 10)));
    size = (await planWorkbook('zh', [m, t, t], {})).length;
  });
  rows.push(`write plan.xlsx   ${write.toFixed(2)} s, ${(size / 1024).toFixed(0)} KB`);
  process.stdout.write(`${rows.join('\n')}\n`);
}

await main();
