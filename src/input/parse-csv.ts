/**
 * Text → header and records, each record numbered as Excel shows its row (the first line
 * is row 1). The CSV grammar is csv-parse's with Excel's habits on top: a quote opens a
 * field only at its very start (elsewhere it is a character), cells are trimmed
 * afterwards, and an `="000123"` text guard is removed.
 */
import { countEn, plural } from '../domain/plural.js';
import { parse } from 'csv-parse/sync';
import type { InputIssue } from '../domain/types.js';
import { groupDigits, MAX_CELL_CHARS, MAX_DATA_ROWS } from './limits.js';
import { splitPlain } from './split-plain.js';
import { isCommentCell } from './comment-cell.js';

/** One data row. `cells` has exactly as many entries as the header. */
export interface CsvRecord {
  /** Row as Excel shows it (header = 1, blank lines counted). */
  row: number;
  cells: string[];
  /** Cells past the header's width, all empty (read as a trailing comma; schema/shifted-rows.ts tells a slip from one). */
  extra?: number;
}

/** A parsed file: what could be read, and the problems found on the way. */
export interface ParsedCsv {
  header: string[];
  /** Row of the header (1 unless blank lines precede it). */
  headerRow: number;
  /** Rows with the header's number of cells; blank and ragged rows are left out. */
  records: CsvRecord[];
  delimiter: string;
  /** True when reading stopped at {@link MAX_DATA_ROWS} (an issue says so). */
  truncated: boolean;
  issues: InputIssue[];
  /**
   * Rows with too few or too many cells whose first cell starts with `#` (a comment, as config
   * files have them, commas and all): each has its issue like any ragged row, which a kind that takes comments (a policy
   * file, schema/comment-rows.ts) drops.
   */
  raggedComments: number[];
}

const CANDIDATES = [',', '\t', ';'] as const;

/** Counts `ch` in `line` outside double quotes. */
function countOutsideQuotes(line: string, ch: string): number {
  let quoted = false;
  let n = 0;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}

/**
 * The delimiter of a file, from its header line: the most frequent of comma, tab and
 * semicolon (ties go in that order); the full-width comma `，` only when none of them
 * occurs. A header with none of them is one column, read with a comma.
 */
export function sniffDelimiter(headerLine: string): string {
  let best: string = ',';
  let bestCount = 0;
  for (const d of CANDIDATES) {
    const n = countOutsideQuotes(headerLine, d);
    if (n > bestCount) [best, bestCount] = [d, n];
  }
  if (bestCount === 0 && countOutsideQuotes(headerLine, '，') > 0) return '，';
  return best;
}

/** Invisible characters that text pasted from web pages or chat carries (zero-width space, word joiner, a stray BOM). */
const INVISIBLE = /[\u200B\u2060\uFEFF]/gu;

/**
 * A trimmed cell without invisible characters, without Excel's `="…"` text guard (which
 * keeps `000123` from becoming 123) and without quotes left around it by a space beside them.
 * `T0001` with a zero-width space is `T0001`.
 */
export function cleanCell(cell: string): string {
  const s = cell.replace(INVISIBLE, '').trim();
  const guard = s.startsWith('="') ? /^="(.*)"$/su.exec(s) : null;
  if (guard) return (guard[1] ?? '').replace(/""/gu, '"').trim();
  // A cell typed with a space before its opening quote or after its closing one (` "000062"`,
  // `"000047"  `) is left quoted by the CSV grammar; the quotes were meant to hold the cell.
  const quoted = s.startsWith('"') ? /^"([^"]*)"$/u.exec(s) : null;
  return quoted ? (quoted[1] ?? '').trim() : s;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c === '');
}

