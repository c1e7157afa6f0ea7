/**
 * A template's 填表说明 sheet often shows an example of the table to fill (示例: a header and one
 * made-up row). It was read as a second teachers table, and the workbook refused: its columns
 * differ from the real sheet's, and the example's 工号 000001 is a real teacher's. An instructions
 * or example sheet (by its name, or a 示例 title over its table) whose table is of a kind another
 * sheet of the workbook holds is passed over, with a warning naming both sheets; alone, it is read.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import { workbookBytes } from '../helpers/workbooks.js';
import { load, SCHOOLS } from '../schema/load-county-helpers.js';

const HEADER = ['teacher_id', 'name', 'school_id', 'subject', 'years_at_school', 'gender'];
const TEACHERS = [HEADER, ['000001', '王芳', '001', '数学', '8', '女'], ['000002', '李强', '002', '音乐', '7', '男']];

/** A 填表说明 sheet with an example table under a 示例 line. */
const HELP = [['填表说明'], ['1. 带*号为必填项；2. 日期格式为YYYYMM'], [], ['示例：'], ['teacher_id', 'name', 'school_id', 'subject', 'years_at_school'], ['000001', '张三', '001', '语文', '8'], [], ['注：示例行不要删除']];

const sheet = (rows: string[][]): XLSX.WorkSheet => XLSX.utils.aoa_to_sheet(rows);

async function loaded(sheets: { name: string; rows: string[][] }[]) {
  const r = await load({ 'schools.csv': SCHOOLS, '教师.xlsx': workbookBytes(sheets.map((s) => ({ name: s.name, sheet: sheet(s.rows) })), 'xlsx') });
  if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
  return { teachers: r.value.teachers.map((t) => `${t.id} ${t.name}`), warnings: formatIssues(r.value.warnings ?? []).map((l) => l.split(' / ')[0] ?? '') };
}

describe('an instructions sheet showing an example table', () => {
  it('is passed over, named in a warning, where another sheet holds the table', async () => {
    const r = await loaded([{ name: '填表说明', rows: HELP }, { name: '教师信息', rows: TEACHERS }]);
    expect(r.teachers).toEqual(['000001 王芳', '000002 李强']);
    expect(r.warnings).toContain('教师.xlsx[填表说明]: 说明或示例工作表中的表未读取（其表头像教师表, 本工作簿的「教师信息」工作表已有教师表）');
    // Teachers on two sheets (小学, 初中) are both read beside it.
    const split = await loaded([{ name: '填表说明', rows: HELP }, { name: '小学', rows: TEACHERS.slice(0, 2) }, { name: '初中', rows: [HEADER, ...TEACHERS.slice(2)] }]);
    expect(split.teachers).toEqual(['000001 王芳', '000002 李强']);
  });

  it('is told by a 示例 title over its table, whatever the sheet is called', async () => {
    const r = await loaded([{ name: '教师信息', rows: TEACHERS }, { name: 'Sheet3', rows: HELP.slice(3) }]);
    expect(r.teachers).toEqual(['000001 王芳', '000002 李强']);
    expect(r.warnings.some((l) => l.startsWith('教师.xlsx[Sheet3]: 说明或示例工作表中的表未读取'))).toBe(true);
  });

  it('is read where no other sheet holds a table of its kind', async () => {
    const r = await loaded([{ name: '填表说明', rows: TEACHERS }]);
    expect(r.teachers).toEqual(['000001 王芳', '000002 李强']);
    expect(r.warnings.filter((l) => l.includes('说明或示例'))).toEqual([]);
  });
});
