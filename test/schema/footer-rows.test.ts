/**
 * A county's sheet as printed: a 合计 row under the schools, 小计 rows between townships, and the
 * signature line (填表人：… 审核人：…) at the foot. They are no records: left out, with one warning
 * per table naming their rows; everything else is read as before.
 */
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import * as XLSX from '@e965/xlsx';
import { templateSheet, workbookBytes } from '../helpers/workbooks.js';
import { load, problems, SCHOOLS, TEACHERS } from './load-county-helpers.js';

describe('totals, subtotals and signature lines', () => {
  it('are left out of a CSV file, with one warning naming their rows', async () => {
    const schools = `${SCHOOLS}合计,,,,1950,\n,,,,,\n填表人：张三,,审核人：李四,,填报日期：2026年3月,\n`;
    const teachers = `${TEACHERS},小计,,,,\n`;
    const r = await load({ 'schools.csv': schools, 'teachers.csv': teachers });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.schools.map((s) => s.id)).toEqual(['001', '002', '003']);
    expect(r.value.teachers.map((t) => t.id)).toEqual(['T1', 'T2', 'T3']);
    expect(formatIssues(r.value.warnings ?? [])).toEqual([
      'schools.csv: 第5、7行是合计、小计或签字、备注行, 未读入 / rows 5, 7 are totals, subtotals, signatures or notes and were not read',
      'teachers.csv: 第5行是合计、小计或签字、备注行, 未读入 / row 5 is a total, subtotal, signature or note line and was not read',
    ]);
  });

  it('a total that counts in its own cell (合计2人, 共计：3人 under 工号) is left out too', async () => {
    const locks = '工号,操作,学校代码\nT1,留任,\nT3,禁止,001\n合计2人,,\n共计：3人,,\n';
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS, 'locks.csv': locks });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.locks.map((l) => l.teacherId)).toEqual(['T1', 'T3']);
    expect(formatIssues(r.value.warnings ?? [])).toContain('locks.csv: 第4、5行是合计、小计或签字、备注行, 未读入 / rows 4, 5 are totals, subtotals, signatures or notes and were not read');
  });

  it('are left out of a workbook in the national template\'s shape', async () => {
    const header = ['学校代码', '学校名称', '学段', '城乡类型', '在校学生数'];
    const sheet = templateSheet('XX县学校信息表', header, [['001', '城关一小', '小学', '城区', '1200'], ['002', '河口小学', '小学', '镇区', '600'], ['', '合计', '', '', '1800'], ['填表人：张三', '', '审核人：李四', '', '']]);
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限\nT1,王芳,001,数学,8\n`;
    const r = await load({ '学校.xlsx': workbookBytes([{ name: '学校', sheet }], 'xlsx'), 'teachers.csv': teachers });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.schools.map((s) => s.id)).toEqual(['001', '002']);
    expect(formatIssues(r.value.warnings ?? []).some((w) => /^学校\.xlsx\[学校\]: 第7、8行是合计/u.test(w))).toBe(true);
  });

  it('a school\'s 小计 row is left out where the sheet merges 学校代码 down over it, in teachers and posts', async () => {
    const teachers = XLSX.utils.aoa_to_sheet([
      ['学校代码', '工号', '姓名', '任教学科', '本校任教年限'],
      ['001', 'T1', '王芳', '数学', 8],
      ['', 'T2', '李强', '音乐', 7],
      ['', '', '小计', 2, ''],
      ['002', 'T3', '张敏', '语文', 3],
      ['', '', '小计', 1, ''],
      ['', '', '合计', 3, ''],
    ]);
    teachers['!merges'] = [{ s: { r: 1, c: 0 }, e: { r: 3, c: 0 } }, { s: { r: 4, c: 0 }, e: { r: 5, c: 0 } }];
    const posts = XLSX.utils.aoa_to_sheet([
      ['学校代码', '学科', '岗位数'],
      ['001', '数学', 2],
      ['', '音乐', 1],
      ['', '小计', 3],
    ]);
    posts['!merges'] = [{ s: { r: 1, c: 0 }, e: { r: 3, c: 0 } }];
    const book = workbookBytes([{ name: '教师', sheet: teachers }, { name: '岗位', sheet: posts }], 'xlsx');
    const r = await load({ 'schools.csv': SCHOOLS, '县.xlsx': book });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.teachers.map((t) => [t.id, t.schoolId])).toEqual([['T1', '001'], ['T2', '001'], ['T3', '002']]);
    expect(r.value.posts?.map((p) => [p.schoolId, p.subject, p.posts])).toEqual([['001', '数学', 2], ['001', '音乐', 1]]);
    const warnings = formatIssues(r.value.warnings ?? []);
    expect(warnings).toContain('县.xlsx[教师]: 第4、6、7行是合计、小计或签字、备注行, 未读入 / rows 4, 6, 7 are totals, subtotals, signatures or notes and were not read');
    expect(warnings).toContain('县.xlsx[岗位]: 第4行是合计、小计或签字、备注行, 未读入 / row 4 is a total, subtotal, signature or note line and was not read');
  });

  it('a row with an id is a record, whatever its name says; a note that is no footer word is still an error', async () => {
    const teachers = `${TEACHERS}T4,合计,002,语文,3,\n以下为借调人员,,,,,\n`;
    const { lines } = await problems({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers });
    expect(lines.some((l) => l.startsWith('teachers.csv 第5行'))).toBe(false);
    expect(lines.some((l) => l.startsWith('teachers.csv 第6行'))).toBe(true);
  });
});
