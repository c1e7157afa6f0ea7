/**
 * Workbook bytes → sheets of cell text, each cell as Excel shows it. Bureaus keep their rosters
 * in Excel and WPS, and the national teacher information system trades .xls (BIFF8) and .xlsx
 * templates, so a workbook is an input as a CSV file is. The library (SheetJS CE, republished as
 * `@e965/xlsx`) is used here only; everything after this module sees rows of text.
 */
import type * as XLSX from '@e965/xlsx';
import { fastXlsx } from './fast-xlsx.js';
import { hiddenXlsxRows } from './hidden-xlsx-rows.js';
import { officeDocument, officeDocumentIssue } from './office-document.js';
import { unpackedSize } from './zip-entries.js';
import { repairMojibake } from './mojibake.js';
import { MAX_SHEET_ROWS, numberText, withHiddenRows, type SheetText } from './sheet-text.js';

export type { Merge, SheetText } from './sheet-text.js';
export { unpackedSize } from './zip-entries.js';

type Library = typeof XLSX;
let library: Promise<Library> | undefined;

/**
 * The library, loaded on first use (a run on CSV files, or on plain .xlsx rosters, never pays for
 * it), with the code pages of old BIFF5 workbooks (GBK text of WPS and Excel 95) set.
 */
function load(): Promise<Library> {
  library ??= Promise.all([import('@e965/xlsx'), import('@e965/xlsx/dist/cpexcel.full.mjs')]).then(([lib, cptable]) => {
    lib.set_cptable(cptable);
    return lib;
  });
  return library;
}

/** A workbook read, or why it could not be. */
export type WorkbookText = { ok: true; sheets: SheetText[] } | { ok: false; zh: string; en: string };

/**
 * Most bytes an .xlsx may unpack to: far above any county's roster (100,000 rows of 40 columns
 * take about 200 MB of sheet XML), far below what would exhaust memory. A zip "bomb" of a few MB
 * that unpacks to gigabytes is refused before it is unpacked.
 */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

/**
 * A cell's text as Excel shows it: a number in its number format (so `000123` keeps its zeros and
 * an 18-digit number shows as Excel shows it, `1.10101E+17`), a whole number in the General format
 * by its digits, a date as `YYYY-MM-DD`, a formula by its last computed value, text as it is.
 */
function cellText(lib: Library, cell: XLSX.CellObject | undefined, date1904: boolean): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (cell.t === 'd' && cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  if (cell.t === 'n' && typeof cell.v === 'number') {
    const shown = cell.w;
    return numberText(lib.SSF, cell.v, typeof cell.z === 'string' ? cell.z : undefined, () => (typeof shown === 'string' ? shown : undefined), date1904);
  }
  if (cell.t === 's') return String(cell.v);
  return typeof cell.w === 'string' ? cell.w : String(cell.v);
}

/** The sheet's cells as the library holds them (dense: by row, then column). */
const cellsOf = (sheet: XLSX.WorkSheet): (XLSX.CellObject[] | undefined)[] => (sheet as { '!data'?: (XLSX.CellObject[] | undefined)[] })['!data'] ?? [];

/** True when a cell at or past row index `from` (0-based) holds text: a formatted empty cell holds none. */
function dataFrom(lib: Library, sheet: XLSX.WorkSheet, from: number, date1904: boolean): boolean {
  const dense = cellsOf(sheet);
  for (let r = from; r < dense.length; r++) if (dense[r]?.some((cell) => cellText(lib, cell, date1904) !== '')) return true;
  return false;
}

/**
 * The sheet's rows within its range (the library's `!ref`), up to the last row holding text: the
 * range a sheet declares may reach row 1,048,576 for a formatted empty cell, and rows that hold
 * nothing are not built. `truncated` says only whether the rows read (one past the limit) hold
 * data past {@link MAX_SHEET_ROWS}; the caller looks further when the declared range goes further.
 */
