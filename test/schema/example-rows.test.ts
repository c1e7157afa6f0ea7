/**
 * A template's first data row is often an example of how to fill it (序号 示例, 工号 000000, 姓名
 * 张三), which the clerk leaves in. It was read as a teacher, silently: a made-up 张三 taught 语文 at
 * a real school and counted in its staff. A row one of whose cells is only an example's mark (示例,
 * 例, 样例, 范例, 填写示例, 【示例】 …) is left out, in CSV files and workbooks, with one warning naming it.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import { workbookBytes } from '../helpers/workbooks.js';
import { load, SCHOOLS } from './load-county-helpers.js';

const HEADER = ['序号', 'teacher_id', 'name', 'school_id', 'subject', 'years_at_school', '备注'];
const ROWS = [
  ['1', 'T1', '王芳', '001', '数学', '8', ''],
  ['2', 'T2', '李强', '002', '音乐', '7', '示例学校交流'],
];

async function read(name: string, content: string | Uint8Array): Promise<{ teachers: string[]; warnings: string[] }> {
  const r = await load({ 'schools.csv': SCHOOLS, [name]: content });
  if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
  return { teachers: r.value.teachers.map((t) => `${t.id} ${t.name}`), warnings: formatIssues(r.value.warnings ?? []) };
}

describe('an example row left in a template', () => {
  it('is left out of a workbook, with a warning naming its row', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([['XX县教职工花名册'], HEADER, ['示例', '000000', '张三', '001', '语文', '8', ''], ...ROWS]);
    const r = await read('教师.xlsx', workbookBytes([{ name: '教师', sheet }], 'xlsx'));
    expect(r.teachers).toEqual(['T1 王芳', 'T2 李强']);
    expect(r.warnings).toContain('教师.xlsx[教师]: 第3行是填表示例（「示例」）, 未读入 / row 3 is an example of how to fill the table ("示例") and was not read');
  });

  it('is left out of a CSV file, its mark in any cell, in brackets or with a colon', async () => {
    const csv = [HEADER, ['【示例】', 'X0', '张三', '001', '语文', '8', ''], ...ROWS, ['3', 'X9', '李四', '002', '语文', '9', '例：']].map((r) => r.join(',')).join('\n');
    const r = await read('教师.csv', csv);
    expect(r.teachers).toEqual(['T1 王芳', 'T2 李强']);
    expect(r.warnings).toContain('教师.csv: 第2、5行是填表示例（「【示例】」「例：」）, 未读入 / rows 2, 5 are examples of how to fill the table ("【示例】", "例：") and were not read');
  });

  it('is not a row of a model school (示范, a class some counties give schools), nor one whose note only mentions an example', async () => {
    const csv = [HEADER, ...ROWS.map((r, i) => (i === 0 ? [...r.slice(0, 6), '示范'] : r))].map((r) => r.join(',')).join('\n');
    const r = await read('教师.csv', csv);
    expect(r.teachers).toEqual(['T1 王芳', 'T2 李强']);
    expect(r.warnings.filter((l) => l.includes('示例'))).toEqual([]);
  });
});
