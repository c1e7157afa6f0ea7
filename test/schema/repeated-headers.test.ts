/**
 * Per-school blocks pasted one under another in one sheet, each with its title row and the header
 * again. The repeated headers were read as records (「性别」 expected 男/女, found 「性别」); they and
 * the title above each are left out now, with one warning naming their rows.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { formatIssues } from '../../src/schema/format-issue.js';
import { workbookBytes } from '../helpers/workbooks.js';
import { county, problems } from './load-county-helpers.js';

const SCHOOLS = `学校代码,学校名称,学段,城乡类型,在校学生数
001,城关第一小学,小学,城区,1200
002,河口小学,小学,镇区,600
`;
const HEADER = ['工号', '姓名', '性别', '学校代码', '任教学科', '本校任教年限'];
const BLOCKS = [
  ['城关第一小学教师名单'], HEADER, ['T1', '王芳', '女', '001', '数学', '8'], ['T2', '李强', '男', '001', '音乐', '7'],
  [], ['河口小学教师名单'], HEADER, ['T3', '张敏', '女', '002', '语文', '3'],
];
const sheetOf = (rows: string[][]) => workbookBytes([{ name: '教师', sheet: XLSX.utils.aoa_to_sheet(rows) }], 'xlsx');
/** As Excel saves a sheet as CSV: every row as wide as the widest, a title row's cell followed by commas. */
const csvOf = (rows: string[][]) => rows.map((r) => HEADER.map((_, i) => r[i] ?? '').join(',')).join('\n') + '\n';

describe('blocks pasted one under another, each with a title and the header again', () => {
  it('read as one table: the repeated headers and their titles are no records, one warning names them', async () => {
    const c = await county({ 'schools.csv': SCHOOLS, '教师.xlsx': sheetOf(BLOCKS) });
    expect(c.teachers.map((t) => [t.id, t.schoolId])).toEqual([['T1', '001'], ['T2', '001'], ['T3', '002']]);
    expect(formatIssues(c.warnings ?? [])).toContain('教师.xlsx[教师]: 第6、7行是重复的表头行或其上的标题行（分块粘贴的表）, 未读入 / rows 6, 7 repeat the header row or are the title above one (blocks pasted one under another) and were not read');
  });

  it('in a CSV file too, a repeated header with a blank cell among them', async () => {
    const rows = BLOCKS.slice(1).map((r) => (r === HEADER ? HEADER.map((h) => (h === '性别' ? '' : h)) : r));
    const c = await county({ 'schools.csv': SCHOOLS, '教师.csv': csvOf(rows) });
    expect(c.teachers.map((t) => t.id)).toEqual(['T1', 'T2', 'T3']);
    expect(formatIssues(c.warnings ?? [])).toContain('教师.csv: 第5、6行是重复的表头行或其上的标题行（分块粘贴的表）, 未读入 / rows 5, 6 repeat the header row or are the title above one (blocks pasted one under another) and were not read');
  });

  it('with no school column, blocks titled apart are an error; a title repeated as on printed pages is the sheet\'s school', async () => {
    const noSchool = (rows: string[][]) => rows.map((r) => r.filter((_, i) => r.length < HEADER.length || i !== 3));
    const { lines } = await problems({ 'schools.csv': SCHOOLS, '教师.xlsx': sheetOf(noSchool(BLOCKS)) });
    expect(lines).toEqual([
      '教师.xlsx[教师]: 表中分块粘贴, 各块的标题（「河口小学教师名单」）可能是不同的学校, 但表中没有「学校代码」列, 无法分辨各块教师的学校; 请加学校代码列, 或把每块放到以学校命名的工作表中 / the table is in blocks pasted one under another whose titles ("河口小学教师名单") may name different schools, but it has no school_id (学校代码) column to tell each block\'s school by; add the column, or put each block on a sheet named after its school',
    ]);
    const pages = noSchool([...BLOCKS.slice(0, 4), ['城关第一小学教师名单'], HEADER, ['T4', '赵刚', '男', '001', '体育', '2']]);
    const c = await county({ 'schools.csv': SCHOOLS, '教师.xlsx': sheetOf(pages) });
    expect(c.teachers.map((t) => [t.id, t.schoolId])).toEqual([['T1', '001'], ['T2', '001'], ['T4', '001']]);
  });
});
