/**
 * A workbook's sheet that is evidently a table of some kind but lacks a required column (a
 * national-system export with 身份证件号 and no 工号), beside recognised sheets. It was passed over
 * in silence and the run said only 缺少教师表; its diagnosis now names the sheet, as an error where
 * no table of its kind was read and as a warning where one was. Sheets that look like nothing (a
 * 说明 sheet) are still passed over without a word.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { formatIssues } from '../../src/schema/format-issue.js';
import { workbookBytes } from '../helpers/workbooks.js';
import { county, problems } from './load-county-helpers.js';

const SCHOOLS = [['学校代码', '学校名称', '学段', '城乡类型', '在校学生数'], ['001', '城关一小', '小学', '城区', '1200'], ['002', '河口小学', '小学', '镇区', '600']];
const TEACHERS = [['工号', '姓名', '学校代码', '任教学科', '本校任教年限'], ['T1', '王芳', '001', '数学', '8']];
/** The national system's export: an ID number, no 工号, a title row above. */
const NATIONAL = [['XX县教职工基本信息'], ['序号', '姓名', '性别', '身份证件号', '学校名称', '任课学科', '进本校年月'], ['1', '李强', '男', '341122198001011234', '河口小学', '语文', '2015-09']];
const NOTES = [['填表说明'], ['1. 工号为教师在本县的编号'], ['2. 日期格式：198001']];

const sheet = (aoa: string[][]) => XLSX.utils.aoa_to_sheet(aoa);

describe('a sheet that is nearly a table of some kind', () => {
  it('is the error, naming its sheet and header row, where no table of its kind was read', async () => {
    const book = workbookBytes([{ name: '说明', sheet: sheet(NOTES) }, { name: '学校', sheet: sheet(SCHOOLS) }, { name: '教职工基本信息', sheet: sheet(NATIONAL) }], 'xlsx');
    const { lines } = await problems({ '县.xlsx': book });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^县\.xlsx\[教职工基本信息\] 第2行: 看起来是教师表（识别出 5 列）, 但缺少必需列「工号」/u);
    expect(lines[0]).toContain(' / row 2: looks like a teachers file (5 columns recognised) but lacks the required column "工号" (teacher_id)');
  });

  it('is a warning where a table of its kind was read elsewhere: its rows may be teachers left out', async () => {
    const book = workbookBytes([{ name: '学校', sheet: sheet(SCHOOLS) }, { name: '教师', sheet: sheet(TEACHERS) }, { name: '河口小学', sheet: sheet(NATIONAL) }, { name: '说明', sheet: sheet(NOTES) }], 'xlsx');
    const c = await county({ '县.xlsx': book });
    expect(c.teachers.map((t) => t.id)).toEqual(['T1']);
    const warnings = formatIssues(c.warnings ?? []).filter((w) => w.includes('未读取'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^县\.xlsx\[河口小学\] 第2行: 此工作表未读取（教师表已从别处读入）: 看起来是教师表/u);
    expect(warnings[0]).toContain(' / row 2: this sheet was not read (a teachers table was read elsewhere): looks like a teachers file');
  });

  it('本校教龄 and 进本单位年月 are a county roster\'s names for years at the school and the month joined', async () => {
    for (const years of [['本校教龄', '8'], ['进本单位年月', '2018-09']]) {
      const teachers = [['工号', '姓名', '学校代码', '任教学科', years[0] ?? ''], ['T1', '王芳', '001', '数学', years[1] ?? '']];
      const c = await county({ '县.xlsx': workbookBytes([{ name: '学校', sheet: sheet(SCHOOLS) }, { name: '教师', sheet: sheet(teachers) }], 'xlsx') });
      expect(c.teachers.map((t) => t.id)).toEqual(['T1']);
    }
  });
});
