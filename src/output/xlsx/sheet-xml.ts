/**
 * One worksheet's XML (SpreadsheetML, ECMA-376 part 1 §18.3): optionally a heading above the table
 * (a title, a subtitle and notice lines, each across the table's columns), then a header row,
 * frozen with everything above it, with filters and repeated on every printed page; column
 * widths fitted to Chinese text; A4 landscape, one page wide. Text cells are shared strings, so a
 * cell written as text stays text (an id keeps its zeros and a leading `-` or `=` is never a
 * formula).
 */
import { AsciiBytes } from './ascii-bytes.js';
import type { SharedStrings } from './shared-strings.js';

/** A cell: text, a number, or nothing. */
export type CellValue = string | number | null;

/** What stands above a sheet's table, each line a row of its own across the table's columns. */
export interface SheetHeading {
  /** Centred, large and bold. */
  title: string;
  /** Centred and bold, under the title. */
  subtitle: string;
  /** Plain, under the subtitle. */
  lines: readonly string[];
}

/** One sheet of a workbook: a header row and rows under it, and a heading above them if given. */
export interface SheetData {
  /** The tab's name (at most 31 characters, none of `[]:*?/\`). */
  name: string;
  heading?: SheetHeading;
  header: readonly string[];
  rows: readonly (readonly CellValue[])[];
}

/** Style indexes of styles.xml (see {@link STYLES_XML}). */
export const STYLE = { number: 0, text: 1, header: 2, title: 3, subtitle: 4 } as const;

/** Widest a column is made, in characters; longer text (a reason) simply runs on. */
const MAX_WIDTH = 60;
const MIN_WIDTH = 6;

