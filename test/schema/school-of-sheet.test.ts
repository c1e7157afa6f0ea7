/**
 * A school's own roster, as bureaus collect them: a teachers sheet with no school column, its
 * school named by the file, the sheet or the title above the table. It was refused for the missing
 * 学校代码; its teachers are now that school's, with one warning for all such tables.
 */
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import { schoolNamedIn } from '../../src/schema/school-of-sheet.js';
import { school } from '../helpers/make-county.js';
import { templateSheet, workbookBytes } from '../helpers/workbooks.js';
import { load, problems } from './load-county-helpers.js';

const SCHOOLS = `学校代码,学校名称,学段,城乡类型,在校学生数
001,城关第一小学,小学,城区,1200
002,河口小学,小学,镇区,600
003,第一小学,小学,乡村,150
`;
const HEADER = ['工号', '姓名', '任教学科', '本校任教年限'];

describe('a teachers table with no school column', () => {
  it('is the school its title row, sheet or file names: one warning for all such tables', async () => {
    const titled = workbookBytes([{ name: '花名册', sheet: templateSheet('城关第一小学教职工花名册', HEADER, [['T1', '王芳', '数学', '8']]) }], 'xlsx');
    const byFile = `工号,姓名,任教学科,本校任教年限\nT2,李强,语文,7\n`;
    const r = await load({ 'schools.csv': SCHOOLS, '花名册1.xlsx': titled, '河口小学.csv': byFile });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.teachers.map((t) => [t.id, t.schoolId])).toEqual([['T1', '001'], ['T2', '002']]);
    const w = formatIssues(r.value.warnings ?? []).filter((l) => l.includes('没有「学校代码」列'));
    expect(w).toHaveLength(1);
    expect(w[0]).toContain('2 个教师表没有「学校代码」列, 按文件名、工作表名或标题行中的学校名称读作该校的教师: ');
    expect(w[0]).toContain('花名册1.xlsx[花名册] → 001 城关第一小学');
    expect(w[0]).toContain('河口小学.csv → 002 河口小学');
  });

  it('naming no school of the schools file is an error that says where it looked', async () => {
    const { lines } = await problems({ 'schools.csv': SCHOOLS, '教师.csv': `工号,姓名,任教学科,本校任教年限\nT1,王芳,数学,8\n` });
    expect(lines).toEqual(['教师.csv: 缺少必需列「学校代码」（school_id）, 也无法从「教师」认出是学校表中的哪所学校; 请加学校代码列 / missing required column school_id (学校代码), and "教师" name no one school of the schools file; add the school_id column']);
  });

  it('takes the longest school name the texts hold (城关第一小学 before 第一小学), none when two are as long', () => {
    const schools = [
      school('001', 'urban', { name: '城关第一小学' }),
      school('003', 'rural', { name: '第一小学' }),
      school('004', 'town', { name: '河口二小' }),
      school('005', 'town', { name: '河口三小' }),
    ];
    expect(schoolNamedIn(['花名册', '城关第一小学教职工花名册'], schools)?.id).toBe('001');
    expect(schoolNamedIn(['第一小学'], schools)?.id).toBe('003');
    expect(schoolNamedIn(['河口二小、河口三小合并花名册'], schools)).toBeUndefined();
  });
});
