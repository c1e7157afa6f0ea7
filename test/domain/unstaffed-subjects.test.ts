/**
 * Posts in a subject no teacher of the county can be sent to (no teacher teaches it, or only in a
 * stage that may not move to them) count in the shortage, and no plan fills them: told once, at the
 * posts file, with each subject's posts and schools, and that recruitment fills them.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unstaffedSubjectWarnings } from '../../src/domain/unstaffed-subjects.js';
import { runValidate } from '../../src/pipeline/run-validate.js';
import { planInProcess } from '../helpers/plan-run.js';
import { county, policy, post, school, teacher } from '../helpers/make-county.js';

const at = (p: ReturnType<typeof post>, row: number) => ({ ...p, source: { file: 'posts.csv', row } });

describe('posts no teacher of the county can be sent to', () => {
  const schools = [school('A', 'urban'), school('B', 'rural'), school('J', 'rural', { stage: 'junior' }), school('H', 'urban', { stage: 'senior' })];
  const ts = [teacher('T1', 'A', '语文'), teacher('T2', 'B', '语文'), teacher('T3', 'J', '数学')];

  it('names a subject nobody teaches once, with its posts and schools; a taught subject is not named', () => {
    const w = unstaffedSubjectWarnings(county(schools, ts, [at(post('A', '语文', 2), 2), at(post('A', '书法', 1), 3), at(post('B', '书法', 3), 4), at(post('B', '语文', 2), 5)]), policy());
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ file: 'posts.csv', row: 3, column: '学科' });
    expect(w[0]?.zh).toBe('岗位表中有 1 个学科的岗位没有可调去的任课教师: 书法 4 个岗位（2 所学校; 全县无人任教）; 这些岗位共 4 个, 计入缺员, 但交流补不上, 需招聘等方式补充');
    expect(w[0]?.en).toContain('书法: 4 posts (2 schools; taught by no teacher of the county)');
    expect(w[0]?.en).toContain('no exchange can fill them: recruitment (招聘) is the way');
  });

  it('names posts a subject\'s teachers may not move to by stage: 初中 posts of a subject taught only in 小学, any posts of one taught only in an out-of-scope 高中', () => {
    const more = [...ts, teacher('T4', 'A', '书法'), teacher('T5', 'H', '通用技术')];
    const posts = [at(post('J', '书法', 2), 2), at(post('B', '书法', 1), 3), at(post('J', '通用技术', 1), 4)];
    const w = unstaffedSubjectWarnings(county(schools, more, posts), policy());
    expect(w).toHaveLength(1);
    // 小学 书法 posts are filled from 小学 (B's), 初中 ones are not: a teacher never moves up.
    expect(w[0]?.zh).toContain('书法 初中 2 个岗位（1 所学校; 全县只有小学教师任教, 按学段规则不能调往）');
    expect(w[0]?.zh).toContain('通用技术 初中 1 个岗位（1 所学校; 全县只有高中教师任教, 按学段规则不能调往）');
    expect(w[0]?.zh).toContain('这些岗位共 3 个');
    // A subject taught in 初中 fills 小学 posts (rules.stage_down): nothing to tell; with it off, the 小学 posts are named.
    const down = [...ts, teacher('T6', 'J', '书法')];
    expect(unstaffedSubjectWarnings(county(schools, down, [at(post('B', '书法', 1), 2)]), policy())).toEqual([]);
    expect(unstaffedSubjectWarnings(county(schools, down, [at(post('B', '书法', 1), 2)]), policy({ 'rules.stage_down': 'no' }))[0]?.zh).toContain('书法 小学 1 个岗位（1 所学校; 全县只有初中教师任教');
    // With 高中 in the scope, its teachers take part: its own 高中 posts can be filled.
    expect(unstaffedSubjectWarnings(county(schools, more, [at(post('H', '通用技术', 2), 2)]), policy({ 'rules.scope': '小学;初中;高中' }))).toEqual([]);
  });

  it('says nothing without a posts file, with rules.same_subject off, or of posts out of the scope', () => {
    const posts = [at(post('A', '书法', 1), 2)];
    expect(unstaffedSubjectWarnings({ ...county(schools, ts, posts), posts: null }, policy())).toEqual([]);
    expect(unstaffedSubjectWarnings(county(schools, ts, posts), policy({ 'rules.same_subject': 'no' }))).toEqual([]);
    expect(unstaffedSubjectWarnings(county(schools, ts, [at(post('H', '书法', 4), 2)]), policy())).toEqual([]);
  });

  it('is told by validate and plan on the sample with 书法 posts added, and the sample itself has none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-unstaffed-'));
    const sample = join(import.meta.dirname, '../../data');
    const posts = readFileSync(join(sample, '岗位.csv'), 'utf8').replace(/\s*$/u, '');
    writeFileSync(join(dir, '岗位.csv'), `${posts}\r\n341122001,书法,1,\r\n341122013,书法,1,\r\n341122027,书法,2,\r\n`);
    for (const f of ['学校.csv', '教师.csv']) writeFileSync(join(dir, f), readFileSync(join(sample, f)));
    const files = ['学校.csv', '教师.csv', '岗位.csv'].map((f) => join(dir, f));
    const v = await runValidate(files, [], 2026);
    if (v.kind !== 'valid') throw new Error(v.kind);
    expect(v.warnings.filter((w) => w.zh.includes('没有可调去的任课教师')).map((w) => w.zh)).toEqual([expect.stringContaining('书法 4 个岗位（3 所学校; 全县无人任教）')]);
    const out = await planInProcess(files, join(dir, 'plan'));
    if (out.kind !== 'written') throw new Error(out.kind);
    expect(out.report.warnings.some((w) => w.zh.includes('书法 4 个岗位'))).toBe(true);
    const plain = await runValidate(['学校.csv', '教师.csv', '岗位.csv'].map((f) => join(sample, f)), [], 2026);
    if (plain.kind !== 'valid') throw new Error(plain.kind);
    expect(plain.warnings.some((w) => w.zh.includes('没有可调去的任课教师'))).toBe(false);
  });
});