function sheetText(lib: Library, name: string, sheet: XLSX.WorkSheet, date1904: boolean, hiddenRows: readonly number[] = []): SheetText {
  const dense = cellsOf(sheet);
  const ref = sheet['!ref'];
  const range = ref ? lib.utils.decode_range(ref) : undefined;
  // The dense rows end at the last row with a cell: no row past it holds anything.
  const height = Math.min(range ? range.e.r + 1 : 0, dense.length, MAX_SHEET_ROWS);
  const width = range ? range.e.c + 1 : 0;
  const rows: string[][] = [];
  let kept = 0;
  for (let r = 0; r < height; r++) {
    const source = dense[r] ?? [];
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const text = cellText(lib, source[c], date1904);
      cells.push(repairMojibake(text) ?? text);
    }
    rows.push(cells);
    if (cells.some((text) => text !== '')) kept = rows.length;
  }
  rows.length = kept;
  const merges = (sheet['!merges'] ?? []).map((m) => ({ r0: m.s.r, c0: m.s.c, r1: m.e.r, c1: m.e.c }));
  // An .xls's hidden rows come with its cells; an .xlsx's are looked up in its XML (`hiddenRows`).
  const hidden = [...hiddenRows, ...(sheet['!rows'] ?? []).flatMap((info, r) => (info?.hidden === true ? [r] : []))];
  return withHiddenRows({ name, rows, merges, truncated: dataFrom(lib, sheet, MAX_SHEET_ROWS, date1904) }, hidden);
}

/**
 * Why the reader gave up, in its own words where it names what is wrong (`Unsupported ZIP file`,
 * `CFB file size 208 < 512`, thrown as an Error or a string). A TypeError or other slip of
 * JavaScript inside it, where damaged bytes lead it astray (`Cannot read properties of undefined
 * (reading 'toLowerCase')`), names nothing the user has: the contents are damaged, said so.
 */
function readerWords(error: unknown): string {
  if (typeof error === 'string') return error.slice(0, 80);
  if (error instanceof Error && Object.getPrototypeOf(error) === Error.prototype) return error.message.slice(0, 80);
  return 'its contents are damaged';
}

/** A workbook the reader gave up on: the Chinese says what to do; the reader's own words, in English, stay in the English half. */
const damaged = (why: string): { ok: false; zh: string; en: string } => ({
  ok: false,
  zh: '工作簿已损坏或格式无法识别；请在Excel或WPS中打开, 另存为 .xlsx 后再试',
  en: `the workbook is damaged or in a format that cannot be read (${why}); open it in Excel or WPS, save it as .xlsx and try again`,
});

/**
 * A workbook written as markup (an HTML table, Excel 2003's XML), from its text already decoded
 * (UTF-8 or GBK, as a CSV file's). Its cells are read as written (`raw`): the library would read
 * `000123` in an HTML cell as the number 123.
 */
async function readMarkup(text: string): Promise<WorkbookText> {
  const lib = await load();
  let book: XLSX.WorkBook;
  try {
    book = lib.read(text, { ...READ_OPTIONS, type: 'string', raw: true, sheetRows: MAX_SHEET_ROWS + 1 });
  } catch (error) {
    return damaged(readerWords(error));
  }
  const sheets = book.SheetNames.flatMap((name, index) => {
    const sheet = book.Sheets[name];
    return sheet ? [withHidden(sheetText(lib, name, sheet, false), book, index)] : [];
  });
  return { ok: true, sheets };
}

/** The sheet marked hidden where the workbook hides it (the library's `Hidden`: 1 hidden, 2 very hidden). */
function withHidden(text: SheetText, book: XLSX.WorkBook, index: number): SheetText {
  const hidden = book.Workbook?.Sheets?.[index]?.Hidden;
  return hidden === 1 || hidden === 2 ? { ...text, hidden: true } : text;
}

/** True when the sheet declares a range past the rows the library was asked for (`!fullref`, set only then). */
function declaredPast(lib: Library, sheet: XLSX.WorkSheet): boolean {
  const full = (sheet as { '!fullref'?: string })['!fullref'];
  return full !== undefined && lib.utils.decode_range(full).e.r + 1 > MAX_SHEET_ROWS;
}

/**
 * The bytes as a Node Buffer (a view, not a copy), which the library is given: an .xls's sectors
 * are then joined with Buffer.concat, where from a plain Uint8Array it copies them byte by byte
 * into an array of numbers (a 60,000-teacher .xls of 16 MB: 11 s → 7.5 s, peak 790 → 660 MB).
 */
