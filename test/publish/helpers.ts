/**
 * Helpers of the publication tests: counties in temporary folders (the sample, a generated one
 * with long reasons and ID-card numbers), planned and published with the real pipeline, and the
 * published workbook read back by the library.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll } from 'vitest';
import type { PolicySetting } from '../../src/domain/policy.js';
import { generateCounty } from '../../src/generate/generate-county.js';
import { writeCounty } from '../../src/generate/write-county.js';
import { runPublish, type PublishOutcome } from '../../src/pipeline/run-publish.js';
import { planInProcess, readPlanCsv, YEAR } from '../helpers/plan-run.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DATA = join(ROOT, 'data');

const made: string[] = [];
/** A temporary folder, removed when the test file is done. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The county's input files in a folder, sorted. */
export const inputsOf = (dir: string): string[] => readdirSync(dir).filter((f) => /\.(csv|xlsx)$/u.test(f)).sort().map((f) => join(dir, f));

/** A copy of the sample county (data/). */
export function sampleCounty(): string {
  const dir = tempDir('rotate-publish-sample-');
  for (const f of readdirSync(DATA)) copyFileSync(join(DATA, f), join(dir, f));
  return dir;
}

/** A valid-looking resident ID number (its check digit right), different for each `n`. */
export function idNumber(n: number): string {
  const body = `341122${1970 + (n % 30)}0${1 + (n % 9)}1${n % 10}${String(100 + (n % 900)).padStart(3, '0')}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (w[i] ?? 0), 0);
  return body + '10X98765432'[sum % 11];
}

/**
 * A generated county (Chinese values; headers in `lang`), with an ID-card column on the teachers
 * and, for some teachers, a long exemption reason, so that lists run over several pages and rows
 * wrap over several lines.
 */
export async function generatedCounty(lang: 'zh' | 'en', teachers = 1500, schools = 20, seed = 11): Promise<string> {
  const dir = tempDir(`rotate-publish-gen-${lang}-`);
  const county = generateCounty({ teachers, schools, seed, lang });
  await writeCounty(dir, county.files, 'utf8');
  const file = inputsOf(dir).find((f) => readFileSync(f, 'utf8').includes(lang === 'zh' ? '工号' : 'teacher_id') && !readFileSync(f, 'utf8').includes(lang === 'zh' ? '操作' : 'action'));
  if (!file) throw new Error('no teachers file');
  const { header, rows } = readPlanCsv(file);
  const exempt = header.find((h) => h === '免交流原因' || h === 'exempt') ?? (lang === 'zh' ? '免交流原因' : 'exempt');
  const idCol = lang === 'zh' ? '身份证号' : 'id_card';
  const cols = [...new Set([...header, exempt, idCol])];
  const long = '本人患有慢性疾病需长期门诊治疗且家中有年迈父母需要照顾, 经学校审核同意暂缓交流 Long reason with English words that wrap at spaces '.repeat(2);
  const lines = rows.map((r, i) => cols.map((c) => (c === idCol ? idNumber(i) : c === exempt ? (i % 37 === 5 ? long : (r[c] ?? '')) : (r[c] ?? ''))));
  const quote = (s: string): string => (/[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s);
  writeFileSync(file, `\uFEFF${[cols, ...lines].map((l) => l.map(quote).join(',')).join('\r\n')}\r\n`);
  return dir;
}

/** Plans a county folder into `dir/plan` (plan year 2026); returns the plan folder. */
export async function planCounty(dir: string): Promise<string> {
  const out = join(dir, 'plan');
  const r = await planInProcess(inputsOf(dir), out, { sets: [{ key: 'plan.year', value: String(YEAR), file: '--set' }] });
  if (r.kind !== 'written') throw new Error(`plan: ${r.kind}`);
  return out;
}

/**
 * The county planned again after the 公示 of `first` (its folder's plan): an objections file as a
 * clerk writes it (the first mover upheld to stay, the middle one upheld not to go where the plan
 * sent him or her, the last rejected) and `first` as the baseline; returns the new plan folder.
 */
export async function replanWithObjections(dir: string, first: string): Promise<string> {
  const moves = readPlanCsv(join(first, 'assignments.csv')).rows;
  const [a, b, c] = [moves[0], moves[Math.floor(moves.length / 2)], moves[moves.length - 1]];
  const file = join(tempDir('rotate-publish-objections-'), '异议.csv');
  const rows = [[a?.['工号'] ?? '', '同意', '留任', ''], [b?.['工号'] ?? '', '同意', '禁止', b?.['交流学校代码'] ?? ''], [c?.['工号'] ?? '', '驳回', '', '']];
  writeFileSync(file, `\uFEFF${[['工号', '处理结果', '操作', '学校代码'], ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`);
  const out = join(dir, 'plan2');
  const r = await planInProcess([...inputsOf(dir), file], out, { sets: [{ key: 'plan.year', value: String(YEAR), file: '--set' }], baseline: first });
  if (r.kind !== 'written') throw new Error(`plan: ${r.kind}`);
  return out;
}

let tags = 0;
/** runPublish in this process, plan year 2026. */
export function publish(args: string[], outDir: string, sets: Record<string, string> = {}): Promise<PublishOutcome> {
  const settings: PolicySetting[] = [{ key: 'plan.year', value: String(YEAR), file: '--set' }, ...Object.entries(sets).map(([key, value]) => ({ key, value, file: '--set' }))];
  return runPublish({ args, outDir, sets: settings }, { currentYear: YEAR, tag: `pub${process.pid}-${++tags}` });
}

/** A workbook's sheets: name → rows of cell texts (header first), cells read as stored. */
export function readBook(path: string): { names: string[]; sheets: Map<string, string[][]>; types: Map<string, string[][]> } {
  const wb = XLSX.read(readFileSync(path), { type: 'buffer' });
  const sheets = new Map<string, string[][]>();
  const types = new Map<string, string[][]>();
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    if (!ws) continue;
    const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
    const rows: string[][] = [];
    const kinds: string[][] = [];
    for (let r = range.s.r; r <= range.e.r; r++) {
      const row: string[] = [];
      const kind: string[] = [];
      for (let c = range.s.c; c <= range.e.c; c++) {
        const cell = ws[XLSX.utils.encode_cell({ r, c })] as { v?: unknown; t?: string } | undefined;
        row.push(cell?.v === undefined ? '' : String(cell.v));
        kind.push(cell?.t ?? '');
      }
      rows.push(row);
      kinds.push(kind);
    }
    sheets.set(name, rows);
    types.set(name, kinds);
  }
  return { names: wb.SheetNames, sheets, types };
}

/** The header's row in a sheet: the first with more than one cell filled (the heading's lines above it fill only their first, merged across). */
export function headerIndex(rows: readonly string[][]): number {
  return rows.findIndex((r) => r.filter((c) => c !== '').length > 1);
}

/** Rows of a sheet as records by header (the heading above it left out). */
export function records(rows: readonly string[][]): Record<string, string>[] {
  const [header = [], ...body] = rows.slice(Math.max(0, headerIndex(rows)));
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
