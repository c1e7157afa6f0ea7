/**
 * A school's own roster (no school column, the school named by its sheet) signed at the bottom as
 * the printed form is: 填表人 in the first cell, 审核人 under 姓名. The signature line was read as a
 * teacher with an empty 工号 (an error on a row that is no record), since the stand-in school
 * given to every row of such a sheet made the line more than signatures. It is left out with the
 * one warning every table gets for its totals and signature lines, as in a roster with a school column
 * (the note in the 序号 column alone is a blank row, as every row filled only in columns not read).
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import { workbookBytes } from '../helpers/workbooks.js';
import { county } from '../schema/load-county-helpers.js';

const SCHOOLS = 'school_id,name,stage,area,students\n001,城关一小,primary,urban,1200\n002,河口小学,primary,town,600\n';
const HEADER = ['序号', '工号', '姓名', '任教学科', '本校任教年限'];
const roster = (title: string, first: number): string[][] => [
  [title],
  HEADER,
  ['1', `T${first}`, '王芳', '数学', '8'],
  ['2', `T${first + 1}`, '李强', '语文', '3'],
  ['合计', '', '2人'],
  ['填表人：张三', '', '审核人：李四'],
  ['注：本表由学校填报'],
];

describe("a school's roster without a school column, signed under the table", () => {
  it.each([['xlsx', 'xlsx'], ['biff8', 'xls']] as const)('%s: the total, signature and note lines are no teachers', async (type, ext) => {
    const sheets = [
      { name: '城关一小', sheet: XLSX.utils.aoa_to_sheet(roster('城关一小教师名单', 1)) },
      { name: '河口小学', sheet: XLSX.utils.aoa_to_sheet(roster('河口小学教师名单', 3)) },
    ];
    const c = await county({ 'schools.csv': SCHOOLS, [`教师.${ext}`]: workbookBytes(sheets, type) });
    expect(c.teachers.map((t) => [t.id, t.schoolId])).toEqual([['T1', '001'], ['T2', '001'], ['T3', '002'], ['T4', '002']]);
    const footers = formatIssues(c.warnings ?? []).filter((w) => w.includes('合计、小计或签字、备注行'));
    expect(footers).toEqual([`教师.${ext}[城关一小]: 第5、6行是合计、小计或签字、备注行, 未读入 / rows 5, 6 are totals, subtotals, signatures or notes and were not read`, `教师.${ext}[河口小学]: 第5、6行是合计、小计或签字、备注行, 未读入 / rows 5, 6 are totals, subtotals, signatures or notes and were not read`]);
  });
});
