/**
 * One worksheet's XML (SpreadsheetML `<worksheet>`) → rows of cell text, as the library would give
 * them (see read-workbook.ts's `sheetText`), read in one pass with `indexOf` instead of the
 * library's regular expressions and per-cell objects: an 80,000-teacher roster's sheet (52 MB of
 * XML) is read in a fraction of the library's time and memory. Only the shapes a roster takes are
 * read here: cells of text (shared, inline or formula strings), numbers, error values and
 * booleans; the range is the sheet's dimension or, without one (an empty sheet's `A1`), where its
 * cells reach, as the library takes it, and the rows are those up to the last holding text (a
 * dimension to row 1,048,576, as Excel writes for a formatted empty cell far down, builds no empty
 * rows). A sheet is too long only when a cell past the row limit holds text. Any other shape (ISO
 * date cells, namespace prefixes, comments) returns null, and the workbook is left to the library,
 * whose reading is the reference this one is tested against.
 */
import { repairMojibake } from './mojibake.js';
import type { FormatLibrary } from './number-formats.js';
import { MAX_SHEET_ROWS, numberText, withHiddenRows, type Merge, type SheetText } from './sheet-text.js';
import { cellXmlText, element, stringItemText, xmlUnescape } from './xml-text.js';

/** What the sheet's cells are read with: the shared strings, each style's number format id, the workbook's own formats by id, the date system, and the library's formatter (asked for only when a number needs it). */
export interface SheetContext {
  strings: readonly (string | undefined)[];
  /** Number format id by style index; null when the workbook has no cell styles (every cell then General). */
  styleFormats: readonly (number | undefined)[] | null;
  formats: ReadonlyMap<number, string>;
  date1904: boolean;
  library: () => FormatLibrary;
}

/** Thrown inside the scan for a shape this reader leaves to the library. */
class NotPlain extends Error {}
const notPlain = (): never => {
  throw new NotPlain();
};

/** A cell reference (`B12`) as 0-based row and column; null for anything else (`$B$12`, `B`, `12`). */
function decodeCell(ref: string): { r: number; c: number } | null {
  let c = 0;
  let i = 0;
  for (; i < ref.length && i < 3; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    c = c * 26 + (ch - 64);
  }
  if (i === 0 || i === ref.length || ref.length - i > 7) return null;
  let r = 0;
  for (let k = i; k < ref.length; k++) {
    const d = ref.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return null;
    r = r * 10 + d;
  }
  return { r: r - 1, c: c - 1 };
}

/** Sheet XML is read as Latin-1 (one character per byte: half the memory of the decoded text, and faster to scan); a value's UTF-8 bytes are decoded when it has any past ASCII. */
function fromUtf8(s: string): string {
  return /[^\x00-\x7f]/u.test(s) ? Buffer.from(s, 'latin1').toString('utf8') : s;
}

