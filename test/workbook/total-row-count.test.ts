/**
 * A roster's total row counts its teachers in the 工号 column (=COUNTA(B3:B4), or 2人 typed) and
 * sums 本校任教年限 under 合计 in the first cell, 姓名 left empty. Read as a teacher whose 工号 is
 * the count, it stopped the run with 第5行「姓名」: 应为非空内容, 实为空白. A row with a total's
 * word and no name is no record whatever its 工号 holds: it is left out with the one warning.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import { workbookBytes } from '../helpers/workbooks.js';
import { county } from '../schema/load-county-helpers.js';

const SCHOOLS = 'school_id,name,stage,area,students\n001,城关一小,primary,urban,1200\n';
const HEADER = ['序号', '工号', '姓名', '学校代码', '任教学科', '本校任教年限'];

describe('a total row that counts the teachers in the 工号 column', () => {
  it.each([
    ['a COUNTA formula', { t: 'n', v: 2, f: 'COUNTA(B3:B4)' }],
    ['a count typed with 人', { t: 's', v: '2人' }],
  ])('%s, 姓名 empty: no teacher, one warning', async (_, count) => {
    const sheet = XLSX.utils.aoa_to_sheet([['XX县教师表'], HEADER, [1, 'T1', '王芳', '001', '数学', 8], [2, 'T2', '李强', '001', '语文', 3], ['合计', count, '', '', '', { t: 'n', v: 11, f: 'SUM(F3:F4)' }]]);
    const c = await county({ 'schools.csv': SCHOOLS, '教师.xlsx': workbookBytes([{ name: '教师', sheet }], 'xlsx') });
    expect(c.teachers.map((t) => t.id)).toEqual(['T1', 'T2']);
    expect(formatIssues(c.warnings ?? []).filter((w) => w.includes('合计'))).toEqual(['教师.xlsx[教师]: 第5行是合计、小计或签字、备注行, 未读入 / row 5 is a total, subtotal, signature or note line and was not read']);
  });

  it('a teacher row with a name is still read, and a bad one still named', async () => {
    // 合计 in the 序号 column of a row that is a teacher's (a slip of the pen) is no total: it has a name.
    const sheet = XLSX.utils.aoa_to_sheet([HEADER, [1, 'T1', '王芳', '001', '数学', 8], ['合计', 'T2', '李强', '001', '语文', 3]]);
    const c = await county({ 'schools.csv': SCHOOLS, '教师.xlsx': workbookBytes([{ name: '教师', sheet }], 'xlsx') });
    expect(c.teachers.map((t) => t.id)).toEqual(['T1', 'T2']);
  });
});
