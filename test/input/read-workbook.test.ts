/**
 * Workbooks as input, without a spreadsheet program: workbooks written with the library in the
 * shapes bureaus and the national system use, read as their CSV twins are.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { County } from '../../src/domain/types.js';
import { readWorkbook, unpackedSize } from '../../src/input/read-workbook.js';
import { zip } from '../../src/output/xlsx/zip.js';
import { formatIssues } from '../../src/schema/format-issue.js';
import { loadCounty } from '../../src/schema/load-county.js';
import { readCsvTable, templateSheet, withBirthDate, workbookBytes, writeCsvTable } from '../helpers/workbooks.js';

const DATA = join(import.meta.dirname, '../../data');
const SHEETS: Record<string, string> = { '学校.csv': '学校', '教师.csv': '教师', '岗位.csv': '岗位' };

/** The county without where each row came from (file names differ between the twins). */
function content(c: County) {
  const strip = <T extends { source: unknown }>(xs: readonly T[]) => xs.map(({ source: _, ...rest }) => rest);
  return { schools: strip(c.schools), teachers: strip(c.teachers), posts: strip(c.posts ?? []), locks: strip(c.locks) };
}

async function load(paths: string[]): Promise<County> {
  const r = await loadCounty(paths);
  if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
  return r.value;
}

describe('a national-template look-alike workbook', () => {
  let dir: string;
  let twins: string[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rotate-workbook-'));
    const sheets = readdirSync(DATA).sort().map((f) => {
      const csv = readCsvTable(join(DATA, f));
      const { header, rows } = withBirthDate(csv.header, csv.rows);
      writeCsvTable(join(dir, f), header, rows);
      const name = SHEETS[f] ?? f;
      return { name, sheet: templateSheet(`XX县${name}信息表`, header, rows) };
    });
    twins = readdirSync(DATA).sort().map((f) => join(dir, f));
    writeFileSync(join(dir, 'book.xlsx'), workbookBytes(sheets, 'xlsx'));
    writeFileSync(join(dir, 'book.xls'), workbookBytes(sheets, 'biff8'));
  });

  it.each(['book.xlsx', 'book.xls'])('%s: three sheets read as the county its CSV twins hold', async (book) => {
    const fromCsv = await load(twins);
    const fromBook = await load([join(dir, book)]);
    expect(content(fromBook)).toEqual(content(fromCsv));
    expect(fromBook.teachers.find((t) => t.id === '000001')?.gender).toBe('M');
    expect(fromBook.files.map((f) => f.name).sort()).toEqual([`${book}[学校]`, `${book}[岗位]`, `${book}[教师]`]);
    expect(fromBook.lang).toBe('zh');
  });

  it('names the workbook, the sheet, the row and the column of a bad cell', async () => {
    const csv = readCsvTable(join(DATA, '教师.csv'));
    const rows = csv.rows.map((r, i) => (i === 4 ? r.map((c, j) => (csv.header[j] === '本校任教年限' ? '六' : c)) : r));
    const path = join(dir, 'bad.xlsx');
    writeFileSync(path, workbookBytes([{ name: '花名册', sheet: templateSheet('XX县教职工信息表', csv.header, rows) }], 'xlsx'));
    const r = await loadCounty([join(DATA, '学校.csv'), path]);
    expect(r.ok ? [] : formatIssues(r.issues)).toEqual(['bad.xlsx[花名册] 第9行「本校任教年限」: 应为不小于0的年数（如 8、8年、4.5、4年6个月）, 实为「六」 / row 9 years_at_school: expected a number of years ≥ 0 (8, 4.5, 4年6个月), found "六"']);
  });
});

