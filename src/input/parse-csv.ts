/**
 * Text → header and records, each record numbered as Excel shows its row (the first line
 * is row 1). The CSV grammar is csv-parse's with Excel's habits on top: a quote opens a
 * field only at its very start (elsewhere it is a character), cells are trimmed
 * afterwards, and an `="000123"` text guard is removed.
 */
import { parse } from 'csv-parse/sync';
import type { InputIssue } from '../domain/types.js';

/** One data row. `cells` has exactly as many entries as the header. */
export interface CsvRecord {
  /** Row as Excel shows it (header = 1, blank lines counted). */
  row: number;
  cells: string[];
}

/** A parsed file: what could be read, and the problems found on the way. */
export interface ParsedCsv {
  header: string[];
  /** Row of the header (1 unless blank lines precede it). */
  headerRow: number;
  /** Rows with the header's number of cells; blank and ragged rows are left out. */
  records: CsvRecord[];
  delimiter: string;
  issues: InputIssue[];
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

/** A trimmed cell without Excel's `="…"` text guard (which keeps `000123` from becoming 123). */
export function cleanCell(cell: string): string {
  const s = cell.trim();
  const guard = /^="(.*)"$/su.exec(s);
  return guard ? (guard[1] ?? '').replace(/""/gu, '"').trim() : s;
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

/** Splits text into raw rows; stops at an unclosed quote and reports the row it opened on. */
function splitRows(text: string, delimiter: string, file: string): { rows: string[][]; issues: InputIssue[] } {
  const rows: string[][] = [];
  const options = {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    on_record: (record: string[]) => {
      rows.push(record);
      return record;
    },
  };
  try {
    parse(text, options);
    return { rows, issues: [] };
  } catch (error) {
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
    return { rows, issues: [issue] };
  }
}

/**
 * Parses the text of one CSV file (line ends already `\n`). Never throws on bad input:
 * an empty file, an unclosed quote and ragged rows (more or fewer cells than the header)
 * become issues. Blank lines are skipped but still counted in row numbers. Empty cells at
 * the end of the header are not columns, and a row with more cells than the header is
 * accepted when every extra cell is empty (a trailing comma).
 * A header-only file gives zero records and no issue.
 */
export function parseCsv(text: string, file: string): ParsedCsv {
  const firstLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const delimiter = sniffDelimiter(firstLine);
  const { rows, issues } = splitRows(text, delimiter, file);
  const cleaned = rows.map((r) => r.map(cleanCell));
  const headerIndex = cleaned.findIndex((r) => !isBlank(r));
  const header = headerIndex >= 0 ? withoutTrailingBlanks(cleaned[headerIndex] ?? []) : [];
  if (headerIndex < 0) {
    if (issues.length === 0) issues.push({ file, zh: '文件是空的', en: 'the file is empty' });
    return { header: [], headerRow: 1, records: [], delimiter, issues };
  }
  const width = header.length;
  const records: CsvRecord[] = [];
  cleaned.forEach((cells, i) => {
    const row = i + 1;
    if (i <= headerIndex || isBlank(cells)) return;
    const extra = cells.slice(width);
    if (cells.length < width || !isBlank(extra)) {
      issues.push({
        file,
        row,
        zh: `此行有${cells.length}个单元格，表头有${width}列（可能有多余或缺少的分隔符）`,
        en: `this row has ${cells.length} cells but the header has ${width} columns (a separator too many or too few?)`,
      });
      return;
    }
    records.push({ row, cells: cells.slice(0, width) });
  });
  return { header, headerRow: headerIndex + 1, records, delimiter, issues };
}