/** An attribute's value in one start tag (`name="…"` or `name='…'`), raw; undefined when absent. */
function attribute(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}=`);
  if (at < 0) return undefined;
  const q = tag[at + name.length + 2];
  if (q !== '"' && q !== "'") return notPlain();
  const end = tag.indexOf(q, at + name.length + 3);
  return end < 0 ? notPlain() : tag.slice(at + name.length + 3, end);
}

/** The merged ranges listed after the cells (`<mergeCell ref="A1:D1"/>`). */
function mergesOf(tail: string): Merge[] {
  const merges: Merge[] = [];
  for (const m of tail.matchAll(/<(?:\w+:)?mergeCell ref=["']([A-Z0-9:]+)['"]\s*[/]?>/gu)) {
    const [a, b] = (m[1] ?? '').split(':');
    const s = decodeCell(a ?? '');
    const e = b === undefined ? s : decodeCell(b);
    if (!s || !e) return notPlain();
    merges.push({ r0: s.r, c0: s.c, r1: e.r, c1: e.c });
  }
  return merges;
}

/** The sheet's used range from its `<dimension ref="A1:U12001"/>`: rows and columns counted from A1; null when absent or not a range. */
function dimension(head: string): { height: number; width: number } | null {
  const at = head.search(/<(?:\w*:)?dimension/u);
  if (at <= 0) return null;
  const ref = /"(\w*:\w*)"/u.exec(head.slice(at, at + 50))?.[1];
  const [a, b] = (ref ?? '').split(':');
  const s = decodeCell(a ?? '');
  const e = decodeCell(b ?? '');
  if (!s || !e || s.r > e.r || s.c > e.c) return null;
  return { height: e.r + 1, width: e.c + 1 };
}

/** One sheet's text, or null when its XML is not of the plain shapes this reader takes (see the module's note). `xml`: the part's bytes as Latin-1 (see {@link fromUtf8}), checked to be UTF-8. */
export function sheetCells(name: string, xml: string, ctx: SheetContext): SheetText | null {
  try {
    return scan(name, xml, ctx);
  } catch (e) {
    if (e instanceof NotPlain) return null;
    throw e;
  }
}

/** The rows and columns cells were seen in (0-based, inclusive), as the library guesses a sheet's range when it has no dimension. */
interface Seen {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  /** Rows (0-based) whose tag hides them (`hidden="1"`, `hidden="true"`). */
  hidden: number[];
}

/** The library reads one row past the limit (its `sheetRows`): rows up to this 1-based number count in its range. */
const ROWS_ASKED = MAX_SHEET_ROWS + 1;

/**
 * Rows indexed from 0 up to the last one given text, each `width` cells long, a row never given
 * text all empty: a sheet declared to row 1,048,576 for a formatted empty cell is as long as its data.
 */
function filled(rows: readonly (string[] | undefined)[], width: number): string[][] {
  const out: string[][] = [];
  for (const row of rows) out.push(row === undefined ? new Array<string>(width).fill('') : row.length > width ? row.slice(0, width) : row);
  return out;
}

function scan(name: string, xml: string, ctx: SheetContext): SheetText | null {
  // CDATA sections, comments (`<!`) and prefixed elements could hide or fake the tags scanned for.
  if (xml.includes('<!') || /<\/?\w+:(?:sheetData|row|c|v|is|dimension)\b/u.test(xml)) return null;
  const open = /<sheetData\b[^<>]*>/u.exec(xml);
  const close = open ? xml.indexOf('</sheetData>', open.index) : -1;
  // Where the cells are: between <sheetData> and </sheetData>; none without both.
  const data = open && close >= 0 ? { start: open.index, from: open.index + open[0].length, to: close } : null;
  const head = data ? xml.slice(0, data.start) : xml;
  const tail = data ? xml.slice(data.to + '</sheetData>'.length) : xml;
  const dim = dimension(head);
  const seen: Seen = { r0: Infinity, r1: -1, c0: Infinity, c1: -1, hidden: [] };
  const merges = mergesOf(tail);
  // Sparse: a row is made when a cell of it has text (holes are filled at the end).
  const rows: (string[] | undefined)[] = [];
  if (dim) {
    // The usual case: cells within the dimension go straight into rows of its width.
    const put = (r: number, c: number, text: string): void => {
      if (r < dim.height && c < dim.width) (rows[r] ??= new Array<string>(dim.width).fill(''))[c] = text;
    };
    const truncated = data ? cellsInto(xml, data.from, data.to, ctx, put, seen) : false;
    // A dimension past the rows the library reads is cut, as it cuts it, to the columns its cells reach.
    const width = dim.height > ROWS_ASKED ? Math.min(dim.width, seen.c1 + 1) : dim.width;
    return withHiddenRows({ name, rows: filled(rows, width), merges, truncated }, seen.hidden);
  }
  // No dimension, or one cell only (`A1`, as Excel writes for an empty sheet): the range is where cells were seen.
  const found: [number, number, string][] = [];
  const truncated = data ? cellsInto(xml, data.from, data.to, ctx, (r, c, text) => found.push([r, c, text]), seen) : false;
  if (seen.r1 < seen.r0 || seen.c1 < seen.c0) return { name, rows: [], merges, truncated };
  for (const [r, c, text] of found) if (r <= seen.r1 && c <= seen.c1) (rows[r] ??= new Array<string>(seen.c1 + 1).fill(''))[c] = text;
  return withHiddenRows({ name, rows: filled(rows, seen.c1 + 1), merges, truncated }, seen.hidden);
}

/**
 * Reads the `<row>`s between `from` and `to`, each cell's text that is not empty given to `put`
 * (0-based row and column) when it lies in the rows read ({@link MAX_SHEET_ROWS}), and notes in
 * `seen` where the library's range guess would reach. True when a cell past those rows holds text
 * (the sheet is too long); formatted empty cells and rows past them, however far, are passed over.
 */
function cellsInto(xml: string, from: number, to: number, ctx: SheetContext, put: (r: number, c: number, text: string) => void, seen: Seen): boolean {
  let rowNumber = 0;
  let past = false;
  let p = from;
  for (;;) {
    const ro = xml.indexOf('<row', p);
    if (ro < 0 || ro >= to) return past;
    const rt = xml.indexOf('>', ro);
    if (rt < 0 || rt >= to) return notPlain();
    // An empty row (`<row r="5"/>`) is passed over, its number too, as the library does.
    if (xml[rt - 1] === '/') {
      p = rt + 1;
      continue;
    }
    const rowTag = xml.slice(ro, rt + 1);
    if (rowTag.includes('\n') || rowTag.includes('\t') || rowTag.includes('\r')) return notPlain();
    const r = attribute(rowTag, 'r');
    rowNumber = r !== undefined ? parseInt(r, 10) : rowNumber + 1;
    if (!Number.isFinite(rowNumber)) return notPlain();
    // Data past the limit was found and the library reads no row from here on: nothing left changes the sheet.
    const asked = rowNumber <= ROWS_ASKED;
    if (past && !asked) return past;
    if (asked) {
      seen.r0 = Math.min(seen.r0, rowNumber - 1);
      seen.r1 = Math.max(seen.r1, rowNumber - 1);
      const hidden = attribute(rowTag, 'hidden');
      if (hidden === '1' || hidden === 'true') seen.hidden.push(rowNumber - 1);
    }
    const re = xml.indexOf('</row>', rt);
    if (re < 0 || re > to) return notPlain();
    let column = -1;
    let q = rt + 1;
    for (;;) {
      const co = xml.indexOf('<c', q);
      if (co < 0 || co >= re) break;
      const after = xml[co + 2];
      if (after !== ' ' && after !== '>' && after !== '/') return notPlain();
      const ct = xml.indexOf('>', co);
      const cellTag = xml.slice(co, ct + 1);
      // Attributes split over lines would hide the ones looked for.
      if (cellTag.includes('\n') || cellTag.includes('\t') || cellTag.includes('\r')) return notPlain();
      let body = '';
      if (xml[ct - 1] === '/') q = ct + 1;
      else {
        const cc = xml.indexOf('</c>', ct);
        if (cc < 0 || cc > re) return notPlain();
        body = xml.slice(ct + 1, cc);
        q = cc + 4;
      }
      const ref = attribute(cellTag, 'r');
      let at: { r: number; c: number } | null;
      if (ref !== undefined) {
        at = decodeCell(ref);
        if (!at) return notPlain();
        column = at.c;
      } else {
        // The library takes the first `r="…"` anywhere in the cell for its place.
        if (body.includes('r=')) return notPlain();
        column++;
        at = { r: rowNumber - 1, c: column };
      }
      const type = attribute(cellTag, 't');
      const raw = element(body, 'v');
      const v = raw === undefined || raw === '' ? undefined : xmlUnescape(fromUtf8(raw));
      // A cell with neither a type nor a value is not a cell to the library; one with either widens its range, even if it shows nothing.
      if (type === undefined && v === undefined) continue;
      if (asked) {
        seen.c0 = Math.min(seen.c0, column);
        seen.c1 = Math.max(seen.c1, column);
      }
      const text = cellText(type, v, cellTag, body, ctx);
      if (!text) continue;
      if (at.r >= MAX_SHEET_ROWS) past = true;
      else put(at.r, at.c, repairMojibake(text) ?? text);
    }
    p = re + 6;
  }
}

/** A cell's text as the library's `cellText` gives it, from its type and value; undefined for a cell the library leaves out (no value). */
function cellText(type: string | undefined, v: string | undefined, tag: string, body: string, ctx: SheetContext): string | undefined {
  switch (type ?? 'n') {
    case 'n': {
      if (v === undefined) return undefined;
      return numberCell(parseFloat(v), attribute(tag, 's'), ctx);
    }
    case 's': {
      if (v === undefined) return undefined;
      const i = parseInt(v, 10);
      if (!(i >= 0 && i < ctx.strings.length)) return notPlain();
      return ctx.strings[i] ?? '';
    }
    case 'str':
      return v === undefined ? '' : cellXmlText(v);
    case 'inlineStr': {
      const is = element(body, 'is');
      if (is === undefined) return '';
      const s = stringItemText(fromUtf8(is));
      return s === null ? notPlain() : (s ?? '');
    }
    case 'e':
      // An error value (#N/A of a lookup formula) is shown as written.
      return v ?? '';
    case 'b': {
      // TRUE or FALSE in General; a boolean in another format is left to the library.
      if (styleFormat(attribute(tag, 's'), ctx) !== 0) return notPlain();
      return v === '1' || v === 'true' ? 'TRUE' : 'FALSE';
    }
    default:
      return notPlain();
  }
}

/** The number format id of a cell's style (0, General, when it has none). */
function styleFormat(style: string | undefined, ctx: SheetContext): number {
  return ctx.styleFormats !== null && style !== undefined ? (ctx.styleFormats[Number(style)] ?? 0) : 0;
}

/** A number cell in its style's number format: the workbook's own for the id, else the library's. */
function numberCell(v: number, style: string | undefined, ctx: SheetContext): string {
  const id = styleFormat(style, ctx);
  // Id 0 is General whatever the workbook says; a whole number in it is its digits (numberText), without the formatter.
  if (id === 0 && Number.isSafeInteger(v) && Math.abs(v) < 1e15) return String(v);
  const { ssf, builtIn } = ctx.library();
  // The workbook's own format, else the library's for the id; an id neither knows is General, as in the library.
  const format = id === 0 ? 'General' : (ctx.formats.get(id) ?? builtIn.get(id) ?? 'General');
  return numberText(
    ssf,
    v,
    format,
    () => {
      try {
        return ssf.format(format, v, { date1904: ctx.date1904 });
      } catch {
        return undefined;
      }
    },
    ctx.date1904,
  );
}
