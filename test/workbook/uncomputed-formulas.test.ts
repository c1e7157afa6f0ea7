/**
 * A roster a program wrote as .xlsx with 本校任教年限 as a formula (=DATEDIF(…)) and no saved
 * result: Excel computes and shows the years on opening, the file holds none, and every such cell
 * was told 应为不小于0的年数, 实为空白 with nothing to say why the clerk saw figures. The table's
 * problems now begin with the cause and what to do (open in Excel or WPS and save); a workbook
 * Excel saved, its results kept, reads as it shows.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { workbookBytes } from '../helpers/workbooks.js';
import { county, problems } from '../schema/load-county-helpers.js';

const SCHOOLS = 'school_id,name,stage,area,students\n001,城关一小,primary,urban,1200\n';
const HEADER = ['工号', '姓名', '学校代码', '任教学科', '本校任教年限'];
const years = (joined: number, v?: number): XLSX.CellObject => ({ t: 'n', f: `DATEDIF(DATE(${joined},9,1),DATE(2026,8,31),"y")`, ...(v !== undefined && { v }) }) as XLSX.CellObject;

function book(withResults: boolean): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet([['XX县教师信息表'], HEADER, ['T1', '王芳', '001', '数学', years(2016, withResults ? 9 : undefined)], ['T2', '李强', '001', '语文', years(2021, withResults ? 4 : undefined)]]);
  return workbookBytes([{ name: '教师', sheet }], 'xlsx');
}

describe('formulas a program wrote without their results', () => {
  it('are named first, with the fix, before the empty cells they read as', async () => {
    const { lines } = await problems({ 'schools.csv': SCHOOLS, '教师.xlsx': book(false) });
    expect(lines[0]).toBe('教师.xlsx[教师]: 第3行「本校任教年限」等 2 个单元格是公式, 文件中没有保存公式的计算结果（由程序生成、未在Excel或WPS中保存过的文件）, 读作空白: 请用Excel或WPS打开此文件并保存, 再运行 / 2 cells, the first in row 3 "本校任教年限", hold formulas whose results the file does not keep (written by a program, never saved in Excel or WPS), and read as empty: open the file in Excel or WPS, save it and run again');
    expect(lines.slice(1).every((l) => l.includes('实为空白'))).toBe(true);
  });

  it('with their results kept, read as Excel shows them', async () => {
    const c = await county({ 'schools.csv': SCHOOLS, '教师.xlsx': book(true) });
    expect(c.teachers.map((t) => [t.id, t.yearsAtSchool])).toEqual([['T1', 9], ['T2', 4]]);
  });
});
