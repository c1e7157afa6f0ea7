/**
 * A worksheet as text, whichever reader read it (the library, or {@link fastXlsx} for a plain
 * .xlsx), and what both agree on: how many rows are read, and how a date serial is written.
 */
import { MAX_DATA_ROWS } from './limits.js';
import type { NumberFormats } from '../xlsx-mini-build.js';

/** A rectangle of merged cells, 0-based and inclusive (row r0..r1, column c0..c1). */
export interface Merge {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** One worksheet as text. */
export interface SheetText {
  /** The sheet's name as its tab shows it. */
  name: string;
  /**
   * Rows from the sheet's first row (index 0 = Excel row 1); cells from column A; '' for empty.
   * Chinese text garbled by a wrong encoding on the way in (see `repairMojibake`) is restored.
   */
  rows: string[][];
  merges: Merge[];
  /** True when the sheet had more rows than are read (see {@link MAX_DATA_ROWS}). */
  truncated: boolean;
  /** True for a sheet the workbook hides (a template's code lists, a sheet put away): its tab is not shown. */
  hidden?: true;
  /** Rows (0-based, ascending) the sheet hides that hold text: filtered out by an AutoFilter, or hidden by hand. Absent when none. */
  hiddenRows?: number[];
}

/**
 * The sheet with `hiddenRows` set to those of `hidden` (0-based row indexes, any order) that hold
 * text: a hidden row holding nothing, or one past the rows read, is nothing to tell. Both readers
 * give the same list this way, whichever empty rows each one saw.
 */
export function withHiddenRows(sheet: SheetText, hidden: Iterable<number>): SheetText {
  const rows = [...new Set(hidden)].filter((r) => sheet.rows[r]?.some((c) => c !== '') === true).sort((a, b) => a - b);
  return rows.length > 0 ? { ...sheet, hiddenRows: rows } : sheet;
}

/** Rows read per sheet: the data-row limit plus room for title, note and header rows. */
export const MAX_SHEET_ROWS = MAX_DATA_ROWS + 50;

/** `YYYY-MM-DD` of an Excel date serial, in the workbook's date system (1900, or 1904 of old Mac files). */
export function serialToIsoDate(ssf: NumberFormats, serial: number, date1904: boolean): string {
  const parts = ssf.parse_date_code(serial, { date1904 }) as { y: number; m: number; d: number };
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  return `${pad(parts.y, 4)}-${pad(parts.m, 2)}-${pad(parts.d, 2)}`;
}

/**
 * A number cell's text as Excel shows it, given its number format (`format`, undefined for none)
 * and the text the library formats it to (`shown`, asked only when needed): a date as
 * `YYYY-MM-DD`, a whole number in the General format by its digits, else as formatted.
 */
export function numberText(ssf: NumberFormats, v: number, format: string | undefined, shown: () => string | undefined, date1904: boolean): string {
  const f = format ?? 'General';
  if (f !== 'General' && ssf.is_date(f) && v >= 1) return serialToIsoDate(ssf, v, date1904);
  // A whole number Excel holds exactly (15 digits) is its digits, however narrow the column that
  // shows it as 1.23457E+11; a longer one (an ID-card number) has lost digits and shows as Excel shows it.
  if (f === 'General' && Number.isSafeInteger(v) && Math.abs(v) < 1e15) return String(v);
  return shown() ?? String(v);
}
