/**
 * A posts file without rows for a school that has teachers: the plan counts no posts there, so
 * the school receives nobody and shows no shortage. Seen: a county whose posts file lost a rural
 * school's rows planned without a word, the school 0 short with 8 teachers and 16 posts' worth of
 * pupils.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCounty } from '../../src/schema/load-county.js';
import { postlessSchoolWarnings } from '../../src/schema/postless-schools.js';
import { post, school, teacher, teachers } from '../helpers/make-county.js';

describe('schools with teachers and no posts rows', () => {
  const schools = [school('A', 'urban'), school('B', 'rural', { name: '青山乡老马营小学' }), school('C', 'rural'), school('H', 'urban', { stage: 'senior' })];
  const ts = [...teachers('a', 3, 'A', '语文'), ...teachers('b', 2, 'B', '语文'), teacher('bp', 'B', '语文', { role: 'principal' }), teacher('cp', 'C', '语文', { role: 'principal' }), ...teachers('h', 4, 'H', '语文')];
  const posts = [post('A', '语文', 3)];

  it('are named in one warning with their teachers, at the posts file', () => {
    const w = postlessSchoolWarnings(schools, ts, posts);
    expect(w).toHaveLength(1);
    expect(w[0]?.file).toBe('posts.csv');
    expect(w[0]?.zh).toContain('岗位表中没有 1 所学校的岗位, 而教师表中有其教师: 青山乡老马营小学（B）教师 2 人; 方案按无岗位计');
    expect(w[0]?.en).toContain('青山乡老马营小学 (B), 2 teachers');
  });

  it('leave out a school with only its principal, a 高中, and any county without a posts file', () => {
    const w = postlessSchoolWarnings(schools, ts, posts);
    expect(w[0]?.zh).not.toMatch(/（C）|（H）/u);
    expect(postlessSchoolWarnings(schools, ts, null)).toEqual([]);
    expect(postlessSchoolWarnings(schools, ts, [...posts, post('B', '语文', 2)])).toEqual([]);
  });

  it('are warned of when the county is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-postless-'));
    const files: [string, string][] = [
      ['学校.csv', '学校代码,学校名称,学段,城乡类型,在校学生数\nS1,城关小学,小学,城区,400\nS2,老马营小学,小学,乡村,245\n'],
      ['教师.csv', '工号,姓名,学校代码,任教学科,本校任教年限\nT1,甲,S1,语文,8\nT2,乙,S2,语文,8\n'],
      ['岗位.csv', '学校代码,学科,岗位数\nS1,语文,2\n'],
    ];
    for (const [name, text] of files) writeFileSync(join(dir, name), text);
    const r = await loadCounty(files.map(([name]) => join(dir, name)));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.warnings?.map((w) => w.zh)).toContainEqual(expect.stringContaining('岗位表中没有 1 所学校的岗位, 而教师表中有其教师: 老马营小学（S2）教师 1 人'));
  });
});