/** `A`, `B`, …, `Z`, `AA` for a 0-based column. */
export function columnName(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Characters no XML 1.0 document may hold (control characters other than tab, LF, CR). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;

/** Text escaped for XML content and attributes; a text with nothing to escape (most are) is returned as it is, after one scan. */
export function xmlText(text: string): string {
  if (!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF&<>"]/u.test(text)) return text;
  return text.replace(NOT_XML, '').replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

/** The heading's lines with their styles, top down (none without a heading). */
function headingRows(sheet: SheetData): { text: string; style: number }[] {
  const h = sheet.heading;
  if (!h) return [];
  return [{ text: h.title, style: STYLE.title }, { text: h.subtitle, style: STYLE.subtitle }, ...h.lines.map((text) => ({ text, style: STYLE.text }))];
}

/** The header's row number (1 without a heading). */
export function headerRow(sheet: SheetData): number {
  return headingRows(sheet).length + 1;
}

/** The range of the header and all rows: `A1:K93` (`A6:K98` under a heading of five lines). */
export function sheetRange(sheet: SheetData): string {
  const top = headerRow(sheet);
  return `A${top}:${columnName(Math.max(0, sheet.header.length - 1))}${sheet.rows.length + top}`;
}

/**
 * The worksheet XML, as its bytes (all ASCII). Each text is numbered by `strings`, which all sheets
 * share, in the order the cells come (header first, then row by row).
 *
 * Written in one pass over the cells, straight into bytes: the rows go first, after room kept for
 * the head, measuring each column's widest cell (a text measured once, by `strings`); the head
 * with the column widths is then written into that room, so the rows are never copied. Once the
 * first rows show about how long a row is, the buffer is grown once to the whole sheet's size
 * (an 80,000-teacher plan's teachers' sheet is 25 MB of XML), not doubled again and again.
 */
export function sheetXml(sheet: SheetData, strings: SharedStrings): Uint8Array {
  const width = sheet.header.length;
  const range = sheetRange(sheet);
  const heading = headingRows(sheet);
  const top = heading.length + 1;
  const tail = sheetTail(width, range, heading.length);
  const body = new AsciiBytes(1 << 16, sheetHead(width, range, top, sheet.header.map(() => MAX_WIDTH)).length);
  const opens = Array.from({ length: width }, (_, c) => `<c r="${columnName(c)}`);
  // The heading's lines are merged across the columns and not measured: a long notice line does not widen column A.
  heading.forEach((line, k) => {
    body.text(k === 0 ? `<row r="1" ht="${TITLE_HEIGHT}" customHeight="1"><c r="A1` : `<row r="${k + 1}"><c r="A${k + 1}`);
    body.text(`" s="${line.style}" t="s"><v>`);
    body.digits(strings.index(line.text));
    body.text('</v></c></row>');
  });
  const widest = sheet.header.map((h) => strings.width(strings.index(h)) + 2); // room for the filter button
  body.text(`<row r="${top}">`);
  sheet.header.forEach((h, c) => {
    body.text(opens[c] ?? '');
    body.text(`${top}" s="${STYLE.header}" t="s"><v>`);
    body.digits(strings.index(h));
    body.text('</v></c>');
  });
  body.text('</row>');
  const numberCell = `" s="${STYLE.number}"><v>`;
  const textCell = `" s="${STYLE.text}" t="s"><v>`;
  const rows = sheet.rows.length;
  sheet.rows.forEach((row, i) => {
    // Row numbers grow by a digit now and then: a tenth more than the first rows' length is room enough.
    if (i === SAMPLE_ROWS && rows > 2 * SAMPLE_ROWS) body.reserve(Math.ceil((body.length / SAMPLE_ROWS) * rows * 1.1) + tail.length);
    const r = String(i + top + 1);
    body.text(`<row r="${r}">`);
    for (let c = 0; c < width; c++) {
      const v = row[c];
      if (v === null || v === undefined) continue;
      if (typeof v === 'number') {
        const text = String(v);
        // A figure's text is ASCII: its columns are its characters (and one not written still counts).
        widest[c] = Math.max(widest[c] ?? 0, text.length);
        if (!Number.isFinite(v)) continue;
        body.text(opens[c] ?? '');
        body.text(r);
        body.text(numberCell);
        body.text(text);
      } else {
        const index = strings.index(v);
        widest[c] = Math.max(widest[c] ?? 0, strings.width(index));
        body.text(opens[c] ?? '');
        body.text(r);
        body.text(textCell);
        body.digits(index);
      }
      body.text('</v></c>');
    }
    body.text('</row>');
  });
  return body.framed(sheetHead(width, range, top, widest), tail);
}

/** The title row's height, in points (the title's font is 14 points). */
const TITLE_HEIGHT = 24;

/** Rows written before the buffer is grown to the size they suggest for the whole sheet. */
const SAMPLE_ROWS = 256;

/** The worksheet's XML before its rows, with the columns' widths (in characters, each kept within MIN_WIDTH–MAX_WIDTH); the rows down to the header (`top`) are frozen. */
function sheetHead(width: number, range: string, top: number, widest: readonly number[]): string {
  const cols = widest.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 1))}" customWidth="1"/>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="${top === 1 ? range : range.replace(/^A\d+/u, 'A1')}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${top}" topLeftCell="A${top + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${top + 1}" sqref="A${top + 1}"/></sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (width > 0 ? `<cols>${cols}</cols>` : '') +
    '<sheetData>'
  );
}

/** The worksheet's XML after its rows: the filter, the heading's `lines` merged across the columns, the margins and the page. */
function sheetTail(width: number, range: string, lines: number): string {
  const last = columnName(Math.max(0, width - 1));
  const merges = width > 1 && lines > 0 ? `<mergeCells count="${lines}">${Array.from({ length: lines }, (_, k) => `<mergeCell ref="A${k + 1}:${last}${k + 1}"/>`).join('')}</mergeCells>` : '';
  return (
    '</sheetData>' +
    (width > 0 ? `<autoFilter ref="${range}"/>` : '') +
    merges +
    '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    '</worksheet>'
  );
}
