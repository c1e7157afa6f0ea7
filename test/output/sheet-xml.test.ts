/** A worksheet's XML, written into bytes in one pass with its head put in last: the same text as the plain string of head, rows and tail, whatever the rows' lengths after the first. */
import { describe, expect, it } from 'vitest';
import { columnName, sheetXml, type CellValue } from '../../src/output/xlsx/sheet-xml.js';
import { SharedStrings } from '../../src/output/xlsx/shared-strings.js';

/** The sheet's rows as SpreadsheetML, written the plain way (strings numbered as they come). */
function plainRows(header: readonly string[], rows: readonly (readonly CellValue[])[], strings: SharedStrings): string {
  const cell = (c: number, r: number, v: CellValue, style: number): string => {
    if (v === null || (typeof v === 'number' && !Number.isFinite(v))) return '';
    return typeof v === 'number' ? `<c r="${columnName(c)}${r}" s="${style}"><v>${v}</v></c>` : `<c r="${columnName(c)}${r}" s="${style}" t="s"><v>${strings.index(v)}</v></c>`;
  };
  const head = `<row r="1">${header.map((h, c) => cell(c, 1, h, 2)).join('')}</row>`;
  return head + rows.map((row, i) => `<row r="${i + 2}">${header.map((_, c) => cell(c, i + 2, row[c] ?? null, typeof row[c] === 'number' ? 0 : 1)).join('')}</row>`).join('');
}

describe('sheetXml', () => {
  it('writes the head, every row and the tail, rows short or long after the first few hundred', () => {
    for (const n of [0, 1, 256, 257, 600, 3000]) {
      // After the first 256 rows some rows grow much longer than those measured: the buffer must still take them.
      const rows: CellValue[][] = Array.from({ length: n }, (_, i) => [String(i), i % 3 === 0 ? null : `名${i % 50}`, i * 0.5, i > 300 && i % 7 === 0 ? 'x'.repeat(2000) : 'a&b']);
      const header = ['工号', '姓名', '数', '理由'];
      const text = new TextDecoder().decode(sheetXml({ name: 's', header, rows }, new SharedStrings()));
      const body = plainRows(header, rows, new SharedStrings());
      expect(text.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ')).toBe(true);
      expect(text).toContain(`<dimension ref="A1:D${n + 1}"/>`);
      expect(text.slice(text.indexOf('<sheetData>') + '<sheetData>'.length, text.indexOf('</sheetData>'))).toBe(body);
      expect(text.endsWith(`<autoFilter ref="A1:D${n + 1}"/><pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>`)).toBe(true);
    }
  });

  it('fits the widest column of long text to the widest it is made', () => {
    const text = new TextDecoder().decode(sheetXml({ name: 's', header: ['理由'], rows: [['x'.repeat(500)]] }, new SharedStrings()));
    expect(text).toContain('<col min="1" max="1" width="60" customWidth="1"/>');
  });

  it('puts a heading above the table: its lines merged across the columns and not measured, the header under them frozen, filtered and printed on every page', () => {
    const heading = { title: '2026年度教师交流轮岗拟交流人员名单公示', subtitle: '城关第一小学（学校代码 341122001）', lines: ['公示期: ____年__月__日至____年__月__日（5个工作日）', 'x'.repeat(300)] };
    const strings = new SharedStrings();
    const text = new TextDecoder().decode(sheetXml({ name: 's', heading, header: ['工号', '姓名', '理由'], rows: [['000001', '王志', '补缺']] }, strings));
    const at = (k: number): string => String(strings.index([heading.title, heading.subtitle, ...heading.lines][k] ?? ''));
    expect(text).toContain(`<sheetData><row r="1" ht="24" customHeight="1"><c r="A1" s="3" t="s"><v>${at(0)}</v></c></row><row r="2"><c r="A2" s="4" t="s"><v>${at(1)}</v></c></row><row r="3"><c r="A3" s="1" t="s"><v>${at(2)}</v></c></row><row r="4"><c r="A4" s="1" t="s"><v>${at(3)}</v></c></row><row r="5"><c r="A5" s="2" t="s">`);
    expect(text).toContain('<row r="6"><c r="A6" s="1" t="s">');
    expect(text).toContain('<dimension ref="A1:C6"/>');
    expect(text).toContain('<pane ySplit="5" topLeftCell="A6" activePane="bottomLeft" state="frozen"/>');
    expect(text).toContain('<autoFilter ref="A5:C6"/><mergeCells count="4"><mergeCell ref="A1:C1"/><mergeCell ref="A2:C2"/><mergeCell ref="A3:C3"/><mergeCell ref="A4:C4"/></mergeCells><pageMargins');
    // The 300-character notice line does not widen column A.
    expect(text).toContain('<col min="1" max="1" width="7" customWidth="1"/>');
  });
});
