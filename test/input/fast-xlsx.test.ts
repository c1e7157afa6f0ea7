/**
 * The plain-.xlsx reader against the library it stands in for: on every workbook here, both give
 * the same sheets, cell for cell; the plain shapes are read by it (not silently left to the
 * library), and the other shapes are left to the library, which still reads them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { fastXlsx } from '../../src/input/fast-xlsx.js';
import { IMPLICIT_FORMATS } from '../../src/input/number-formats.js';
import { readWorkbook } from '../../src/input/read-workbook.js';
import { zip } from '../../src/output/xlsx/zip.js';
import { readCsvTable, templateSheet, withBirthDate, workbookBytes } from '../helpers/workbooks.js';

const DATA = join(import.meta.dirname, '../../data');

/** Both readers' sheets for these bytes, and whether the plain reader took the workbook. */
async function both(bytes: Uint8Array): Promise<{ fast: unknown; library: unknown; took: boolean }> {
  const fast = await readWorkbook(bytes);
  const library = await readWorkbook(bytes, 'library');
  return { fast, library, took: fastXlsx(bytes) !== null };
}

/** A hand-written .xlsx: one sheet of this `<sheetData>` body (and optional parts). */
function handWritten(o: { sheetData: string; dimension?: string | null; strings?: string; styles?: string; date1904?: boolean; tail?: string }): Uint8Array {
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
  const overrides = ['<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>', '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'];
  if (o.strings !== undefined) overrides.push('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>');
  if (o.styles !== undefined) overrides.push('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
  const rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'];
  const entries = [
    { name: '[Content_Types].xml', data: enc(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`) },
    { name: '_rels/.rels', data: enc('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>') },
    { name: 'xl/workbook.xml', data: enc(`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${o.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="教师 &amp; 岗位" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
    { name: 'xl/_rels/workbook.xml.rels', data: enc(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`) },
    { name: 'xl/worksheets/sheet1.xml', data: enc(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${o.dimension === null ? '' : `<dimension ref="${o.dimension ?? 'A1:E6'}"/>`}<sheetData>${o.sheetData}</sheetData>${o.tail ?? ''}</worksheet>`) },
    ...(o.strings !== undefined ? [{ name: 'xl/sharedStrings.xml', data: enc(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${o.strings}</sst>`) }] : []),
    ...(o.styles !== undefined ? [{ name: 'xl/styles.xml', data: enc(`<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${o.styles}</styleSheet>`) }] : []),
  ];
  return zip(entries, (d) => deflateRawSync(d));
}

const STYLES =
  '<numFmts count="3"><numFmt numFmtId="164" formatCode="000000"/><numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="166" formatCode="0.0%"/></numFmts>' +
  '<cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="14"/><xf numFmtId="2"/><xf/><xf numFmtId="49"/></cellXfs>';

describe('the plain-.xlsx reader reads as the library does', () => {
  it('the sample county, as a national-template look-alike (merged title rows) and as plain sheets with shared strings', async () => {
    const sheets = readdirSync(DATA)
      .sort()
      .map((f) => {
        const csv = readCsvTable(join(DATA, f));
        const { header, rows } = withBirthDate(csv.header, csv.rows);
        return { name: f.replace('.csv', ''), sheet: templateSheet(`XX县${f}`, header, rows), plain: XLSX.utils.aoa_to_sheet([csv.header, ...csv.rows]) };
      });
    const template = await both(workbookBytes(sheets, 'xlsx'));
    expect(template.took).toBe(true);
    expect(template.fast).toEqual(template.library);
    const book = XLSX.utils.book_new();
    for (const s of sheets) XLSX.utils.book_append_sheet(book, s.plain, s.name);
    const shared = await both(new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx', bookSST: true }) as Buffer));
    expect(shared.took).toBe(true);
    expect(shared.fast).toEqual(shared.library);
    // Not vacuous: the sheets hold the county.
    expect(JSON.stringify(shared.fast)).toContain(readCsvTable(join(DATA, '教师.csv')).rows[0]?.[1]);
  });

  it('numbers in their formats: zero-padded ids, dates (1900 and 1904), percents, decimals, 18-digit numbers, General fractions', async () => {
    const row = (r: number, cells: string): string => `<row r="${r}">${cells}</row>`;
    const sheetData = [
      row(1, '<c r="A1" s="1"><v>12</v></c><c r="B1" s="2"><v>29312</v></c><c r="C1" s="3"><v>0.1234</v></c><c r="D1" s="4"><v>45000</v></c><c r="E1" s="5"><v>3.14159</v></c>'),
      row(2, '<c r="A2"><v>0.30000000000000004</v></c><c r="B2"><v>110101199001011234</v></c><c r="C2"><v>123456789012</v></c><c r="D2"><v>-7</v></c><c r="E2" s="6"><v>1E-3</v></c>'),
      row(3, '<c r="A3" s="7"><v>42</v></c><c r="B3" s="4"><v>0.5</v></c><c r="C3" s="99"><v>8</v></c><c r="E3"><v></v></c>'),
    ].join('');
    for (const date1904 of [false, true]) {
      const r = await both(handWritten({ sheetData, styles: STYLES, date1904 }));
      expect(r.took).toBe(true);
      expect(r.fast).toEqual(r.library);
    }
  });

  it('text: entities, escapes, line breaks, rich text with phonetic runs, inline and formula strings, cells without a place, sparse rows', async () => {
    const strings = ['<si><t>王 &amp; 李 &lt;一&gt; &quot;二&quot;</t></si>', '<si><t xml:space="preserve">  前后空格  </t></si>', '<si><r><rPr><b/></rPr><t>语</t></r><r><t>文</t></r><rPh sb="0" eb="1"><t>ゴ</t></rPh></si>', '<si><t>第一行&#13;&#10;第二行_x000D_</t></si>', '<si><t/></si>', '<si><t>&#x41;&#66;&amp;amp;</t></si>'].join('');
    const sheetData = [
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>',
      '<row r="2"><c t="s"><v>5</v></c><c t="inlineStr"><is><t>内联</t></is></c><c t="str"><f>A1&amp;B1</f><v>公式 &amp;amp; 值</v></c><c t="inlineStr"/><c><v>5</v></c></row>',
      '<row r="4" spans="1:5"><c r="B4" t="str"><v xml:space="preserve"> 有空格 </v></c><c r="E4" t="s"/></row>',
      '<row r="5"/><row><c r="A6" t="inlineStr"><is><r><t>富</t></r><r><t>文本</t></r></is></c></row>',
    ].join('');
    const r = await both(handWritten({ sheetData, strings, tail: '<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="C4"/></mergeCells>' }));
    expect(r.took).toBe(true);
    expect(r.fast).toEqual(r.library);
  });

  it('error values (a lookup formula’s #N/A) and booleans', async () => {
    const sheetData = '<row r="1"><c r="A1" t="e"><f>VLOOKUP(B1,C:D,2,0)</f><v>#N/A</v></c><c r="B1" t="e"/><c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c><c r="E1" t="b"/></row>';
    const r = await both(handWritten({ sheetData, dimension: 'A1:E1' }));
    expect(r.took).toBe(true);
    expect(r.fast).toEqual(r.library);
    expect(JSON.stringify(r.fast)).toContain('["#N/A","","TRUE","FALSE","FALSE"]');
  });

  it('cells outside the dimension are left out by both; a dimension wider than the cells pads with empty text', async () => {
    const sheetData = '<row r="1"><c r="A1" t="str"><v>甲</v></c><c r="G1" t="str"><v>在外</v></c></row><row r="9"><c r="A9"><v>1</v></c></row>';
    for (const dimension of ['A1:C3', 'A1:H12', 'B2:D4']) {
      const r = await both(handWritten({ sheetData, dimension }));
      expect(r.took).toBe(true);
      expect(r.fast).toEqual(r.library);
    }
  });

  it.each([
    ['an empty sheet as Excel writes it (dimension A1, no cells)', '', 'A1'],
    ['a dimension of one cell over cells beyond it', '<row r="2"><c r="B2" t="str"><v>乙</v></c><c r="D2" t="s"/></row><row r="4"><c r="C4"><v>3</v></c></row>', 'A1'],
    ['no dimension', '<row r="3"><c r="B3" t="str"><v>甲</v></c><c r="F3"/></row>', null],
    ['empty rows among rows without numbers', '<row r="2"><c t="str"><v>一</v></c></row><row r="3"/><row><c t="str"><v>二</v></c><c><v></v></c><c t="n"/></row>', null],
    ['rows with no cell of value', '<row r="2"><c r="A2"/></row>', null],
  ])('reads %s as the library guesses its range', async (_what, sheetData, dimension) => {
    const r = await both(handWritten({ sheetData, dimension }));
    expect(r.took).toBe(true);
    expect(r.fast).toEqual(r.library);
  });

  it.each([
    ['a boolean in a number format', '<row r="1"><c r="A1" t="b" s="1"><v>1</v></c></row>', { styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="2"/></cellXfs>' }],
    ['an ISO date cell', '<row r="1"><c r="A1" t="d"><v>2020-01-02</v></c></row>', {}],
    ['a comment among the cells', '<row r="1"><!-- <c r="A1"><v>1</v></c> --><c r="B1"><v>2</v></c></row>', {}],
  ])('leaves %s to the library, which reads it', async (_what, sheetData, extra) => {
    const bytes = handWritten({ sheetData, ...extra });
    const r = await both(bytes);
    expect(r.took).toBe(false);
    expect(r.fast).toEqual(r.library);
    expect((r.library as { ok: boolean }).ok).toBe(true);
  });

  it('leaves a .xls (BIFF8) and a damaged zip to the library', async () => {
    const xls = workbookBytes([{ name: 'S', sheet: XLSX.utils.aoa_to_sheet([['工号'], ['000001']]) }], 'biff8');
    expect(fastXlsx(xls)).toBeNull();
    const good = handWritten({ sheetData: '<row r="1"><c r="A1" t="str"><v>甲</v></c></row>' });
    const cut = good.slice(0, good.length - 30);
    expect(fastXlsx(cut)).toBeNull();
    const r = await readWorkbook(cut);
    expect(r.ok).toBe(false);
  });

  it('reads a generated 2,000-row roster with shared strings and styles the same', async () => {
    const header = readCsvTable(join(DATA, '教师.csv')).header;
    const rows = Array.from({ length: 2000 }, (_, i) => header.map((h, c) => (c === 0 ? { t: 'n', v: i + 1, z: '000000' } : c % 3 === 0 ? i % 17 : `${h}${i % 23}`)));
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([header, ...rows]), '教师');
    const r = await both(new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx', bookSST: true }) as Buffer));
    expect(r.took).toBe(true);
    expect(r.fast).toEqual(r.library);
    expect(readFileSync(join(DATA, '教师.csv')).length).toBeGreaterThan(0);
  });
});

describe('number formats a workbook uses without defining them', () => {
  const ids = [...IMPLICIT_FORMATS.keys()];
  /** Two rows, each with every such id on the same value (a date serial with a time of day, which every format shows). */
  const bytes = (): Uint8Array =>
    handWritten({
      sheetData: [1, 2].map((r) => `<row r="${r}">${ids.map((_, i) => `<c s="${i + 1}"><v>29312.75</v></c>`).join('')}</row>`).join(''),
      dimension: `A1:${XLSX.utils.encode_col(ids.length - 1)}2`,
      styles: `<cellXfs count="${ids.length + 1}"><xf numFmtId="0"/>${ids.map((id) => `<xf numFmtId="${id}"/>`).join('')}</cellXfs>`,
    });

  it('are the formats the library fills in (2001年3月14日 and the other Chinese dates as dates)', () => {
    // The library keeps its format table on the workbook it reads (with cellNF), a field its types leave out.
    const book: XLSX.WorkBook & { SSF?: Record<number, string> } = XLSX.read(bytes(), { type: 'array', cellNF: true });
    expect(book.SSF).toBeDefined();
    const table = book.SSF ?? {};
    for (const id of ids) expect([id, table[id]]).toEqual([id, IMPLICIT_FORMATS.get(id)]);
    expect(IMPLICIT_FORMATS.get(31)).toBe('m/d/yy');
  });

  it('read every cell as formatted: the library reads the first cell of each such id unformatted (a date as its serial, or as 4/1/80), the later ones formatted', async () => {
    const fast = await readWorkbook(bytes());
    const library = await readWorkbook(bytes(), 'library');
    expect(fastXlsx(bytes())).not.toBeNull();
    const [first, second] = fast.ok ? fast.sheets[0]?.rows ?? [] : [];
    const libraryRows = library.ok ? library.sheets[0]?.rows ?? [] : [];
    expect(first).toEqual(second);
    // The library's later cells are what every cell reads as here.
    expect(second).toEqual(libraryRows[1]);
    // The library's first: 4/1/80 (its m/d/yy through the General path of the cell's number).
    expect(libraryRows[0]?.[ids.indexOf(31)]).not.toBe('1980-04-01');
    expect(first?.[ids.indexOf(31)]).toBe('1980-04-01');
    expect(first?.[ids.indexOf(57)]).toBe('1980-04-01');
  });

  it('are the library’s own, whatever a write with the library left in its table', async () => {
    // A write with a custom format puts it in the library's one table (as id 60 here).
    const sheet = XLSX.utils.aoa_to_sheet([[{ t: 'n', v: 12, z: '000000' }, { t: 'n', v: 1, z: '0.0000' }]]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'S');
    XLSX.write(book, { type: 'buffer', bookType: 'xlsx' });
    expect(Object.keys(XLSX.SSF.get_table())).toContain('60');
    // A workbook whose style names format 60 without defining it: read as the library's 0.00, not as the write's.
    const w = handWritten({ sheetData: '<row r="1"><c r="A1" s="1"><v>12</v></c><c r="B1" s="1"><v>3.14159</v></c></row>', dimension: 'A1:B1', styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="60"/></cellXfs>' });
    const r = await readWorkbook(w);
    expect(r.ok && r.sheets[0]?.rows).toEqual([['12.00', '3.14']]);
  });
});
