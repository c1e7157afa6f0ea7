/**
 * An .xlsx workbook read without the library when it is of the plain shape rosters take (see
 * sheet-cells.ts): its parts unzipped with Node's inflate, the workbook's sheet list, shared
 * strings and number formats read, and each sheet scanned once. The text is the library's own
 * (tests compare the two on every workbook they have), but for one quirk of it: a number in a
 * format the workbook uses without defining it (a Chinese date, 2001年3月14日) reads as formatted
 * in every cell here, where the library leaves the first such cell unformatted (number-formats.ts).
 * Any part of another shape gives null, and the caller reads the workbook with the library.
 * Measured on a generated 80,000-teacher roster (15 MB .xlsx): 4.1-4.8 s with the library,
 * 1.6-2.1 s here (in-process); the whole run's peak 645-649 → 522-537 MB.
 */
import { isUtf8 } from 'node:buffer';
import { zipEntries } from './zip-entries.js';
import { partBytes, partText, sheetParts, tags, type Entries } from './xlsx-parts.js';
import { sheetCells, type SheetContext } from './sheet-cells.js';
import { formatLibrary, type FormatLibrary } from './number-formats.js';
import type { SheetText } from './sheet-text.js';
import { element, stringItemText, xmlUnescape } from './xml-text.js';

/** A worksheet part as Latin-1 text of its bytes (sheet-cells.ts decodes each value's UTF-8); undefined when absent, null when not UTF-8. */
function sheetPart(bytes: Uint8Array, entries: Entries, name: string): string | undefined | null {
  const b = partBytes(bytes, entries, name);
  if (!b) return b;
  return isUtf8(b) ? Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1') : null;
}

/** The package's parts by content type, as [Content_Types].xml overrides them (names without the leading slash). */
function partsByType(types: string): { workbook: string[]; strings: string[]; styles: string[] } {
  const out = { workbook: [] as string[], strings: [] as string[], styles: [] as string[] };
  for (const a of tags(types, 'Override')) {
    const part = (a.get('PartName') ?? '').replace(/^\//u, '');
    const type = a.get('ContentType') ?? '';
    if (/\.(?:sheet\.main|sheet\.macroEnabled\.main)\+xml$/u.test(type)) out.workbook.push(part);
    else if (type.endsWith('.sharedStrings+xml')) out.strings.push(part);
    else if (type.endsWith('.styles+xml')) out.styles.push(part);
  }
  return out;
}

/** The shared strings' text, in order (the library's `parse_sst_xml`). */
function sharedStrings(xml: string): (string | undefined)[] | null {
  if (/<\/?\w+:(?:sst|si|t|r)\b/u.test(xml) || xml.includes('sstItem') || xml.includes('<![CDATA[') || xml.includes('<!--')) return null;
  const body = element(xml, 'sst');
  if (body === undefined) return [];
  const out: (string | undefined)[] = [];
  for (const item of body.replace(/<si>/gu, '').split('</si>')) {
    const t = stringItemText(item.trim());
    if (t === null) return null;
    out.push(t);
  }
  return out;
}

/** Each cell style's number format id, and the workbook's own formats by id. */
function numberFormats(xml: string | undefined): { styleFormats: (number | undefined)[] | null; formats: Map<number, string> } | null {
  const formats = new Map<number, string>();
  if (xml === undefined) return { styleFormats: null, formats };
  if (/<\/?\w+:(?:numFmts|numFmt|cellXfs|xf)\b/u.test(xml) || xml.includes('<!--') || xml.includes('<!DOCTYPE')) return null;
  for (const a of tags(element(xml, 'numFmts') ?? '', 'numFmt')) {
    const id = parseInt(a.get('numFmtId') ?? '', 10);
    // Ids past the library's table are renumbered by it: left to it.
    if (!(id >= 0 && id <= 0x188)) return null;
    // The library keeps id 0 as General, whatever the workbook says.
    if (id > 0) formats.set(id, xmlUnescape(a.get('formatCode') ?? ''));
  }
  const xfs = element(xml, 'cellXfs');
  if (xfs === undefined) return { styleFormats: null, formats };
  const styleFormats = tags(xfs, 'xf').map((a) => {
    const id = a.get('numFmtId');
    return id ? parseInt(id, 10) : undefined;
  });
  if (styleFormats.some((id) => id !== undefined && !(id >= 0 && id <= 0x188))) return null;
  return { styleFormats, formats };
}

/**
 * Every sheet of a plain .xlsx as text, in the workbook's order; null when the file is not a zip
 * or any part is of a shape left to the library. `library`: the number formatter (by default the
 * library's mini build, loaded when a number first needs it).
 */
export function fastXlsx(bytes: Uint8Array, library: () => FormatLibrary = formatLibrary): SheetText[] | null {
  const entries = zipEntries(bytes);
  if (!entries) return null;
  const types = partText(bytes, entries, '[Content_Types].xml');
  if (!types) return null;
  const parts = partsByType(types);
  if (parts.workbook.length !== 1 || parts.workbook[0] !== 'xl/workbook.xml') return null;
  const workbook = partText(bytes, entries, 'xl/workbook.xml');
  const rels = partText(bytes, entries, 'xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return null;
  const stringsXml = parts.strings[0] === undefined ? '' : partText(bytes, entries, parts.strings[0]);
  const strings = stringsXml === null ? null : sharedStrings(stringsXml ?? '');
  const styles = parts.styles[0] === undefined ? undefined : partText(bytes, entries, parts.styles[0]);
  if (strings === null || styles === null) return null;
  const formats = numberFormats(styles);
  if (!formats) return null;
  const props = tags(workbook, 'workbookPr')[0];
  const flag = props?.get('date1904');
  const ctx: SheetContext = { strings, ...formats, date1904: flag === '1' || flag === 'true', library };
  const sheets: SheetText[] = [];
  for (const part of sheetParts(workbook, rels)) {
    if (part.path === undefined || !part.type.endsWith('/worksheet')) return null;
    const xml = sheetPart(bytes, entries, part.path);
    if (!xml) return null;
    const sheet = sheetCells(part.name, xml, ctx);
    if (!sheet) return null;
    // state="hidden" or "veryHidden": the workbook does not show its tab.
    sheets.push(part.state === 'hidden' || part.state === 'veryHidden' ? { ...sheet, hidden: true } : sheet);
  }
  return sheets.length > 0 ? sheets : null;
}
