/**
 * Rows a sheet hides (filtered out by an AutoFilter left on, or hidden by hand: a clerk's way of
 * putting away staff who have left) are in the file, and the tool reads them, where the clerk sees
 * only the rows shown: a warning names them, so that a row meant to be out is deleted. A hidden
 * title row, or a hidden row holding nothing, is no teacher and is not named.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/input/read-workbook.js';
import { formatIssues } from '../../src/schema/format-issue.js';
import { libreOffice } from '../helpers/soffice.js';
import { workbookBytes } from '../helpers/workbooks.js';
import { load, SCHOOLS } from '../schema/load-county-helpers.js';

const TEACHERS = [
  ['XX县2026年教职工花名册'],
  ['teacher_id', 'name', 'school_id', 'subject', 'years_at_school'],
  ['T1', '王芳', '001', '数学', '8'],
  ['T2', '李强', '002', '音乐', '7'],
  [],
  ['T3', '张敏', '002', '语文', '3'],
  ['T4', '刘洋', '001', '语文', '9'],
  ['T5', '陈静', '003', '数学', '6'],
];

/** The roster with rows 1 (the title), 4, 5 (blank), 6 and 8 hidden (0-based 0, 3, 4, 5, 7). */
function roster(): XLSX.WorkSheet {
  const sheet = XLSX.utils.aoa_to_sheet(TEACHERS);
  sheet['!rows'] = [];
  for (const r of [0, 3, 4, 5, 7]) sheet['!rows'][r] = { hidden: true };
  sheet['!autofilter'] = { ref: 'A2:E8' };
  return sheet;
}

/** The warnings of loading the schools and the roster, in Chinese. */
async function warnings(name: string, bytes: Uint8Array): Promise<string[]> {
  const r = await load({ 'schools.csv': SCHOOLS, [name]: bytes });
  if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
  expect(r.value.teachers.map((t) => t.id)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5']);
  return formatIssues(r.value.warnings ?? []).map((l) => l.split(' / ')[0] ?? '');
}

const WARNING = '第4、6、8行在Excel中是隐藏的（被筛选掉或被隐藏）, 仍照常读取（共3行）; 不应读入的行请删除';

describe('hidden rows of a sheet', () => {
  it('are read, and one warning names the data rows hidden (.xlsx)', async () => {
    const bytes = workbookBytes([{ name: '教师', sheet: roster() }], 'xlsx');
    expect(await warnings('花名册.xlsx', bytes)).toContain(`花名册.xlsx[教师]: ${WARNING}`);
    // The plain reader and the library see the same hidden rows.
    expect(await readWorkbook(bytes)).toEqual(await readWorkbook(bytes, 'library'));
  });

  it('are named in English too, and a sheet hiding nothing gets no such warning', async () => {
    const r = await load({ 'schools.csv': SCHOOLS, '花名册.xlsx': workbookBytes([{ name: '教师', sheet: roster() }], 'xlsx') });
    if (!r.ok) throw new Error('expected a county');
    const line = formatIssues(r.value.warnings ?? []).find((l) => l.includes('隐藏'));
    expect(line).toContain('rows 4, 6, 8 are hidden in Excel (filtered out or hidden) and were read as any other row (3 rows); delete those that should not be read');
    // A filter hides blocks of rows: each block is named by its first and last row.
    const block = XLSX.utils.aoa_to_sheet(TEACHERS);
    block['!rows'] = [];
    for (const row of [2, 5, 6, 7]) block['!rows'][row] = { hidden: true };
    expect(await warnings('花名册.xlsx', workbookBytes([{ name: '教师', sheet: block }], 'xlsx'))).toContain('花名册.xlsx[教师]: 第3、6–8行在Excel中是隐藏的（被筛选掉或被隐藏）, 仍照常读取（共4行）; 不应读入的行请删除');
    const plain = await warnings('花名册.xlsx', workbookBytes([{ name: '教师', sheet: XLSX.utils.aoa_to_sheet(TEACHERS) }], 'xlsx'));
    expect(plain.filter((l) => l.includes('隐藏'))).toEqual([]);
  });

  it('are named in a workbook LibreOffice saved, as .xls and as .xlsx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-hidden-rows-'));
    writeFileSync(join(dir, '花名册.xlsx'), workbookBytes([{ name: '教师', sheet: roster() }], 'xlsx'));
    const convert = libreOffice();
    convert([join(dir, '花名册.xlsx')], 'xls', join(dir, 'xls'));
    convert([join(dir, '花名册.xlsx')], 'xlsx', join(dir, 'xlsx'));
    for (const path of [join(dir, 'xls', '花名册.xls'), join(dir, 'xlsx', '花名册.xlsx')]) {
      const name = path.endsWith('.xls') ? '花名册.xls' : '花名册.xlsx';
      expect(await warnings(name, new Uint8Array(readFileSync(path))), path).toContain(`${name}[教师]: ${WARNING}`);
    }
  }, 120_000);
});
