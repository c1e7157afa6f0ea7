/**
 * Workbooks written by a real spreadsheet program: the sample county's CSV files opened in
 * LibreOffice and saved as .xlsx and .xls (id columns imported as text, as a careful clerk does),
 * and a national-template look-alike saved by LibreOffice as .xls, each plan exactly as the CSV
 * files they came from. LibreOffice runs once per format, in beforeAll.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fastXlsx } from '../../src/input/fast-xlsx.js';
import { readWorkbook } from '../../src/input/read-workbook.js';
import { csvImport, libreOffice } from '../helpers/soffice.js';
import { planInProcess } from '../helpers/plan-run.js';
import { readCsvTable, templateSheet, withBirthDate, workbookBytes, writeCsvTable } from '../helpers/workbooks.js';

const DATA = join(import.meta.dirname, '../../data');
const TABLES = ['assignments.csv', 'schools.csv', 'teachers.csv'];
const SHEETS: Record<string, string> = { '学校.csv': '学校', '教师.csv': '教师', '岗位.csv': '岗位' };

let dir: string;
const inputs = (sub: string): string[] => readdirSync(join(dir, sub)).sort().map((f) => join(dir, sub, f));

/** The plan's tables, planned from `files`. */
async function planTables(files: string[], name: string): Promise<Record<string, string>> {
  const out = join(dir, 'plans', name);
  const r = await planInProcess(files, out, { sets: [{ key: 'plan.year', value: '2026', file: 'test' }] });
  expect(r.kind, JSON.stringify(r.kind === 'bad-input' ? r.issues.slice(0, 3) : r.kind)).toBe('written');
  return Object.fromEntries(TABLES.map((t) => [t, readFileSync(join(out, t), 'utf8')]));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rotate-lo-inputs-'));
  const convert = libreOffice();
  const csv = readdirSync(DATA).sort();
  for (const f of csv) copyFileSync(join(DATA, f), join(dir, f));
  // 学校代码 and 工号 are column 1, the teachers' 学校代码 column 3: imported as text, they keep their zeros.
  const sources = csv.map((f) => join(dir, f));
  convert(sources, 'xlsx', join(dir, 'xlsx'), csvImport([1, 3]));
  convert(sources, 'xls', join(dir, 'xls'), csvImport([1, 3]));
  // The national-template look-alike: written by the library, then opened and saved by LibreOffice as .xls.
  const sheets = csv.map((f) => {
    const table = readCsvTable(join(DATA, f));
    const { header, rows } = withBirthDate(table.header, table.rows);
    writeCsvTable(join(dir, 'twin', f), header, rows);
    const name = SHEETS[f] ?? f;
    return { name, sheet: templateSheet(`XX县${name}信息表`, header, rows) };
  });
  writeFileSync(join(dir, 'template.xlsx'), workbookBytes(sheets, 'xlsx'));
  convert([join(dir, 'template.xlsx')], 'xls', join(dir, 'national'));
}, 180_000);

describe('workbooks written by LibreOffice', () => {
  it('plans the .xlsx and .xls copies of the sample county exactly as its CSV files', async () => {
    const fromCsv = await planTables(readdirSync(DATA).sort().map((f) => join(DATA, f)), 'csv');
    expect(inputs('xlsx').map((p) => p.slice(-5))).toEqual(['.xlsx', '.xlsx', '.xlsx']);
    expect(await planTables(inputs('xlsx'), 'xlsx')).toEqual(fromCsv);
    expect(await planTables(inputs('xls'), 'xls')).toEqual(fromCsv);
  });

  it('plans a national-template look-alike saved by LibreOffice as .xls exactly as its CSV twin', async () => {
    const fromTwin = await planTables(inputs('twin'), 'twin');
    expect(await planTables(inputs('national'), 'national')).toEqual(fromTwin);
  });

  it('reads the .xlsx copies without the library, cell for cell as the library reads them', async () => {
    for (const path of inputs('xlsx')) {
      const bytes = new Uint8Array(readFileSync(path));
      // LibreOffice writes shared strings and a styles part: the plain reader takes them.
      expect(fastXlsx(bytes), path).not.toBeNull();
      expect(await readWorkbook(bytes), path).toEqual(await readWorkbook(bytes, 'library'));
    }
  });
});
