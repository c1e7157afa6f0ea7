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

/** A CSV Excel opens right: UTF-8 with BOM, CRLF line ends, headers in the input's language. */
export function toCsv<R>(columns: readonly Column<R>[], rows: readonly R[], lang: Lang): string {
  const header = columns.map((c) => (lang === 'zh' ? c.zh : c.en));
  const body = rows.map((r) => columns.map((c) => cell(c.get(r), lang)));
  return stringify([header, ...body], { bom: true, record_delimiter: '\r\n', quoted_match: /[",\r\n]/ });
}
