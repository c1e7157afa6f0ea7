/**
 * The row limit counts rows that hold data, not the range a sheet declares: Excel declares a
 * sheet down to row 1,048,576 when a far-down empty cell carries formatting ("Ctrl+End goes to the
 * bottom"), common in county rosters, and such a sheet of 30 rows is read as its 30 rows. A cell
 * holding data past the limit still refuses the sheet. Both readers (the plain-.xlsx one and the
 * library) give the same sheets throughout.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { fastXlsx } from '../../src/input/fast-xlsx.js';
import { readWorkbook, type WorkbookText } from '../../src/input/read-workbook.js';
import { MAX_SHEET_ROWS } from '../../src/input/sheet-text.js';
import { entryBytes, zipEntries } from '../../src/input/zip-entries.js';
import { zip } from '../../src/output/xlsx/zip.js';
import { formatIssues } from '../../src/schema/format-issue.js';
import { loadCounty } from '../../src/schema/load-county.js';
import { readCsvTable } from '../helpers/workbooks.js';

const DATA = join(import.meta.dirname, '../../data');
const schools = readCsvTable(join(DATA, '学校.csv'));

/**
 * The sample's schools sheet as an .xlsx whose `<dimension>` declares `ref` (patched in, as the
 * tester did; null: none), with `extra` cells of text in column A (by 1-based row) after the table; `styled`:
 * an empty cell with formatting at the declared range's far corner, as Excel leaves it.
 */
function schoolsBook(ref: string | null, extra: { row: number; text: string }[] = [], styled = false): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([schools.header, ...schools.rows]), '学校');
  const bytes = new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  const rows = extra.map((e) => `<row r="${e.row}"><c r="A${e.row}" t="inlineStr"><is><t>${e.text}</t></is></c></row>`);
  if (styled && ref !== null) {
    const corner = XLSX.utils.decode_range(ref).e;
    rows.push(`<row r="${corner.r + 1}"><c r="${XLSX.utils.encode_cell(corner)}" s="1"/></row>`);
  }
  return withPart(bytes, 'xl/worksheets/sheet1.xml', (xml) => {
    const dimension = ref === null ? '' : `<dimension ref="${ref}"/>`;
    const patched = xml.replace(/<dimension ref="[^"]*"\/>/u, dimension).replace('</sheetData>', `${rows.join('')}</sheetData>`);
    expect(patched.includes('<dimension')).toBe(ref !== null);
    return patched;
  });
}

/** The .xlsx with one part's text changed (the other parts as they were). */
function withPart(bytes: Uint8Array, name: string, change: (text: string) => string): Uint8Array {
  const entries = [...(zipEntries(bytes) ?? [])].map(([entry, e]) => ({ name: entry, data: entryBytes(bytes, e) ?? new Uint8Array() }));
  expect(entries.map((e) => e.name)).toContain(name);
  return zip(
    entries.map((e) => (e.name === name ? { name, data: new TextEncoder().encode(change(new TextDecoder().decode(e.data))) } : e)),
    (d) => deflateRawSync(d),
  );
}

/** Both readers' reading of the bytes, which must agree, and whether the plain reader took them. */
async function both(bytes: Uint8Array): Promise<{ book: WorkbookText; took: boolean }> {
  const fast = await readWorkbook(bytes);
  const library = await readWorkbook(bytes, 'library');
  expect(fast).toEqual(library);
  return { book: fast, took: fastXlsx(bytes) !== null };
}

describe('a sheet declaring more rows than it holds', () => {
  it.each([
    ['A1:J1048576, Excel’s whole height, with a formatted empty cell at its bottom', 'A1:J1048576', true],
    ['A1:J1048576, by its dimension only', 'A1:J1048576', false],
    ['A1:J150000', 'A1:J150000', false],
    ['A1:Z50000 (under the limit: read only to the last row holding data)', 'A1:Z50000', false],
  ])('is read as its rows: %s', async (_what, ref, styled) => {
    const { book, took } = await both(schoolsBook(ref, [], styled));
    expect(took).toBe(true);
    const sheet = book.ok ? book.sheets[0] : undefined;
    expect(sheet?.truncated).toBe(false);
    expect(sheet?.rows).toHaveLength(1 + schools.rows.length);
    expect(sheet?.rows[1]?.slice(0, schools.header.length)).toEqual(schools.rows[0]);
  });

  it('is loaded as the county’s schools, as its CSV file is (the tester’s repro)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-dim-'));
    writeFileSync(join(dir, '学校-dim.xlsx'), schoolsBook('A1:J1048576', [], true));
    const r = await loadCounty([join(dir, '学校-dim.xlsx'), join(DATA, '教师.csv'), join(DATA, '岗位.csv')]);
    expect(r.ok ? [] : formatIssues(r.issues)).toEqual([]);
    expect(r.ok && r.value.schools).toHaveLength(schools.rows.length);
  });
});

describe('a sheet holding data past the row limit', () => {
  it.each([
    ['in the first row past the limit', MAX_SHEET_ROWS + 1, `A1:J${MAX_SHEET_ROWS + 1}`],
    // Read before as the 30 rows, the row past the limit dropped without a word.
    ['in the first row past the limit, outside the sheet’s own dimension', MAX_SHEET_ROWS + 1, 'A1:J31'],
    ['in the first row past the limit, in a sheet without a dimension', MAX_SHEET_ROWS + 1, null],
    ['far past it, under a dimension reaching it', 200_000, 'A1:J200000'],
    ['far past it, under Excel’s whole height', 1_048_576, 'A1:J1048576'],
  ])('is refused: one data row %s', async (_what, row, ref) => {
    const { book } = await both(schoolsBook(ref, [{ row, text: '多余的一行' }]));
    const sheet = book.ok ? book.sheets[0] : undefined;
    expect(sheet?.truncated).toBe(true);
    // The rows under the limit are still there, for the header that names the table in the message.
    expect(sheet?.rows[0]).toEqual(schools.header);
  });

  it('is refused with the limit’s message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-dim-'));
    writeFileSync(join(dir, '学校-long.xlsx'), schoolsBook('A1:J1048576', [{ row: 1_048_576, text: '多余的一行' }]));
    const r = await loadCounty([join(dir, '学校-long.xlsx'), join(DATA, '教师.csv'), join(DATA, '岗位.csv')]);
    expect(r.ok ? [] : formatIssues(r.issues)).toContain('学校-long.xlsx[学校]: 数据行超过100,000行的上限，未读取此工作表 / more than 100,000 data rows, the most one table may have; the sheet was not read');
  });
});
