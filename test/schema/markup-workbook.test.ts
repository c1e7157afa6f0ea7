/**
 * A web system's `.xls` export that is an HTML table, or Excel 2003's XML spreadsheet, is read as
 * the workbook it is (it was read as CSV and refused for a header row of markup); its text is
 * decoded as a CSV file's (UTF-8 or GBK), and its cells are kept as written (ids keep their zeros).
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { markupWorkbook } from '../../src/input/detect-workbook.js';
import { formatIssues } from '../../src/schema/format-issue.js';
import { load, SCHOOLS } from './load-county-helpers.js';

const ROWS = [
  ['工号', '姓名', '学校代码', '任教学科', '本校任教年限', '进本校年月'],
  ['000123', '王芳', '001', '数学', '8', '2018-03'],
  ['000124', '李强', '002', '语文', '7', '201909'],
];

const htmlTable = (charset: string): string =>
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head><body><table>${ROWS.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table></body></html>`;

const xml2003 = `<?xml version="1.0" encoding="UTF-8"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
<Worksheet ss:Name="教师"><Table>${ROWS.map((r) => `<Row>${r.map((c) => `<Cell><Data ss:Type="String">${c}</Data></Cell>`).join('')}</Row>`).join('')}</Table></Worksheet>
</Workbook>`;

describe('a workbook written as markup', () => {
  it('is told from its text: an HTML table, Excel 2003 XML, or neither', () => {
    expect(markupWorkbook(htmlTable('utf-8'))).toBe('html');
    expect(markupWorkbook('\uFEFF  <table><tr><td>a</td></tr></table>')).toBe('html');
    expect(markupWorkbook(xml2003)).toBe('xml');
    expect(markupWorkbook('工号,姓名\nT1,<b>王芳</b>\n')).toBeNull();
    expect(markupWorkbook('<note>not a table</note>')).toBeNull();
  });

  for (const [what, bytes] of [
    ['an HTML table in GBK', iconv.encode(htmlTable('gbk'), 'gbk')],
    ['an HTML table in UTF-8', new TextEncoder().encode(htmlTable('utf-8'))],
    ['Excel 2003 XML', new TextEncoder().encode(xml2003)],
  ] as const) {
    it(`is read as a workbook: ${what}`, async () => {
      const r = await load({ 'schools.csv': SCHOOLS, '教师.xls': new Uint8Array(bytes) });
      if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
      expect(r.value.teachers.map((t) => [t.id, t.name, t.schoolId, t.subject])).toEqual([
        ['000123', '王芳', '001', '数学'],
        ['000124', '李强', '002', '语文'],
      ]);
    });
  }
});
