/**
 * A printed template's rows that no one filled in: a 序号 numbered down the form, a 备注 cell on
 * its own. They were records, each an error on every required column; they are blank rows now, in
 * a workbook and a CSV file alike, while a row with any read cell filled is still a record.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { formatIssues } from '../../src/schema/format-issue.js';
import { workbookBytes } from '../helpers/workbooks.js';
import { county, problems, SCHOOLS } from './load-county-helpers.js';

const HEADER = ['序号', 'teacher_id', 'name', 'school_id', 'subject', 'years_at_school', '备注'];
const FILLED = [
  ['1', 'T1', '王芳', '001', '数学', '8', ''],
  ['2', 'T2', '李强', '001', '音乐', '7', '2024年9月借调'],
];
/** The form's rows 3…6, numbered and empty, and one with only a remark. */
const UNFILLED = [['3', '', '', '', '', '', ''], ['4', '', '', '', '', '', ''], ['', '', '', '', '', '', '以下空白'], ['5', '', '', '', '', '', '']];

const csv = (rows: readonly (readonly string[])[]): string => [HEADER, ...rows].map((r) => r.join(',')).join('\n') + '\n';
const book = (rows: readonly (readonly string[])[]): Uint8Array => workbookBytes([{ name: '教师', sheet: XLSX.utils.aoa_to_sheet([HEADER, ...rows.map((r) => [...r])]) }], 'xlsx');

describe('a template row with only columns the tool does not read filled', () => {
  it('is a blank row in a CSV file and in a workbook', async () => {
    const tables: Record<string, string | Uint8Array>[] = [{ 'teachers.csv': csv([...FILLED, ...UNFILLED]) }, { '教师.xlsx': book([...FILLED, ...UNFILLED]) }];
    for (const teachers of tables) {
      const c = await county({ 'schools.csv': SCHOOLS, ...teachers });
      expect(c.teachers.map((t) => t.id)).toEqual(['T1', 'T2']);
    }
  });

  it('a row with a read cell filled is still a record: a name without its 工号 is an error', async () => {
    const { lines } = await problems({ 'schools.csv': SCHOOLS, '教师.xlsx': book([...FILLED, ...UNFILLED, ['6', '', '张敏', '', '', '', '']]) });
    expect(lines.every((l) => l.startsWith('教师.xlsx[教师] 第8行'))).toBe(true);
    expect(lines.some((l) => l.startsWith('教师.xlsx[教师] 第8行「teacher_id」'))).toBe(true);
  });

  it('a template with no row filled has no data rows', async () => {
    const { issues } = await problems({ 'schools.csv': SCHOOLS, 'teachers.csv': csv(UNFILLED) });
    expect(formatIssues(issues)).toEqual(['teachers.csv: 教师表没有数据行（只有表头） / the teachers file has no data rows, only the header']);
  });
});