const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** What the library is asked for: dense cells with their number formats and shown text, no formulas or HTML. */
const READ_OPTIONS = { type: 'buffer', dense: true, cellNF: true, cellText: true, cellDates: false, cellFormula: false, cellHTML: false } as const;

/**
 * True when the sheet at `index` holds data past the row limit, read whole. Asked only of a sheet
 * declaring a range past the limit with nothing in the first row past it: Excel's "Ctrl+End goes
 * to the bottom" sheet, whose few cells past its table make reading it whole cheap (a sheet with
 * that row empty and much data further down is read whole, once). A damaged part counts as data,
 * refusing the sheet as a declared range did before.
 */
function wholeSheetHasDataPast(lib: Library, bytes: Uint8Array, index: number, name: string, date1904: boolean): boolean {
  try {
    const sheet = lib.read(asBuffer(bytes), { ...READ_OPTIONS, sheets: index }).Sheets[name];
    return sheet === undefined || dataFrom(lib, sheet, MAX_SHEET_ROWS, date1904);
  } catch {
    return true;
  }
}

/**
 * Reads every worksheet of an .xlsx, .xls (BIFF8, and the BIFF5 of older tools) or .et workbook.
 * Never throws: a damaged or password-protected file gives the reason in both languages.
 * At most {@link MAX_SHEET_ROWS} rows of a sheet are read, up to its last row holding data; a sheet
 * is `truncated` (the caller reports it) only when a cell past them holds data, whatever range it declares.
 * `reader`: 'library' reads every workbook with the library (the reference the plain-.xlsx reader is tested against).
 */
export async function readWorkbook(bytes: Uint8Array, reader: 'auto' | 'library' = 'auto', markup?: string): Promise<WorkbookText> {
  if (markup !== undefined) return readMarkup(markup);
  const unpacked = unpackedSize(bytes);
  if (unpacked !== null && unpacked > MAX_UNPACKED_BYTES) {
    const mb = Math.round(unpacked / (1024 * 1024));
    return { ok: false, zh: `工作簿解压后有${mb} MB，超过上限${MAX_UNPACKED_BYTES / (1024 * 1024)} MB，未读取（是否选错了文件？）`, en: `the workbook unpacks to ${mb} MB, over the ${MAX_UNPACKED_BYTES / (1024 * 1024)} MB limit, and was not read (is it the right file?)` };
  }
  // A plain .xlsx (a roster's shape) is read without the library's objects; any other is read by it.
  const fast = reader === 'auto' ? fastXlsx(bytes) : null;
  if (fast) return { ok: true, sheets: fast };
  const lib = await load();
  let book: XLSX.WorkBook;
  try {
    // One row past the limit, so that a sheet running on past it shows data there.
    book = lib.read(asBuffer(bytes), { ...READ_OPTIONS, sheetRows: MAX_SHEET_ROWS + 1 });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    if (/password/iu.test(why)) {
      return { ok: false, zh: '工作簿设有打开密码，无法读取；请在Excel中取消密码后另存再试', en: 'the workbook is protected by a password and cannot be read; remove the password in Excel, save and try again' };
    }
    // A Word or PowerPoint file picked by mistake is named for what it is: no saving as .xlsx mends it.
    const other = officeDocument(bytes);
    if (other) return officeDocumentIssue(other);
    return damaged(readerWords(error));
  }
  const date1904 = book.Workbook?.WBProps?.date1904 === true;
  const hiddenRows = hiddenXlsxRows(bytes);
  const sheets = book.SheetNames.flatMap((name, index) => {
    const sheet = book.Sheets[name];
    if (!sheet) return [];
    const text = sheetText(lib, name, sheet, date1904, hiddenRows.get(name));
    // A declared range past the limit is not data: the rows past those read are looked at before the sheet is refused.
    if (!text.truncated && declaredPast(lib, sheet)) text.truncated = wholeSheetHasDataPast(lib, bytes, index, name, date1904);
    return [withHidden(text, book, index)];
  });
  return { ok: true, sheets };
}
