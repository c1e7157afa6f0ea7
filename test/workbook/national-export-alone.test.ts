/**
 * The national teacher system's export of a roster (身份证件号, no 工号) given as a workbook of its
 * own, its header under a title row as the export writes it. Its only sheet is nearly a teachers
 * table; the message said the sheet's first row (the title) had no column names and looked like
 * data, asking whether the header row was missing. It now names the header row and the column it
 * lacks, as it does when the header is on the first row or beside a recognised sheet.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { workbookBytes } from '../helpers/workbooks.js';
import { problems } from '../schema/load-county-helpers.js';

const SCHOOLS = 'school_id,name,stage,area,students\n001,城关一小,primary,urban,1200\n';
const HEADER = ['序号', '姓名', '性别', '身份证件号', '出生日期', '所在学校', '任课学科', '进本校年月', '是否在编', '人员状态'];
const ROW = ['1', '李强', '男', '341122198001011234', '1980-01-01', '城关一小', '语文', '2015-09', '是', '在岗'];
const NOTES = [['填表说明'], ['1. 本表由全国教师管理信息系统导出'], ['2. 日期格式：198001']];
const sheet = (aoa: string[][]) => XLSX.utils.aoa_to_sheet(aoa);

describe('a national-system export, alone in its workbook, its header under a title row', () => {
  it.each([['xlsx', 'xlsx'], ['biff8', 'xls']] as const)('%s: names the header row and the missing 工号, not "the first row looks like data"', async (type, ext) => {
    const book = workbookBytes([{ name: '教职工信息', sheet: sheet([['XX县2026年教师信息表'], HEADER, ROW]) }], type);
    const { lines } = await problems({ 'schools.csv': SCHOOLS, [`教师.${ext}`]: book });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^教师\\.${ext}\\[教职工信息\\] 第2行: 看起来是教师表（识别出 \\d+ 列）, 但缺少必需列「工号」`, 'u'));
    expect(lines[0]).toContain(' / row 2: looks like a teachers file');
    expect(lines[0]).not.toContain('第一行');
    expect(lines[0]).not.toContain('341122198001011234');
  });

  it('beside a 说明 sheet, the near table is the one message: the notes are no table missed', async () => {
    const book = workbookBytes([{ name: '说明', sheet: sheet(NOTES) }, { name: '教职工信息', sheet: sheet([['XX县2026年教师信息表'], ['填报单位：XX县教育局'], HEADER, ROW]) }], 'xlsx');
    const { lines } = await problems({ 'schools.csv': SCHOOLS, '教师.xlsx': book });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^教师\.xlsx\[教职工信息\] 第3行: 看起来是教师表/u);
  });
});
