/**
 * A sheet of per-school blocks pasted one under another: each block starts with its title row
 * (`城关第二小学教师名单`) and the header row again. Read as records, every repeated header was an
 * error on each cell (「性别」 expected 男/女, found 「性别」) and every title on each required
 * column. A row that repeats the header, and the title directly above it (a row with one cell
 * filled), are no records: left out, with one warning per table naming their rows.
 */
import type { CsvRecord } from '../input/parse-csv.js';
import { firstOf } from '../domain/text.js';
import type { InputIssue } from '../domain/types.js';
import type { HeaderMatch } from './match-headers.js';

/** What a table holds besides its records: the rows of repeated headers and their titles, and the titles' texts. */
export interface Repeated {
  records: readonly CsvRecord[];
  rows: number[];
  titles: string[];
}

/**
 * True for a row that repeats the header: each read column's cell is blank or its header as
 * written, and at least `least` of them are the header. A record fails at its first filled cell.
 */
function repeatsHeader(cells: readonly string[], read: readonly { index: number; label: string }[], least: number): boolean {
  let same = 0;
  for (const c of read) {
    const cell = cells[c.index] ?? '';
    if (cell === c.label) same++;
    else if (cell !== '') return false;
  }
  return same >= least;
}

/** The one filled cell of a title row, or undefined for a row with none or several. */
function titleOf(cells: readonly string[]): string | undefined {
  const filled = cells.filter((c) => c !== '');
  return filled.length === 1 ? filled[0] : undefined;
}

/** The records without the repeated headers and the title row directly above each (blank rows between them aside). */
export function withoutRepeatedHeaders(match: HeaderMatch, records: readonly CsvRecord[]): Repeated {
  const read = [...match.columns.values()];
  // Two equal cells make a header: a record's one filled cell that happens to read as its column's name does not.
  const least = Math.min(2, read.length);
  if (!records.some((r) => repeatsHeader(r.cells, read, least))) return { records, rows: [], titles: [] };
  const kept: CsvRecord[] = [];
  const rows: number[] = [];
  const titles: string[] = [];
  for (const r of records) {
    if (!repeatsHeader(r.cells, read, least)) {
      kept.push(r);
      continue;
    }
    const above = kept.at(-1);
    const title = above ? titleOf(above.cells) : undefined;
    if (above && title !== undefined) {
      kept.pop();
      rows.push(above.row);
      titles.push(title);
    }
    rows.push(r.row);
  }
  return { records: kept, rows, titles };
}

/** How many rows a warning names before `…`. */
const NAMED = 6;

/** The one warning of a table with repeated headers. */
export function repeatedHeaderWarning(rows: readonly number[], file: string): InputIssue {
  return {
    file,
    zh: `第${firstOf(rows, NAMED, '、', '…')}行是重复的表头行或其上的标题行（分块粘贴的表）, 未读入`,
    en: `rows ${firstOf(rows, NAMED, ', ', ', …')} repeat the header row or are the title above one (blocks pasted one under another) and were not read`,
  };
}

/**
 * The error of a table with no school column whose blocks have titles of their own: the blocks may
 * be different schools' teachers, and the school of the sheet (its name, its first title) would
 * take them all. `context` holds the texts that school is read from.
 */
export function blockSchoolsIssue(titles: readonly string[], context: readonly string[], file: string): InputIssue | null {
  const other = [...new Set(titles.filter((t) => !context.includes(t)))];
  if (other.length === 0) return null;
  const zh = firstOf(other.map((t) => `「${t}」`), 3, '', '…');
  const en = firstOf(other.map((t) => `"${t}"`), 3, ', ', ', …');
  return {
    file,
    column: '学校代码',
    key: 'school_id',
    zh: `表中分块粘贴, 各块的标题（${zh}）可能是不同的学校, 但表中没有「学校代码」列, 无法分辨各块教师的学校; 请加学校代码列, 或把每块放到以学校命名的工作表中`,
    en: `the table is in blocks pasted one under another whose titles (${en}) may name different schools, but it has no school_id (学校代码) column to tell each block's school by; add the column, or put each block on a sheet named after its school`,
  };
}
