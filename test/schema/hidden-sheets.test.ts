/**
 * A hidden sheet is not what the user sees: a template's code lists for its drop-downs (学段, 学科,
 * 学校代码 …) were read as a second schools table and refused. Hidden sheets are not read; one whose
 * header is a table's is named in a warning, and a workbook whose tables are all hidden says so.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import { workbookBytes } from '../helpers/workbooks.js';
import { load, problems, SCHOOLS } from './load-county-helpers.js';

const TEACHERS = [
  ['teacher_id', 'name', 'school_id', 'subject', 'years_at_school'],
  ['T1', '王芳', '001', '数学', '8'],
  ['T2', '李强', '002', '音乐', '7'],
];

/** A template's code lists: a 学校代码 and a 学段 column, as a schools table's start. */
const CODES = [
  ['学段', '学科', '学校代码'],
  ['小学', '语文', '001'],
  ['初中', '数学', '002'],
];

const sheet = (rows: string[][]): XLSX.WorkSheet => XLSX.utils.aoa_to_sheet(rows);

describe('hidden sheets', () => {
  for (const [ext, bookType] of [['xlsx', 'xlsx'], ['xls', 'biff8']] as const) {
    it(`are not read, and one with a table's header is named in a warning (.${ext})`, async () => {
      const book = workbookBytes([{ name: '教师', sheet: sheet(TEACHERS) }, { name: '字典', sheet: sheet(CODES), hidden: true }], bookType);
      const r = await load({ 'schools.csv': SCHOOLS, [`教师.${ext}`]: book });
      if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
      expect(r.value.teachers.map((t) => t.id)).toEqual(['T1', 'T2']);
      expect(r.value.files.map((f) => f.name)).not.toContain(`教师.${ext}[字典]`);
      expect(formatIssues(r.value.warnings ?? []).map((l) => l.split(' / ')[0])).toContain(`教师.${ext}[字典]: 隐藏的工作表未读取（其表头像学校表）; 如需读取, 请在Excel中取消隐藏`);
      // Shown, the same sheet is read, and refused as the schools table it is not.
      const shown = workbookBytes([{ name: '教师', sheet: sheet(TEACHERS) }, { name: '字典', sheet: sheet(CODES) }], bookType);
      const { lines } = await problems({ 'schools.csv': SCHOOLS, [`教师.${ext}`]: shown });
      expect(lines.some((l) => l.startsWith(`教师.${ext}[字典]: 缺少必需列`))).toBe(true);
    });

    it(`a workbook whose tables are all on hidden sheets is an error saying so (.${ext})`, async () => {
      const book = workbookBytes([{ name: '说明', sheet: sheet([['填表说明: 工号必填']]) }, { name: '教师', sheet: sheet(TEACHERS), hidden: true }], bookType);
      const { lines } = await problems({ 'schools.csv': SCHOOLS, [`教师.${ext}`]: book });
      expect(lines.map((l) => l.split(' / ')[0])).toContain(`教师.${ext}: 可识别的表都在隐藏的工作表中（「教师」）, 未读取; 请在Excel中取消隐藏后再试`);
    });
  }
});
