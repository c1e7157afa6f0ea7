/**
 * One worksheet's XML (SpreadsheetML, ECMA-376 part 1 §18.3): a header row, frozen, with filters
 * and repeated on every printed page; column widths fitted to Chinese text; A4 landscape, one
 * page wide. Text cells are shared strings, so a cell written as text stays text (an id keeps its
 * zeros and a leading `-` or `=` is never a formula).
 */
import { displayWidth as stringWidth } from '../display-width.js';

/** A cell: text, a number, or nothing. */
export type CellValue = string | number | null;

/** One sheet of a workbook: a header row and rows under it. */
export interface SheetData {
  /** The tab's name (at most 31 characters, none of `[]:*?/\`). */
  name: string;
  header: readonly string[];
  rows: readonly (readonly CellValue[])[];
}

/** Style indexes of styles.xml (see {@link STYLES_XML}). */
export const STYLE = { number: 0, text: 1, header: 2 } as const;

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

/** Text escaped for XML content and attributes. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

/** Width of a column in Excel's character units: the widest cell, a CJK character counting 2. */
function columnWidth(sheet: SheetData, c: number): number {
  let widest = stringWidth(sheet.header[c] ?? '') + 2; // room for the filter button
  for (const row of sheet.rows) {
    const v = row[c];
    if (v === null || v === undefined) continue;
    widest = Math.max(widest, stringWidth(typeof v === 'number' ? String(v) : v));
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 1));
}

/** The range of the header and all rows: `A1:K93`. */
export function sheetRange(sheet: SheetData): string {
  return `A1:${columnName(Math.max(0, sheet.header.length - 1))}${sheet.rows.length + 1}`;
}

/**
 * The worksheet XML. `stringIndex` gives the shared-string index of a text (adding it when new),
 * so that all sheets share one table.
 */
export function sheetXml(sheet: SheetData, stringIndex: (text: string) => number): string {
  const width = sheet.header.length;
  const cols = Array.from({ length: width }, (_, c) => `<col min="${c + 1}" max="${c + 1}" width="${columnWidth(sheet, c)}" customWidth="1"/>`).join('');
  const cell = (v: CellValue | undefined, ref: string, style: number): string => {
    if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return '';
    if (typeof v === 'number') return `<c r="${ref}" s="${style}"><v>${String(v)}</v></c>`;
    return `<c r="${ref}" s="${style}" t="s"><v>${stringIndex(v)}</v></c>`;
  };
  const names = Array.from({ length: width }, (_, c) => columnName(c));
  const rows: string[] = [];
  const header = sheet.header.map((h, c) => cell(h, `${names[c]}1`, STYLE.header)).join('');
  rows.push(`<row r="1">${header}</row>`);
  sheet.rows.forEach((row, i) => {
    const r = i + 2;
    // Joined, not added up with +=: a string added up cell by cell stays a chain of pieces until it
    // is read whole, and an 80,000-teacher city's rows held that way peaked at 655 MiB (550 joined).
    const cells = Array.from({ length: width }, (_, c) => {
      const v = row[c];
      return cell(v, `${names[c]}${r}`, typeof v === 'number' ? STYLE.number : STYLE.text);
    }).join('');
    rows.push(`<row r="${r}">${cells}</row>`);
  });
  const range = sheetRange(sheet);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="${range}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (width > 0 ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    (width > 0 ? `<autoFilter ref="${range}"/>` : '') +
    '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    '</worksheet>'
  );
}
