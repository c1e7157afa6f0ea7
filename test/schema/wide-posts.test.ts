/**
 * A posts table as bureaus lay it out, a row per school and a column per subject, is read as the
 * posts table it says (it was refused: no 学科 and 岗位数 columns).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import type { Post } from '../../src/domain/types.js';
import { formatIssues } from '../../src/schema/format-issue.js';
import { templateSheet, workbookBytes } from '../helpers/workbooks.js';
import { load, problems } from './load-county-helpers.js';

const DATA = join(import.meta.dirname, '../../data');
const file = (f: string): string => readFileSync(join(DATA, f), 'utf8');
const lines = (text: string): string[][] => text.replace(/^\uFEFF/u, '').split(/\r?\n/u).filter(Boolean).map((l) => l.split(','));
const sorted = (posts: readonly Post[] | null): string[] => (posts ?? []).map((p) => `${p.schoolId}|${p.subject}|${p.section ?? ''}|${p.posts}`).sort();

/** The sample's posts file written wide: 序号, 学校代码, 学校名称, 学段, a column per subject, 合计; a 合计 row under. */
function widePosts(): string {
  const [, ...rows] = lines(file('岗位.csv'));
  const names = new Map(lines(file('学校.csv')).slice(1).map((r) => [r[0] ?? '', r[1] ?? '']));
  const subjects = [...new Set(rows.map((r) => r[1] ?? ''))];
  const bySchool = new Map<string, Map<string, string>>();
  for (const [school = '', subject = '', n = '', stage = ''] of rows) {
    const k = `${school},${stage}`;
    bySchool.set(k, (bySchool.get(k) ?? new Map()).set(subject, n));
  }
  const out = [['序号', '学校代码', '学校名称', '学段', ...subjects, '合计'].join(',')];
  [...bySchool].forEach(([k, m], i) => {
    const [school = '', stage = ''] = k.split(',');
    const total = [...m.values()].reduce((a, n) => a + Number(n), 0);
    out.push([String(i + 1), school, names.get(school) ?? '', stage, ...subjects.map((s) => m.get(s) ?? ''), String(total)].join(','));
  });
  out.push(['', '', '合计', '', ...subjects.map(() => ''), ''].join(','));
  return `${out.join('\r\n')}\r\n`;
}