describe('reading workbooks', () => {
  it('reads cells as Excel shows them: zero-padded ids, dates as YYYY-MM-DD, numbers as their text', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['工号', '出生日期', '本校任教年限', '学校代码'],
      [{ t: 'n', v: 12, z: '000000' }, { t: 'n', v: 29312, z: 'yyyy"年"m"月"d"日"' }, 8, 341122001],
    ]);
    const book = await readWorkbook(workbookBytes([{ name: 'S', sheet }], 'xlsx'));
    expect(book.ok && book.sheets[0]?.rows[1]).toEqual(['000012', '1980-04-01', '8', '341122001']);
  });

  it('reads a 12-digit number by its digits, and an 18-digit one (digits lost) as Excel shows it', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([['工号', '身份证'], [123456789012, 110101199001011234]]);
    const book = await readWorkbook(workbookBytes([{ name: 'S', sheet }], 'xlsx'));
    expect(book.ok && book.sheets[0]?.rows[1]).toEqual(['123456789012', '1.10101E+17']);
  });

  it('passes over sheets that are no table, and names each sheet when none is', async () => {
    const notes = XLSX.utils.aoa_to_sheet([['填表说明'], ['1. 工号须为6位']]);
    const dir = mkdtempSync(join(tmpdir(), 'rotate-workbook-'));
    const path = join(dir, 'notes.xlsx');
    writeFileSync(path, workbookBytes([{ name: '说明', sheet: notes }], 'xlsx'));
    const r = await loadCounty([join(DATA, '学校.csv'), path]);
    const lines = r.ok ? [] : formatIssues(r.issues);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^notes\.xlsx\[说明\]: 无法从表头判断文件类型/u);
  });

  it('reads a damaged workbook as one clear issue, without "no schools file" lines before it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-workbook-'));
    const path = join(dir, 'roster.xlsx');
    writeFileSync(path, new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]));
    const r = await loadCounty([path]);
    const lines = r.ok ? [] : formatIssues(r.issues);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^roster\.xlsx: 工作簿已损坏或格式无法识别/u);
  });

  it('says a workbook whose damaged bytes trip the reader is damaged, not what JavaScript said inside the reader', async () => {
    const xls = Buffer.from(workbookBytes([{ name: 'S', sheet: XLSX.utils.aoa_to_sheet([['工号', '姓名'], ['1', '王']]) }], 'biff8'));
    // Bytes flipped past the compound file's header, as a bad disk or a cut download leaves them: the reader trips on them (a TypeError).
    for (let i = 512; i < xls.length; i += 211) xls[i] = (xls[i] ?? 0) ^ 0x5a;
    const r = await readWorkbook(new Uint8Array(xls));
    expect(r).toEqual({
      ok: false,
      zh: '工作簿已损坏或格式无法识别；请在Excel或WPS中打开, 另存为 .xlsx 后再试',
      en: 'the workbook is damaged or in a format that cannot be read (its contents are damaged); open it in Excel or WPS, save it as .xlsx and try again',
    });
    // The reader's own words, where it names what is wrong, are kept.
    const notZip = await readWorkbook(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]));
    expect(notZip.ok ? '' : notZip.en).not.toContain('its contents are damaged');
  });
});

describe('a workbook that unpacks to more than memory allows', () => {
  it('is refused before it is unpacked', async () => {
    // A zip declares each entry's unpacked size in its central directory; a bomb declares gigabytes.
    const bytes = zip([{ name: 'xl/workbook.xml', data: new Uint8Array(10) }], (d) => d);
    const view = new DataView(bytes.buffer);
    const central = bytes.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, 2 ** 31, true);
    expect(unpackedSize(bytes)).toBe(2 ** 31);
    const book = await readWorkbook(bytes);
    expect(book.ok ? '' : book.en).toMatch(/^the workbook unpacks to 2048 MB, over the 1024 MB limit/u);
  });
});

describe('code-prefixed values in CSV files', () => {
  it('reads 1-男, 2-小学, 111-主城区 and 0-否 by their labels', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-coded-'));
    writeFileSync(join(dir, 's.csv'), '学校代码,学校名称,学段,城乡类型,在校学生数,薄弱学校\n001,一小,2-小学,111-主城区,500,0-否\n002,二小,2-小学,220-乡村,80,1-是\n');
    writeFileSync(join(dir, 't.csv'), '工号,姓名,学校代码,任教学科,本校任教年限,性别,骨干等级\nT1,王,001,语文,8,1-男,2-县级\nT2,李,002,数学,3,2-女,0-无\n');
    const c = await load([join(dir, 's.csv'), join(dir, 't.csv')]);
    expect(c.schools.map((s) => [s.stage, s.area, s.weak])).toEqual([['primary', 'urban', false], ['primary', 'rural', true]]);
    expect(c.teachers.map((t) => [t.gender, t.backbone])).toEqual([['M', 'county'], ['F', 'none']]);
  });
});