/** Excel pads a header with empty cells when some row is wider; they are not columns. */
function withoutTrailingBlanks(cells: readonly string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

interface CsvParseError {
  code?: string;
  records?: number;
}

/** Thrown from inside csv-parse to stop reading a file that has too many rows. */
const TOO_MANY_ROWS = new Error('too many rows');

/**
 * Splits text into raw rows; stops at an unclosed quote and reports the row it opened on,
 * and stops after `maxRows` non-blank rows (the header included) so that a huge file is not
 * held in memory.
 */
function splitRows(text: string, delimiter: string, file: string, maxRows: number): { rows: string[][]; truncated: boolean; issues: InputIssue[] } {
  const rows: string[][] = [];
  let filled = 0;
  const onRecord = (record: string[]): void => {
    if (!record.every((c) => c.trim() === '') && ++filled > maxRows) throw TOO_MANY_ROWS;
    rows.push(record);
  };
  const options = {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    on_record: (record: string[]) => {
      onRecord(record);
      // Nothing is kept by csv-parse itself: the rows are collected here.
      return null;
    },
  };
  try {
    // Most files are plain CSV, read quicker by hand; csv-parse reads the others from the start.
    if (!splitPlain(text, delimiter, onRecord)) {
      rows.length = 0;
      filled = 0;
      parse(text, options);
    }
    return { rows, truncated: false, issues: [] };
  } catch (error) {
    if (error === TOO_MANY_ROWS || (error as { cause?: unknown }).cause === TOO_MANY_ROWS) {
      const limit = groupDigits(maxRows - 1);
      // Keep the header only, so that the file's kind can still be named.
      const header = rows.find((r) => !r.every((c) => c.trim() === ''));
      return {
        rows: header ? [header] : [],
        truncated: true,
        issues: [
          {
            file,
            zh: `数据行超过${limit}行的上限，未读取此文件（一个县的教师通常不超过几万人；是否选错了文件？）`,
            en: `more than ${limit} data rows, the most one file may have; the file was not read (a county rarely has more than a few tens of thousands of teachers: is it the right file?)`,
          },
        ],
      };
    }
    const e = error as CsvParseError;
    if (!e.code?.startsWith('CSV_')) throw error;
    const row = (e.records ?? rows.length) + 1;
    const issue: InputIssue =
      e.code === 'CSV_QUOTE_NOT_CLOSED'
        ? {
            file,
            row,
            zh: `此行开始的引号没有闭合，此行及以后的内容无法读取`,
            en: `a quote opened on this row is never closed; this row and the rest of the file cannot be read`,
          }
        : {
            file,
            row,
            zh: `此行不是有效的CSV（${e.code}），此行及以后的内容无法读取`,
            en: `this row is not valid CSV (${e.code}); this row and the rest of the file cannot be read`,
          };
    return { rows, truncated: false, issues: [issue] };
  }
}

/**
 * Excel writes `sep=;` as the first line of a CSV whose delimiter is not the comma and does
 * not show that line as a row. Returns the delimiter and the text after that line, or null.
 */
function sepLine(text: string): { delimiter: string; rest: string } | null {
  const m = /^sep=(.)[ \t]*(?:\n|$)/iu.exec(text);
  return m?.[1] === undefined ? null : { delimiter: m[1], rest: text.slice(m[0].length) };
}

/** Control characters no spreadsheet cell holds (tab, LF and CR are allowed): a sign of a damaged file. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

/** The first cell holding a control character, as an issue; undefined when none does. */
function controlCell(cells: readonly string[], header: readonly string[], file: string, row: number): InputIssue | undefined {
  const i = cells.findIndex((c) => CONTROL.test(c));
  if (i < 0) return undefined;
  const code = `U+${((cells[i] ?? '').match(CONTROL)?.[0] ?? '').codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') ?? '????'}`;
  const label = header[i];
  return {
    file,
    row,
    ...(label ? { column: label } : {}),
    zh: `单元格含有控制字符（${code}），文件可能已损坏`,
    en: `the cell holds a control character (${code}): is the file damaged?`,
  };
}

/** The first cell longer than Excel allows, as an issue; undefined when all fit. */
function longCell(cells: readonly string[], header: readonly string[], file: string, row: number): InputIssue | undefined {
  const i = cells.findIndex((c) => c.length > MAX_CELL_CHARS);
  if (i < 0) return undefined;
  const n = groupDigits((cells[i] ?? '').length);
  const max = groupDigits(MAX_CELL_CHARS);
  const label = header[i];
  return {
    file,
    row,
    ...(label ? { column: label } : {}),
    zh: `单元格有${n}个字符，超过Excel单元格的上限${max}（是否有引号没有闭合？）`,
    en: `the cell has ${n} characters, more than an Excel cell holds (${max}): is a quote left open?`,
  };
}

/**
 * When every data row (two or more) has the same number of cells other than the header's, it is
 * the header that differs (a column name typed in Notepad beside the rows, or one deleted): one
 * issue at the header says so, where a row-by-row issue each (800 alike) said nothing more.
 * Undefined otherwise (the rows' own issues stand).
 */
function wrongHeader(raggedCount: number, widths: ReadonlySet<number>, filled: number, header: readonly string[], file: string, headerRow: number): InputIssue | undefined {
  const [cells] = widths;
  if (cells === undefined || widths.size !== 1 || raggedCount !== filled || filled < 2) return undefined;
  const width = header.length;
  const last = header[width - 1] ?? '';
  const fewer = cells < width;
  return {
    file,
    row: headerRow,
    zh: fewer
      ? `表头有${width}列，而全部${filled}行数据都只有${cells}个单元格：表头是否多写了${width - cells}个列名（表头最后一列是「${last}」）？请删去多出的列名，或给每行补上这一列`
      : `表头有${width}列，而全部${filled}行数据都有${cells}个单元格：表头是否少了${cells - width}个列名？请补上列名`,
    en: fewer
      ? `the header has ${countEn(width, 'column')} but all ${filled} data rows have ${countEn(cells, 'cell')}: does the header name ${countEn(width - cells, 'column')} too many (its last is '${last}')? Delete the extra ${plural(width - cells, 'name', 'names')}, or give every row ${plural(width - cells, 'that column', 'those columns')}`
      : `the header has ${countEn(width, 'column')} but all ${filled} data rows have ${countEn(cells, 'cell')}: does the header lack ${countEn(cells - width, 'column name')}? Add ${plural(cells - width, 'it', 'them')}`,
  };
}

/**
 * Parses the text of one CSV file (line ends already `\n`). Never throws on bad input:
 * an empty file, an unclosed quote and ragged rows (more or fewer cells than the header)
 * become issues. Blank lines are skipped but still counted in row numbers. Empty cells at
 * the end of the header are not columns, and a row with more cells than the header is
 * accepted when every extra cell is empty (a trailing comma).
 * A header-only file gives zero records and no issue. A first line `sep=;` (Excel's own
 * delimiter hint) sets the delimiter and is not a row. A cell over {@link MAX_CELL_CHARS}
 * characters is an issue, and so is a file with more than `maxRows` data rows (it is then
 * not read further, so memory stays bounded).
 */
export function parseCsv(text: string, file: string, maxRows: number = MAX_DATA_ROWS): ParsedCsv {
  const sep = sepLine(text);
  const body = sep ? sep.rest : text;
  const firstLine = body.split('\n', 50).find((l) => l.trim() !== '') ?? '';
  const delimiter = sep ? sep.delimiter : sniffDelimiter(firstLine);
  const { rows, truncated, issues } = splitRows(body, delimiter, file, maxRows + 1);
  const headerIndex = rows.findIndex((r) => !isBlank(r.map(cleanCell)));
  const header = headerIndex >= 0 ? withoutTrailingBlanks((rows[headerIndex] ?? []).map(cleanCell)) : [];
  if (headerIndex < 0) {
    if (issues.length === 0) issues.push({ file, zh: '文件是空的', en: 'the file is empty' });
    return { header: [], headerRow: 1, records: [], delimiter, truncated, issues, raggedComments: [] };
  }
  const width = header.length;
  const records: CsvRecord[] = [];
  // Cells are cut from the text: when it holds no control character, no cell does.
  const controls = CONTROL.test(body);
  const ragged: InputIssue[] = [];
  const raggedWidths = new Set<number>();
  const raggedComments: number[] = [];
  let filled = 0;
  for (let i = headerIndex + 1; i < rows.length; i++) {
    // Cleaned in place: the raw cells are not needed again, and a file's rows are many.
    const cells = rows[i] ?? [];
    for (let j = 0; j < cells.length; j++) cells[j] = cleanCell(cells[j] ?? '');
    const row = i + 1;
    if (isBlank(cells)) continue;
    const comment = cells.length !== width && isCommentCell(cells[0] ?? '');
    // A comment line says nothing of the header's width.
    if (!comment) filled++;
    if (cells.length < width || (cells.length > width && !isBlank(cells.slice(width)))) {
      const issue: InputIssue = {
        file,
        row,
        zh: `此行有${cells.length}个单元格，表头有${width}列（可能有多余或缺少的分隔符）`,
        en: `this row has ${countEn(cells.length, 'cell')} but the header has ${countEn(width, 'column')} (a separator too many or too few?)`,
      };
      issues.push(issue);
      if (comment) raggedComments.push(row);
      else {
        raggedWidths.add(cells.length);
        ragged.push(issue);
      }
      continue;
    }
    const bad = longCell(cells, header, file, row) ?? (controls ? controlCell(cells, header, file, row) : undefined);
    if (bad) {
      issues.push(bad);
      continue;
    }
    records.push(cells.length === width ? { row, cells } : { row, cells: cells.slice(0, width), extra: cells.length - width });
  }
  const headerWide = wrongHeader(ragged.length, raggedWidths, filled, header, file, headerIndex + 1);
  if (headerWide) {
    const rowWise = new Set(ragged);
    issues.splice(0, issues.length, ...issues.filter((x) => !rowWise.has(x)), headerWide);
  }
  const headerLong = longCell(header, [], file, headerIndex + 1);
  if (headerLong) issues.push(headerLong);
  return { header, headerRow: headerIndex + 1, records, delimiter, truncated, issues, raggedComments };
}