describe('a posts table with a column per subject', () => {
  it('reads as the same posts as the sample\'s posts file, saying which columns it read', async () => {
    const long = await load({ '学校.csv': file('学校.csv'), '教师.csv': file('教师.csv'), '岗位.csv': file('岗位.csv') });
    const wide = await load({ '学校.csv': file('学校.csv'), '教师.csv': file('教师.csv'), '岗位设置.csv': widePosts() });
    if (!long.ok || !wide.ok) throw new Error(formatIssues([...(long.ok ? [] : long.issues), ...(wide.ok ? [] : wide.issues)]).join('\n'));
    expect(sorted(wide.value.posts)).toEqual(sorted(long.value.posts));
    expect(sorted(wide.value.posts).length).toBeGreaterThan(300);
    const warnings = formatIssues(wide.value.warnings ?? []);
    expect(warnings.some((w) => w.startsWith('岗位设置.csv: 按学科分列的岗位表: 16 个学科列（语文、数学、英语') && w.includes('未读取的列: 「序号」「学校名称」「合计」'))).toBe(true);
    expect(warnings.some((w) => w.startsWith('岗位设置.csv: 第') && w.includes('合计、小计'))).toBe(true);
  });

  it('in a workbook under a title row, with subjects after their stage (小学语文, 初中语文): each is that section\'s', async () => {
    const schools = `学校代码,学校名称,学段,城乡类型,在校学生数\n001,城关学校,九年一贯制,城区,900\n002,河口小学,小学,镇区,300\n`;
    const sheet = templateSheet('XX县各校分学科岗位设置表', ['学校代码', '学校名称', '小学语文', '小学数学', '初中语文', '初中数学'], [
      ['001', '城关学校', '6', '5', '3', '3'],
      ['002', '河口小学', '4', '3', '', '0'],
    ]);
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限,任教学段\nT1,王芳,001,数学,8,初中\nT2,李强,002,语文,7,\n`;
    const r = await load({ 'schools.csv': schools, 'teachers.csv': teachers, '岗位.xlsx': workbookBytes([{ name: '岗位', sheet }], 'xlsx') });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(sorted(r.value.posts)).toEqual(['001|数学|junior|3', '001|数学|primary|5', '001|语文|junior|3', '001|语文|primary|6', '002|数学|primary|3', '002|语文|primary|4'].sort());
  });

  it('names a cell that is no count by its row and its subject\'s header', async () => {
    const schools = `学校代码,学校名称,学段,城乡类型,在校学生数\n001,城关一小,小学,城区,900\n`;
    const posts = `学校代码,语文,数学,英语\n001,6,五,2\n`;
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限\nT1,王芳,001,数学,8\n`;
    const { lines: found } = await problems({ 'schools.csv': schools, 'teachers.csv': teachers, 'posts.csv': posts });
    expect(found).toEqual([expect.stringMatching(/^posts\.csv 第2行「数学」: 应为.*实为「五」/u)]);
  });

  it('with a two-row header, 小学 and 初中 merged over their subjects: each subject is that stage\'s, the 合计 column and row left out', async () => {
    const schools = `学校代码,学校名称,学段,城乡类型,在校学生数\n001,城关学校,九年一贯制,城区,900\n002,河口小学,小学,镇区,300\n`;
    const sheet = XLSX.utils.aoa_to_sheet([
      ['XX县2025年义务教育学校分学科岗位设置表'],
      ['学校代码', '学校名称', '小学', '', '', '初中', '', '', '合计'],
      ['', '', '语文', '数学', '体育', '语文', '数学', '体育', ''],
      ['001', '城关学校', '6', '5', '1', '3', '3', '1', '19'],
      ['002', '河口小学', '4', '3', '1', '', '', '', '8'],
      ['合计', '', '10', '8', '2', '3', '3', '1', '27'],
    ]);
    const down = (c: number) => ({ s: { r: 1, c }, e: { r: 2, c } });
    sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 8 } }, down(0), down(1), down(8), { s: { r: 1, c: 2 }, e: { r: 1, c: 4 } }, { s: { r: 1, c: 5 }, e: { r: 1, c: 7 } }];
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限,任教学段\nT1,王芳,001,数学,8,初中\nT2,李强,002,语文,7,\n`;
    const r = await load({ 'schools.csv': schools, 'teachers.csv': teachers, '岗位.xlsx': workbookBytes([{ name: '岗位设置', sheet }], 'xlsx') });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(sorted(r.value.posts)).toEqual(['001|体育|junior|1', '001|体育|primary|1', '001|数学|junior|3', '001|数学|primary|5', '001|语文|junior|3', '001|语文|primary|6', '002|体育|primary|1', '002|数学|primary|3', '002|语文|primary|4'].sort());
    const warnings = formatIssues(r.value.warnings ?? []);
    expect(warnings.some((w) => w.startsWith('岗位.xlsx[岗位设置]: 按学科分列的岗位表: 6 个学科列（小学语文、小学数学、小学体育、初中语文') && w.includes('未读取的列: 「学校名称」「合计」'))).toBe(true);
    expect(warnings).toContain('岗位.xlsx[岗位设置]: 第6行是合计、小计或签字、备注行, 未读入 / row 6 is a total, subtotal, signature or note line and was not read');
  });

  it('a subject twice on one row is a duplicate in another column of that row, not of the row itself', async () => {
    const schools = `学校代码,学校名称,学段,城乡类型,在校学生数\n001,城关一小,小学,城区,900\n`;
    const posts = `学校代码,语文,数学,英语,语文\n001,6,5,2,1\n`;
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限\nT1,王芳,001,数学,8\n`;
    const { lines: found } = await problems({ 'schools.csv': schools, 'teachers.csv': teachers, 'posts.csv': posts });
    expect(found).toEqual(['posts.csv 第2行「学科」: 学校「001」的学科「语文」重复，与本行另一列相同 / row 2 subject: school "001" lists subject "语文" twice, also on another column of this row']);
  });
});
