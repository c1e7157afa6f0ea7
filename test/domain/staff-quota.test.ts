/**
 * A schools file's 核定编制数 (the staffing quota the county sets each school: 县管校聘's 县管) is
 * what estimated posts follow where no posts file is given, instead of the norm's students per
 * post; split between the sections of a 一贯制 as the norm would staff them. A posts file, where
 * given, is what counts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeOf } from '../../src/domain/sections.js';
import { postTable } from '../../src/domain/staffing.js';
import { estimatedPostsNote } from '../../src/domain/estimated-posts.js';
import { county, policy, post, school, teacher } from '../helpers/make-county.js';
import { planInProcess } from '../helpers/plan-run.js';
import { readSchools } from '../../src/plan-folder/schools-file.js';
import { formatIssues } from '../../src/schema/format-issue.js';
import { load } from '../schema/load-county-helpers.js';

const total = (m: Map<string, number> | undefined): number => [...(m ?? new Map<string, number>()).values()].reduce((a, b) => a + b, 0);

describe('a school\'s 核定编制数', () => {
  it('is what its estimated posts add up to, where the norm would give fewer', () => {
    // 190 pupils: the norm (19 per post) gives 10 posts; the county allots this small rural school 16.
    const byNorm = school('A', 'rural', { students: 190 });
    const byQuota = school('B', 'rural', { students: 190, staffQuota: 16 });
    const c = { ...county([byNorm, byQuota], [teacher('a', 'A', '语文')], []), posts: null };
    const posts = postTable(c, policy());
    expect(total(posts.get(placeOf(byNorm, 'primary')))).toBe(10);
    expect(total(posts.get(placeOf(byQuota, 'primary')))).toBe(16);
  });

  it('of a 九年一贯制 is split between its sections as the norm would staff them', () => {
    // 小学部 380 pupils (19 per post: 20), 初中部 270 (13.5 per post: 20): a quota of 50 goes 25 : 25.
    const nine = school('N', 'town', { stage: 'nine_year', students: 650, primaryStudents: 380, juniorStudents: 270, staffQuota: 50 });
    const posts = postTable({ ...county([nine], [teacher('a', 'N', '语文')], []), posts: null }, policy());
    expect([total(posts.get(placeOf(nine, 'primary'))), total(posts.get(placeOf(nine, 'junior')))]).toEqual([25, 25]);
  });

  it('changes nothing where a posts file is given', () => {
    const s = school('B', 'rural', { students: 190, staffQuota: 16 });
    const posts = postTable(county([s], [teacher('a', 'B', '语文')], [post('B', '语文', 3)]), policy());
    expect([...(posts.get(placeOf(s, 'primary')) ?? [])]).toEqual([['语文', 3]]);
  });

  it('beside a posts file, names the schools whose posts exceed it (超编), once', async () => {
    const schools = `学校代码,学校名称,学段,城乡类型,在校学生数,编制数\n001,城关第一小学,小学,城区,600,3\n002,河口小学,小学,镇区,300,9\n`;
    const posts = `学校代码,学科,岗位数\n001,语文,2\n001,数学,2\n002,语文,2\n`;
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限\nT1,王芳,001,语文,8\n`;
    const r = await load({ '学校.csv': schools, '岗位.csv': posts, '教师.csv': teachers });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(formatIssues(r.value.warnings ?? []).map((l) => l.split(' / ')[0])).toContain('岗位.csv: 1 所学校的岗位数超过学校表的核定编制数: 城关第一小学（001）岗位 4 > 编制 3; 方案按岗位表计, 请核对岗位设置');
    const within = await load({ '学校.csv': schools.replace(',600,3', ',600,4'), '岗位.csv': posts, '教师.csv': teachers });
    if (!within.ok) throw new Error(formatIssues(within.issues).join('\n'));
    expect(formatIssues(within.value.warnings ?? []).some((l) => l.includes('核定编制数'))).toBe(false);
  });

  it('is said in the note of every output, with how many schools gave it', () => {
    expect(estimatedPostsNote(0, 30).zh).toBe('岗位数为估算: 未提供岗位表, 按编制标准（生师比）和各学段学科比例估算');
    expect(estimatedPostsNote(30, 30).zh).toBe('岗位数为估算: 未提供岗位表, 按各校核定编制数和各学段学科比例估算');
    expect(estimatedPostsNote(28, 30).zh).toBe('岗位数为估算: 未提供岗位表, 按核定编制数（28 所学校; 其余 2 所未填, 按编制标准（生师比））和各学段学科比例估算');
  });

  it('read from the schools file (编制数), the sample without its posts file plans with posts that follow it, and summary.json says so', async () => {
    const data = join(import.meta.dirname, '../../data');
    const dir = mkdtempSync(join(tmpdir(), 'rotate-quota-'));
    const lines = readFileSync(join(data, '学校.csv'), 'utf8').replace(/^\uFEFF/u, '').split('\r\n').filter(Boolean);
    // Each school's quota: its students ÷ 15, at least 8 (a small school's teachers by classes).
    const withQuota = lines.map((l, i) => {
      if (i === 0) return `${l},编制数`;
      const students = Number(l.split(',')[4]);
      return `${l},${Math.max(8, Math.round(students / 15))}`;
    });
    writeFileSync(join(dir, '学校.csv'), `\uFEFF${withQuota.join('\r\n')}\r\n`);
    writeFileSync(join(dir, '教师.csv'), readFileSync(join(data, '教师.csv')));
    const r = await planInProcess([join(dir, '学校.csv'), join(dir, '教师.csv')], join(dir, 'plan'));
    expect(r.kind).toBe('written');
    if (r.kind !== 'written') return;
    expect(r.report.summary.posts).toEqual({ source: 'estimated', quota_schools: 30 });
    const quotas = new Map(r.report.county.schools.map((s) => [s.id, s.staffQuota]));
    // Every school's posts add up to its quota.
    expect(r.report.plan.figures.map((f) => f.posts - (quotas.get(f.school.id) ?? 0))).toEqual(r.report.plan.figures.map(() => 0));
    expect(readFileSync(join(dir, 'plan', 'report.html'), 'utf8')).toContain('岗位数为估算: 未提供岗位表, 按各校核定编制数和各学段学科比例估算。');
    // The 九年一贯制 schools without students per section: their quota, not the norm, is split by the students.
    expect(r.report.warnings.map((w) => w.zh)).toContainEqual(expect.stringMatching(/^岗位为估算（核定编制数或编制标准按各学部学生数分到学部）: 3 所九年一贯制学校缺少分学部学生数/u));
    // schools.csv shows each school's quota beside its posts, and reads back (rotate diff reads it).
    const table = readSchools(readFileSync(join(dir, 'plan', 'schools.csv'), 'utf8'), 'schools.csv');
    if (!table.ok) throw new Error(JSON.stringify(table.issues));
    expect(readFileSync(join(dir, 'plan', 'schools.csv'), 'utf8')).toMatch(/岗位数,核定编制数,/u);
    expect(table.value.rows.map((row) => [row.school_id, row['staff_quota'], row['posts']])).toEqual(r.report.plan.figures.map((f) => [f.school.id, String(f.school.staffQuota), String(f.posts)]));
  });
});
