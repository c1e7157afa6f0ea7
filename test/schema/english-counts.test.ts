/**
 * The English half of the input warnings built a count into a plural sentence whatever the count:
 * `1 rows have no 交流学校代码`, `1 schools have more posts than their staffing quota`,
 * `1 teachers' subject cells hold`, `1 years at the school`. A count of 1 now reads in the
 * singular (src/domain/plural.ts); the Chinese half is as it was.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { applyCutoff } from '../../src/schema/apply-cutoff.js';
import { formatIssues } from '../../src/schema/format-issue.js';
import { postlessSchoolWarnings } from '../../src/schema/postless-schools.js';
import { overQuotaWarnings } from '../../src/schema/quota-check.js';
import { severalSubjectsWarnings } from '../../src/schema/several-subjects.js';
import { county, policy, post, school, teacher, teachers } from '../helpers/make-county.js';
import { workbookBytes } from '../helpers/workbooks.js';
import { load, problems, SCHOOLS, TEACHERS } from './load-county-helpers.js';

const en = (lines: readonly string[]): string[] => lines.map((l) => l.split(' / ').slice(1).join(' / '));

describe('English counts of one in the input warnings', () => {
  it('a school over its staffing quota: 1 school has, its quota, 1 post; two schools keep the plural', () => {
    const [one] = overQuotaWarnings([school('A', 'urban', { staffQuota: 0 }), school('B', 'urban', { staffQuota: 5 })], [post('A', '语文', 1), post('B', '语文', 2)]);
    expect(one?.en).toBe('1 school has more posts than its staffing quota (核定编制数) in the schools file: 学校A (A) 1 post > quota 0; the plan counts the posts file\'s, check the posts');
    expect(one?.zh).toBe('1 所学校的岗位数超过学校表的核定编制数: 学校A（A）岗位 1 > 编制 0; 方案按岗位表计, 请核对岗位设置');
    const [two] = overQuotaWarnings([school('A', 'urban', { staffQuota: 0 }), school('B', 'urban', { staffQuota: 1 })], [post('A', '语文', 2), post('B', '语文', 2)]);
    expect(two?.en).toContain('2 schools have more posts than their staffing quota (核定编制数) in the schools file: 学校A (A) 2 posts > quota 0');
  });

  it('a school with no posts rows: 1 school, 1 teacher', () => {
    const [w] = postlessSchoolWarnings([school('A', 'urban'), school('B', 'rural')], [...teachers('a', 2, 'A', '语文'), teacher('b1', 'B', '语文')], [post('A', '语文', 2)]);
    expect(w?.en).toContain('the posts file has no row for 1 school whose teachers are in the teachers file: 学校B (B), 1 teacher; the plan');
  });

  it('one teacher with several subjects in a cell: 1 teacher\'s subject cell holds … and was read …, counting the teacher in it', () => {
    const [w] = severalSubjectsWarnings([teacher('t1', 'A', '语文', { subjectLabel: '语文、道德与法治' }), teacher('t2', 'A', '数学')]);
    expect(w?.en).toMatch(/^1 teacher's subject cell holds more than one item \(as row \d+: "语文、道德与法治"\) and was read as teaching the first curriculum subject among them \(here 语文\): moves, posts and the 优质均衡 indicators count the teacher in it$/u);
  });

  it('one year at the school, stated beside a birth date: 1 year at the school', () => {
    const c = county([school('A', 'urban')], [teacher('t1', 'A', '语文', { yearsAtSchool: 1, birthDate: { year: 2008, month: 1, day: 1 } }), teacher('t2', 'A', '语文', { yearsAtSchool: 1, birthDate: { year: 2026, month: 1, day: 1 } })], []);
    const r = applyCutoff(c, policy({ 'plan.year': '2026' }));
    expect(r.ok).toBe(false);
    expect(en(formatIssues(r.warnings))).toEqual([expect.stringMatching(/: note: 1 year at the school at the age of 18 on the cut-off date, more than the age minus 18; check the cell$/u)]);
    if (r.ok) return;
    expect(en(formatIssues(r.issues))).toEqual([expect.stringMatching(/: 1 year at the school at the age of 0 on the cut-off date: impossible; check the cell$/u)]);
  });

  it('a plan list with one row that locks nothing: 1 row has', async () => {
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS, 'assignments.csv': '工号,姓名,原学校代码,交流学校代码,理由\nT1,王芳,001,003,\nT2,李强,001,,\n' });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(formatIssues(r.value.warnings ?? [])).toContain('assignments.csv: 1 行未填交流学校代码, 不锁定（视同删除该行: 用 --baseline 指明此名单来自的方案时, 这些教师留任） / 1 row has no 交流学校代码 (to_school_id) and locks nothing (read as a deleted row: with --baseline naming the plan the list came from, that teacher stays)');
  });

  it('one teacher\'s school read by its name, and one preferred school written by name', async () => {
    const schools = 'school_id,name,stage,area,students\n001,城关第一小学,primary,urban,1200\n002,河口小学,primary,town,600\n';
    const byName = await load({ 'schools.csv': schools, 'teachers.csv': '工号,姓名,学校代码,学校名称,任教学科,本校任教年限\nT1,王芳,2134000001,城关第一小学,数学,8\nT2,李强,002,河口小学,音乐,7\n' });
    if (!byName.ok) throw new Error(formatIssues(byName.issues).join('\n'));
    expect(en(formatIssues(byName.value.warnings ?? []))).toContain("1 teacher's school_id is no school's of the schools file and was read by the school's name on the same row (as 2134000001 → 001 城关第一小学); check that both files use the same school codes");
    const preferred = await load({ 'schools.csv': schools, 'teachers.csv': '工号,姓名,学校代码,任教学科,本校任教年限,志愿学校\nT1,王芳,001,数学,8,河口小学\nT2,李强,002,音乐,7,\n' });
    if (!preferred.ok) throw new Error(formatIssues(preferred.issues).join('\n'));
    expect(en(formatIssues(preferred.value.warnings ?? []))).toContain('1 preferred or exchange home school is written by name and was read as its school_id (as 河口小学 → 002)');
  });

  it('one teachers table with no school column: 1 teachers table has … and was read …, the school its file names', async () => {
    const schools = '学校代码,学校名称,学段,城乡类型,在校学生数\n001,城关第一小学,小学,城区,1200\n002,河口小学,小学,镇区,600\n';
    const r = await load({ 'schools.csv': schools, '河口小学.csv': '工号,姓名,任教学科,本校任教年限\nT2,李强,语文,7\n' });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(en(formatIssues(r.value.warnings ?? []))).toContain('1 teachers table has no school_id column and was read as the teachers of the school its file, sheet or title names: 河口小学.csv → 002 河口小学');
  });

  it('one formula without its result: 1 cell, in row 3, holds a formula whose result … reads as empty', async () => {
    const formula = { t: 'n', f: 'DATEDIF(DATE(2016,9,1),DATE(2026,8,31),"y")' } as XLSX.CellObject;
    const sheet = XLSX.utils.aoa_to_sheet([['XX县教师信息表'], ['工号', '姓名', '学校代码', '任教学科', '本校任教年限'], ['T1', '王芳', '001', '数学', formula], ['T2', '李强', '001', '语文', 4]]);
    const { lines } = await problems({ 'schools.csv': SCHOOLS, '教师.xlsx': workbookBytes([{ name: '教师', sheet }], 'xlsx') });
    expect(en(lines)[0]).toBe('1 cell, in row 3 "本校任教年限", holds a formula whose result the file does not keep (written by a program, never saved in Excel or WPS), and reads as empty: open the file in Excel or WPS, save it and run again');
  });
});
