/**
 * Workbooks made for the tests: a CSV file's table written the way the national teacher
 * information system and bureaus write theirs (title and note rows, a two-row header with merged
 * group cells, `*` marks and units, code-prefixed values, numeric ids with a zero-padded number
 * format, a date column), and its CSV twin with the same content as plain text.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parse } from 'csv-parse/sync';
import * as XLSX from '@e965/xlsx';

/** A CSV file as a header and rows of text. */
export function readCsvTable(path: string): { header: string[]; rows: string[][] } {
  const records = parse(readFileSync(path, 'utf8').replace(/^\uFEFF/u, ''), { relax_column_count: true }) as string[][];
  const [header = [], ...rows] = records;
  return { header, rows };
}

/** Writes a header and rows as a CSV file (UTF-8 with BOM, as Excel writes "CSV UTF-8"). */
export function writeCsvTable(path: string, header: readonly string[], rows: readonly (readonly string[])[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const quote = (c: string): string => (/[",\n]/u.test(c) ? `"${c.replace(/"/gu, '""')}"` : c);
  writeFileSync(path, '\uFEFF' + [header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n');
}

/** Columns whose values the national system writes with a code before them. */
const CODED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  性别: { 男: '1-男', 女: '2-女' },
  学段: { 小学: '2-小学', 初中: '3-初中', 九年一贯制: '4-九年一贯制', 完全中学: '5-完全中学', 高中: '6-高中' },
  城乡类型: { 城区: '111-城区', 镇区: '121-镇区', 乡村: '220-乡村' },
  骨干等级: { 无: '0-无', 校级: '1-校级', 县级: '2-县级', 市级: '3-市级', 省级: '4-省级' },
  薄弱学校: { 是: '1-是', 否: '0-否' },
};

/** Id columns: digits become numbers shown with a zero-padded format, as the templates do. */
const ID_COLUMNS = new Set(['工号', '学校代码']);
/** Columns of whole numbers, written as number cells. */
const NUMBER_COLUMNS = new Set(['本校任教年限', '出生年份', '乡村任教年限', '在校学生数', '班级数', '岗位数', '纬度', '经度']);
/** Header marks the templates put on required columns and units. */
const MARKED: Readonly<Record<string, string>> = { 工号: '*工号', 姓名: '*姓名', 在校学生数: '在校学生数（人）', 岗位数: '岗位数(个)' };

/** The table with a date column (出生日期, from 出生年份) added, when it has a birth year. */
export function withBirthDate(header: readonly string[], rows: readonly (readonly string[])[]): { header: string[]; rows: string[][] } {
  const y = header.indexOf('出生年份');
  if (y < 0) return { header: [...header], rows: rows.map((r) => [...r]) };
  return { header: [...header, '出生日期'], rows: rows.map((r) => [...r, r[y] ? `${r[y]}-03-15` : '']) };
}

function dataCell(column: string, text: string): XLSX.CellObject {
  if (text === '') return { t: 'z' } as XLSX.CellObject;
  if (ID_COLUMNS.has(column) && /^\d+$/u.test(text)) return { t: 'n', v: Number(text), z: '0'.repeat(text.length) };
  if (NUMBER_COLUMNS.has(column) && /^-?\d+(\.\d+)?$/u.test(text)) return { t: 'n', v: Number(text) };
  if (column === '出生日期' && /^\d{4}-\d{2}-\d{2}$/u.test(text)) {
    const [y, m, d] = text.split('-').map(Number) as [number, number, number];
    return { t: 'n', v: (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000, z: 'yyyy-mm-dd' };
  }
  return { t: 's', v: CODED[column]?.[text] ?? text };
}

/**
 * One sheet in the national template's shape: a title row and a note row merged across, a group
 * row over the column names (the first column merged down through both rows), then the data.
 */
export function templateSheet(title: string, header: readonly string[], rows: readonly (readonly string[])[]): XLSX.WorkSheet {
  const width = header.length;
  const half = Math.ceil(width / 2);
  const groupRow: (string | null)[] = header.map((h, c) => (c === 0 ? (MARKED[h] ?? h) : c === 1 ? '基本信息' : c === half ? '任职信息' : null));
  const nameRow: (string | null)[] = header.map((h, c) => (c === 0 ? null : (MARKED[h] ?? h)));
  const aoa: unknown[][] = [[title], ['填表日期：2026年3月1日　　填表单位：（盖章）'], groupRow, nameRow, ...rows.map((r) => header.map((h, c) => dataCell(h, r[c] ?? '')))];
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  sheet['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: width - 1 } },
    { s: { r: 1, c: 0 }, e: { r: 1, c: width - 1 } },
    { s: { r: 2, c: 0 }, e: { r: 3, c: 0 } },
    { s: { r: 2, c: 1 }, e: { r: 2, c: half - 1 } },
    { s: { r: 2, c: half }, e: { r: 2, c: width - 1 } },
  ];
  return sheet;
}

/** A workbook of sheets, as bytes of an .xlsx or a BIFF8 .xls. */
export function workbookBytes(sheets: readonly { name: string; sheet: XLSX.WorkSheet; hidden?: boolean }[], bookType: 'xlsx' | 'biff8'): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(book, s.sheet, s.name);
  if (sheets.some((s) => s.hidden === true)) book.Workbook = { Sheets: sheets.map((s) => ({ Hidden: s.hidden === true ? 1 : 0 })) };
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType }) as Buffer);
}
