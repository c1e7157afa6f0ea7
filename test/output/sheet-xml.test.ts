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
});
