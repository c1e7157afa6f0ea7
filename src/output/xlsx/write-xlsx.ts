/**
 * Sheets → the bytes of an .xlsx workbook that Excel, WPS and LibreOffice open as it is. Written
 * here rather than by a library so that the header row can be frozen, filtered and repeated on
 * printed pages, ids written as text cells, and the bytes be the same for the same sheets (the
 * package's time stamps are fixed).
 */
import { headerRow, sheetRange, sheetXml, xmlText, type SheetData } from './sheet-xml.js';
import { SharedStrings } from './shared-strings.js';
import { zip, zipAside, type DeflateRaw, type Packed, type ZipEntry } from './zip.js';

export type { CellValue, SheetData } from './sheet-xml.js';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The package's creation time: fixed, so that the same plan gives the same bytes. */
export const FIXED_TIME = '2000-01-01T00:00:00Z';

/** Style 0: numbers (General); 1: text (`@`); 2: the header row (bold, shaded, text). */
const STYLES_XML =
  XML +
  `<styleSheet xmlns="${MAIN}">` +
  '<fonts count="3"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font><font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font><font><b/><sz val="14"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/>' +
  '<xf numFmtId="49" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>' +
  '<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** A sheet name quoted for a formula reference: `'交流名单'`. */
function quotedName(name: string): string {
  return `'${name.replace(/'/gu, "''")}'`;
}

function workbookXml(sheets: readonly SheetData[]): string {
  const list = sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const names = sheets
    .flatMap((s, i) => {
      const [from, to] = sheetRange(s).split(':');
      const abs = (ref: string | undefined): string => (ref ?? 'A1').replace(/^([A-Z]+)(\d+)$/u, '$$$1$$$2');
      return [
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(quotedName(s.name))}!${abs(from)}:${abs(to)}</definedName>`,
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(quotedName(s.name))}!$${headerRow(s)}:$${headerRow(s)}</definedName>`,
      ];
    })
    .join('');
  return XML + `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${list}</sheets><definedNames>${names}</definedNames></workbook>`;
}

function workbookRels(count: number): string {
  const sheets = Array.from({ length: count }, (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  return (
    XML +
    `<Relationships xmlns="${PKG_REL}">${sheets}` +
    `<Relationship Id="rId${count + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${count + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>'
  );
}

function contentTypes(count: number): string {
  const sheets = Array.from({ length: count }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  return (
    XML +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>'
  );
}

const ROOT_RELS =
  XML +
  `<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
  '</Relationships>';

function coreXml(title: string, creator: string): string {
  return (
    XML +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(title)}</dc:title><dc:creator>${xmlText(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_TIME}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_TIME}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

const APP_XML = XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>rotate</Application></Properties>';

function sharedStringsXml(strings: readonly string[]): string {
  const items = strings.map((s) => (/^\s|\s$|\n/u.test(s) ? `<si><t xml:space="preserve">${xmlText(s)}</t></si>` : `<si><t>${xmlText(s)}</t></si>`)).join('');
  return XML + `<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${items}</sst>`;
}

/** What the package says about itself (docProps/core.xml). */
export interface BookInfo {
  title: string;
  creator: string;
}

/**
 * The .xlsx bytes of `sheets`, compressed with `deflateRaw` (raw DEFLATE). The same sheets and
 * info give the same bytes.
 */
export function writeXlsx(sheets: readonly SheetData[], info: BookInfo, deflateRaw: DeflateRaw): Uint8Array {
  return zip(xlsxEntries(sheets, info), deflateRaw);
}

/**
 * The same bytes as {@link writeXlsx}, each part compressed by `packAside` (a worker thread) while
 * this thread makes the next: every part is made before this returns; the promise settles once
 * all are compressed (see zipAside).
 */
export function writeXlsxAside(sheets: readonly SheetData[], info: BookInfo, packAside: (data: Uint8Array) => Promise<Packed>): Promise<Uint8Array> {
  return zipAside(xlsxEntries(sheets, info), packAside);
}

/** The package's parts, in the archive's order. */
function xlsxEntries(sheets: readonly SheetData[], info: BookInfo): ZipEntry[] {
  const strings = new SharedStrings();
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
  return [
    { name: '[Content_Types].xml', data: utf8(contentTypes(sheets.length)) },
    { name: '_rels/.rels', data: utf8(ROOT_RELS) },
    { name: 'docProps/core.xml', data: utf8(coreXml(info.title, info.creator)) },
    { name: 'docProps/app.xml', data: utf8(APP_XML) },
    { name: 'xl/workbook.xml', data: utf8(workbookXml(sheets)) },
    { name: 'xl/_rels/workbook.xml.rels', data: utf8(workbookRels(sheets.length)) },
    { name: 'xl/styles.xml', data: utf8(STYLES_XML) },
    // Each sheet's XML is made when the archive comes to it and let go once compressed (an
    // 80,000-teacher plan's sheets are 32 MB of XML, the teachers' sheet 25 MB of it); the shared
    // strings they index come last, after every sheet has been made, numbered as before.
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: () => sheetXml(s, strings) })),
    { name: 'xl/sharedStrings.xml', data: () => utf8(sharedStringsXml(strings.list)) },
  ];
}
