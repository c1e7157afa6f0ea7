import { stringify } from 'csv-stringify/sync';
import type { Lang } from '../domain/types.js';

/** A column of an output table: both header names are part of the file contract. */
export interface Column<R> {
  en: string;
  zh: string;
  get: (row: R) => string | number | boolean | undefined;
}

/** Fixed decimals for figures, trailing zeros trimmed: the same number always prints the same. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) return String(n);
  return n.toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * Text that Excel would run as a formula (=, +, -, @, tab, CR at the start) gets a leading
 * apostrophe, so the cell shows as text (OWASP CSV injection guidance).
 */
export function excelSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cell(v: string | number | boolean | undefined, lang: Lang): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return lang === 'zh' ? (v ? '是' : '否') : v ? 'yes' : 'no';
  return excelSafe(v);
}

/** A cell csv-stringify quotes, given {@link OPTIONS}: one holding the quote, the delimiter or a line end. */
const QUOTED = /[",\r\n]/;
const OPTIONS = { record_delimiter: '\r\n', quoted_match: QUOTED } as const;

/**
 * A CSV Excel opens right: UTF-8 with BOM, CRLF line ends, headers in the input's language.
 * csv-stringify writes each cell that must be quoted; a cell that need not be is itself, and the
 * cells and records are joined as csv-stringify joins them (the same bytes as stringifying the
 * whole table, which costs it an object or two per cell: 300 MB of garbage for the 80,000-teacher
 * city's tables).
 */
export function toCsv<R>(columns: readonly Column<R>[], rows: readonly R[], lang: Lang): string {
  // A cell that must be quoted is quoted once per table (many repeat: 本校任教3年, 未满6年).
  const quoted = new Map<string, string>();
  const lines = [record(columns.map((c) => (lang === 'zh' ? c.zh : c.en)), quoted)];
  for (const r of rows) lines.push(record(columns.map((c) => cell(c.get(r), lang)), quoted));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** One record's line, without its line end; `quoted` holds the cells quoted so far. */
function record(cells: string[], quoted: Map<string, string>): string {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] ?? '';
    if (!QUOTED.test(c)) continue;
    let q = quoted.get(c);
    if (q === undefined) quoted.set(c, (q = stringify([[c]], { ...OPTIONS, eof: false })));
    cells[i] = q;
  }
  return cells.join(',');
}
