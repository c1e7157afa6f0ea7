/**
 * A schools file that gives the national 学校标识码 beside the county's own 学校代码 (as the
 * education statistics' lists do) is read, not refused as two columns of one meaning; the other
 * files may then give a school by either code: a roster from the national teacher system carries
 * the 标识码.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import { matchHeaders } from '../../src/schema/match-headers.js';
import { planInProcess } from '../helpers/plan-run.js';
import { load, problems } from './load-county-helpers.js';

const SCHOOLS = `学校代码,学校标识码,学校名称,学段,城乡类型,在校学生数
001,2134000001,城关第一小学,小学,城区,1200
002,2134000002,河口小学,小学,镇区,600
003,2134000002,山背小学,小学,乡村,150
`;

describe('a schools file with the 学校标识码 beside its own codes', () => {
  it('reads the 标识码 as each school\'s second code, whichever comes first; alone it is the code', () => {
    const m = matchHeaders(['学校标识码', '学校代码', '学校名称'], 'schools');
    expect(m.duplicates).toEqual([]);
    expect(m.columns.get('school_id')?.label).toBe('学校代码');
    expect(m.columns.get('school_identifier')?.label).toBe('学校标识码');
    expect(m.unused).toEqual([]);
    expect(matchHeaders(['学校标识码', '学校名称'], 'schools').columns.get('school_id')?.label).toBe('学校标识码');
    // A teachers sheet with both is read by 学校代码; the 标识码 is named among the columns not read.
    const t = matchHeaders(['工号', '学校代码', '机构标识码'], 'teachers');
    expect([t.columns.get('school_id')?.label, t.duplicates, t.unused]).toEqual(['学校代码', [], ['机构标识码']]);
    // Two names of the county's own code are still refused as one column twice.
    expect(matchHeaders(['学校代码', '学校编号'], 'schools').duplicates).toHaveLength(1);
  });

  it('reads the other files\' schools given by their 标识码, with one warning per column', async () => {
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限,志愿学校,交流原学校代码,交流结束年月
T1,王芳,2134000001,数学,8,,,
T2,李强,001,音乐,7,2134000001,,
T3,张敏,2134000001,语文,3,,002,2027-07
`;
    const posts = `学校代码,学科,岗位数\n2134000001,数学,3\n001,语文,2\n`;
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers, 'posts.csv': posts });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.schools.map((s) => [s.id, s.identifier])).toEqual([['001', '2134000001'], ['002', '2134000002'], ['003', '2134000002']]);
    expect(r.value.teachers.map((t) => [t.id, t.schoolId, t.preferences])).toEqual([['T1', '001', []], ['T2', '001', ['001']], ['T3', '001', []]]);
    expect(r.value.posts?.map((p) => [p.schoolId, p.subject])).toEqual([['001', '数学'], ['001', '语文']]);
    const warnings = formatIssues(r.value.warnings ?? []).map((l) => l.split(' / ')[0]);
    expect(warnings).toEqual([
      'posts.csv: 注意: 「学校代码」列第2行「2134000001」是学校表「学校标识码」列中的标识码, 已读作该校的学校代码「001」',
      'teachers.csv: 注意: 「学校代码」列有 2 处是学校表「学校标识码」列中的标识码（如第2行「2134000001」）, 已读作各校的学校代码（如「001」）',
      'teachers.csv: 注意: 「志愿学校」列第3行「2134000001」是学校表「学校标识码」列中的标识码, 已读作该校的学校代码「001」',
    ]);
  });

  it('names the cell of a 标识码 two schools share, and leaves a code no school has unknown', async () => {
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限\nT1,王芳,2134000002,数学,8\nT2,李强,2134000009,音乐,7\n`;
    const { lines } = await problems({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers });
    expect(lines.map((l) => l.split(' / ')[0])).toEqual(['teachers.csv 第2行「学校代码」: 「2134000002」是学校表中 2 所学校的学校标识码（002、003）, 无法判断是哪一所; 请改填学校代码', 'teachers.csv 第3行「学校代码」: 学校代码「2134000009」不在学校表中']);
  });

  it('knows a school by its 标识码 when its row has a bad cell: its teachers are not also "unknown school"', async () => {
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限\nT1,王芳,2134000001,数学,8\n`;
    const { lines } = await problems({ 'schools.csv': SCHOOLS.replace('城区,1200', '城区,很多'), 'teachers.csv': teachers });
    expect(lines.map((l) => l.split(' / ')[0])).toEqual(['schools.csv 第2行「在校学生数」: 应为不小于0的整数, 实为「很多」']);
  });

  it('reads an exchange home school whose zeros a spreadsheet dropped, as a school code', async () => {
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限,交流原学校代码,交流结束年月\nT1,王芳,1,数学,8,2,2027-07\n`;
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.teachers.map((t) => [t.schoolId, t.exchangeHomeSchool])).toEqual([['001', '002']]);
  });

  it('the sample with its schools\' 标识码 added and every teacher\'s school given by it plans the same moves', async () => {
    const data = join(import.meta.dirname, '../../data');
    const dir = mkdtempSync(join(tmpdir(), 'rotate-identifier-'));
    const identifier = (code: string): string => `21${code.slice(-8)}`;
    const schools = readFileSync(join(data, '学校.csv'), 'utf8').replace(/^\uFEFF/u, '').split('\r\n').filter(Boolean);
    writeFileSync(join(dir, '学校.csv'), schools.map((l, i) => { const [code = '', ...rest] = l.split(','); return [code, i === 0 ? '学校标识码' : identifier(code), ...rest].join(','); }).join('\r\n'));
    const teachers = readFileSync(join(data, '教师.csv'), 'utf8').replace(/^\uFEFF/u, '').split('\r\n');
    const col = (teachers[0] ?? '').split(',').indexOf('学校代码');
    writeFileSync(join(dir, '教师.csv'), teachers.map((l, i) => (i === 0 || l === '' ? l : l.split(',').map((c, j) => (j === col ? identifier(c) : c)).join(','))).join('\r\n'));
    writeFileSync(join(dir, '岗位.csv'), readFileSync(join(data, '岗位.csv')));
    const run = async (files: string[], out: string) => {
      const r = await planInProcess(files, join(dir, out));
      if (r.kind !== 'written') throw new Error(r.kind);
      return r.report.plan.moves.map((m) => [m.teacher.id, m.from.id, m.to.id, m.reason.zh]);
    };
    const byIdentifier = await run(['学校.csv', '教师.csv', '岗位.csv'].map((f) => join(dir, f)), 'identified');
    const sample = await run(['学校.csv', '教师.csv', '岗位.csv'].map((f) => join(data, f)), 'sample');
    expect(byIdentifier.length).toBeGreaterThan(0);
    expect(byIdentifier).toEqual(sample);
  });
});
