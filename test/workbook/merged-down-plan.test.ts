/**
 * A roster that merges 学校代码 down each school's block of teachers, as county rosters often do
 * (Excel keeps the id in each block's top cell only): the sample county's teachers written so,
 * as .xlsx (the plain reader), as .xls (the library) and saved by LibreOffice as both, plans
 * byte for byte as its CSV files, with one warning for the sheet.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { fastXlsx } from '../../src/input/fast-xlsx.js';
import { readWorkbook } from '../../src/input/read-workbook.js';
import { formatIssues } from '../../src/schema/format-issue.js';
import { loadCounty } from '../../src/schema/load-county.js';
import { libreOffice } from '../helpers/soffice.js';
import { planInProcess } from '../helpers/plan-run.js';
import { readCsvTable, workbookBytes } from '../helpers/workbooks.js';

const DATA = join(import.meta.dirname, '../../data');
/** Every plan file but summary.json and report.html, which name the input files and their hashes. */
const SAME = ['assignments.csv', 'explain.json', 'plan.xlsx', 'principals.csv', 'schools.csv', 'teachers.csv'];

let dir: string;
let blocks: number;
let filled: number;

/** The teachers sheet with 学校代码 merged down each run of rows of one school, its id in the run's top cell only. */
function mergedTeachers(): XLSX.WorkSheet {
  const { header, rows } = readCsvTable(join(DATA, '教师.csv'));
  const c = header.indexOf('学校代码');
  const merges: XLSX.Range[] = [];
  const aoa: string[][] = [header];
  blocks = 0;
  filled = 0;
  for (let top = 0; top < rows.length; ) {
    let end = top;
    while (end + 1 < rows.length && rows[end + 1]?.[c] === rows[top]?.[c]) end++;
    for (let r = top; r <= end; r++) aoa.push((rows[r] ?? []).map((cell, i) => (i === c && r > top ? '' : cell)));
    if (end > top) {
      merges.push({ s: { r: top + 1, c }, e: { r: end + 1, c } });
      blocks++;
      filled += end - top;
    }
    top = end + 1;
  }
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  sheet['!merges'] = merges;
  return sheet;
}

const others = (): string[] => ['学校.csv', '岗位.csv'].map((f) => join(dir, f));

/** The plan files of `SAME`, planned from `files`. */
async function planFiles(files: string[], name: string): Promise<Record<string, Buffer>> {
  const out = join(dir, 'plans', name);
  const r = await planInProcess(files, out, { sets: [{ key: 'plan.year', value: '2026', file: 'test' }] });
  expect(r.kind, JSON.stringify(r.kind === 'bad-input' ? r.issues.slice(0, 3) : r.kind)).toBe('written');
  return Object.fromEntries(SAME.map((f) => [f, readFileSync(join(out, f))]));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rotate-merged-down-'));
  for (const f of ['学校.csv', '岗位.csv']) copyFileSync(join(DATA, f), join(dir, f));
  const sheets = [{ name: '教师', sheet: mergedTeachers() }];
  writeFileSync(join(dir, '教师.xlsx'), workbookBytes(sheets, 'xlsx'));
  writeFileSync(join(dir, '教师.xls'), workbookBytes(sheets, 'biff8'));
  const convert = libreOffice();
  convert([join(dir, '教师.xlsx')], 'xlsx', join(dir, 'lo'));
  convert([join(dir, '教师.xlsx')], 'xls', join(dir, 'lo'));
}, 180_000);

describe('the sample county with 学校代码 merged down each school’s teachers', () => {
  it('merges most rows (the roster a tester found 770 problems in)', () => {
    expect([blocks, filled]).toEqual([30, 770]);
  });

  it('gives the same merges through both readers', async () => {
    for (const path of [join(dir, '教师.xlsx'), join(dir, 'lo', '教师.xlsx')]) {
      const bytes = new Uint8Array(readFileSync(path));
      expect(fastXlsx(bytes), path).not.toBeNull();
      const book = await readWorkbook(bytes);
      expect(book, path).toEqual(await readWorkbook(bytes, 'library'));
      expect(book.ok && book.sheets[0]?.merges.length, path).toBe(blocks);
    }
  });

  it('is read with one warning naming the sheet, the column, the ranges and the rows', async () => {
    const r = await loadCounty([...others(), join(dir, '教师.xlsx')]);
    if (!r.ok) throw new Error(formatIssues(r.issues).slice(0, 3).join('\n'));
    expect(formatIssues(r.value.warnings ?? [])).toEqual([
      '教师.xlsx[教师]: 注意: 有向下合并的单元格，合并区域内各行已按区域顶端单元格的值读取（与表格中所见一致）：「学校代码」列30处，填入770行 / ' +
        'note: cells are merged down a column; each row of a merged range was read with the value of its top cell, as the sheet shows it: column school_id, 30 ranges, 770 rows filled',
    ]);
  });

  it('plans byte for byte as the CSV files, as .xlsx and .xls, written by the library and saved by LibreOffice', async () => {
    const fromCsv = await planFiles(readdirSync(DATA).sort().map((f) => join(DATA, f)), 'csv');
    for (const book of ['教师.xlsx', '教师.xls', 'lo/教师.xlsx', 'lo/教师.xls']) {
      expect(await planFiles([...others(), join(dir, book)], book.replace('/', '-')), book).toEqual(fromCsv);
    }
  }, 120_000);
});
