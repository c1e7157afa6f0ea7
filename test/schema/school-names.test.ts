/**
 * A teachers sheet that names each teacher's school (学校名称, 所在学校) instead of giving its code
 * is read by the schools file's names; a name that is no school's, or several schools', is an
 * error at its cell; the code, where a row gives one, is what counts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import { likeliestSchool } from '../../src/schema/school-names.js';
import { load, problems } from './load-county-helpers.js';

const SCHOOLS = `学校代码,学校名称,学段,城乡类型,在校学生数
001,城关第一小学,小学,城区,1200
002,河口小学,小学,镇区,600
003,山背小学,小学,乡村,150
004,山背小学,小学,乡村,90
`;

describe('teachers whose school is named, not coded', () => {
  it('reads each name as its school\'s code (spaces and full-width forms aside); a sheet with codes is read by them', async () => {
    const teachers = `工号,姓名,所在学校,任教学科,本校任教年限\nT1,王芳,城关第一小学,数学,8\nT2,李强,河口 小学,音乐,7\n`;
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.teachers.map((t) => [t.id, t.schoolId])).toEqual([['T1', '001'], ['T2', '002']]);
    // A sheet with both columns is read by its codes, as ever.
    const both = `工号,姓名,学校代码,学校名称,任教学科,本校任教年限\nT1,王芳,002,城关第一小学,数学,8\n`;
    const b = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': both });
    if (!b.ok) throw new Error(formatIssues(b.issues).join('\n'));
    expect(b.value.teachers.map((t) => [t.id, t.schoolId])).toEqual([['T1', '002']]);
    // Beside the codes, two names columns are no duplicate to refuse: both are left out, as before they were known.
    const two = `工号,姓名,学校代码,学校名称,所在学校,任教学科,本校任教年限\nT1,王芳,002,城关第一小学,城关第一小学,数学,8\n`;
    const c = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': two });
    if (!c.ok) throw new Error(formatIssues(c.issues).join('\n'));
    expect(c.value.teachers.map((t) => t.schoolId)).toEqual(['002']);
  });

  it('names the cell of a name no school has, one several have, and an empty one', async () => {
    const teachers = `工号,姓名,学校名称,任教学科,本校任教年限\nT1,王芳,城关一小,数学,8\nT2,李强,山背小学,音乐,7\nT3,张敏,,语文,3\n`;
    const { lines } = await problems({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers });
    expect(lines).toEqual([
      'teachers.csv 第2行「学校名称」: 学校表中没有名为「城关一小」的学校（是否为「城关第一小学」001?）; 请改成学校表中的名称, 或改填学校代码 / row 2 school_name: no school of the schools file is named "城关一小" (is it "城关第一小学", 001?): write its name as the schools file does, or give the school_id',
      'teachers.csv 第3行「学校名称」: 学校表中有 2 所学校名为「山背小学」（003、004）, 请改填学校代码 / row 3 school_name: 2 schools of the schools file are named "山背小学" (003, 004): give the school_id instead',
      'teachers.csv 第4行「学校名称」: 应为学校名称, 实为空白 / row 4 school_name: expected a school name, found an empty cell',
    ]);
  });

  it('reads a code that is no school\'s by the name beside it, where the name is one school\'s, with a warning', async () => {
    const teachers = `工号,姓名,学校代码,学校名称,任教学科,本校任教年限
T1,王芳,2134000001,城关第一小学,数学,8
T2,李强,002,河口小学,音乐,7
T3,张敏,2134000003,山背小学,语文,3
T4,赵六,2134000009,不存在小学,语文,3
`;
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // 山背小学 is two schools' name and 不存在小学 none's: their codes stay, unknown.
    expect(formatIssues(r.issues).map((l) => l.split(' / ')[0])).toEqual(['teachers.csv 第4行「学校代码」: 学校代码「2134000003」不在学校表中', 'teachers.csv 第5行「学校代码」: 学校代码「2134000009」不在学校表中']);
    const ok = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers.split('\n').slice(0, 3).join('\n') });
    if (!ok.ok) throw new Error(formatIssues(ok.issues).join('\n'));
    expect(ok.value.teachers.map((t) => [t.id, t.schoolId])).toEqual([['T1', '001'], ['T2', '002']]);
    expect(formatIssues(ok.value.warnings ?? [])).toContain(
      "teachers.csv: 1 名教师的学校代码不在学校表中, 已按同一行的学校名称读作学校表中的代码（如 2134000001 → 001 城关第一小学）; 请核对两表的学校代码是否同一套 / 1 teacher's school_id is no school's of the schools file and was read by the school's name on the same row (as 2134000001 → 001 城关第一小学); check that both files use the same school codes",
    );
  });

  it('reads a 志愿学校 or 交流原学校代码 written as one school\'s name as its code, with a warning', async () => {
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限,志愿学校,交流原学校代码,交流结束年月
T1,王芳,001,数学,8,河口小学、003,,
T2,李强,002,音乐,7,,城关第一小学,2027-08
`;
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.teachers.map((t) => [t.id, t.preferences, t.exchangeHomeSchool])).toEqual([
      ['T1', ['002', '003'], undefined],
      ['T2', [], '001'],
    ]);
    expect(formatIssues(r.value.warnings ?? [])).toContain('teachers.csv: 2 处志愿学校或交流原学校写的是学校名称, 已读作其学校代码（如 河口小学 → 002） / 2 preferred or exchange home schools are written by name and were read as their school_id (as 河口小学 → 002)');
  });

  it('reads a 志愿学校 or 交流原学校代码 in the other system\'s codes by the names the rows pair those codes with', async () => {
    const teachers = `工号,姓名,学校代码,学校名称,任教学科,本校任教年限,志愿学校,交流原学校代码,交流结束年月
T1,王芳,2134000001,城关第一小学,数学,8,2134000002,,
T2,李强,2134000002,河口小学,音乐,7,,2134000001,2027-08
T3,张敏,2134000003,山背小学,语文,3,2134000003,,
`;
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // 2134000003 pairs with 山背小学, two schools' name: it stays unknown, here and in T3's 志愿学校.
    expect(formatIssues(r.issues).map((l) => l.split(' / ')[0])).toEqual(['teachers.csv 第4行「学校代码」: 学校代码「2134000003」不在学校表中', 'teachers.csv 第4行「志愿学校」: 志愿学校「2134000003」不在学校表中']);
    const ok = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers.split('\n').slice(0, 3).join('\n') });
    if (!ok.ok) throw new Error(formatIssues(ok.issues).join('\n'));
    expect(ok.value.teachers.map((t) => [t.id, t.schoolId, t.preferences, t.exchangeHomeSchool])).toEqual([
      ['T1', '001', ['002'], undefined],
      ['T2', '002', [], '001'],
    ]);
    expect(formatIssues(ok.value.warnings ?? []).map((l) => l.split(' / ')[0])).toContain('teachers.csv: 2 处志愿学校或交流原学校写的是与学校代码列同一套的另一系统代码, 已按教师表中同一代码所在行的学校名称读作学校表中的代码（如 2134000002 → 002 河口小学）');
  });

  it('suggests the one school whose name is likest, and none where two are as like or none is', () => {
    const schools = [
      { id: '001', name: '城关第一小学' },
      { id: '002', name: '城关第二小学' },
      { id: '003', name: '河口小学' },
    ];
    expect(likeliestSchool('城关一小', schools)?.id).toBe('001');
    expect(likeliestSchool('河口', schools)?.id).toBe('003');
    expect(likeliestSchool('城关小学', schools)).toBeUndefined();
    expect(likeliestSchool('山背中学', schools)).toBeUndefined();
  });

  it('the sample with its teachers\' school codes replaced by the schools\' names plans as the sample', async () => {
    const data = join(import.meta.dirname, '../../data');
    const files = Object.fromEntries(readdirSync(data).map((f) => [f, readFileSync(join(data, f), 'utf8')]));
    const names = new Map((files['学校.csv'] ?? '').replace(/^\uFEFF/u, '').split('\r\n').slice(1).filter(Boolean).map((l) => l.split(',') as [string, string]).map(([id, name]) => [id, name]));
    const lines = (files['教师.csv'] ?? '').replace(/^\uFEFF/u, '').split('\r\n');
    const col = (lines[0] ?? '').split(',').indexOf('学校代码');
    const named = lines.map((l, i) => (l === '' ? l : l.split(',').map((c, j) => (j !== col ? c : i === 0 ? '学校名称' : (names.get(c) ?? '?'))).join(',')));
    expect(named[1]).not.toMatch(/,341122\d{3},/u);
    const a = await load(files);
    const b = await load({ ...files, '教师.csv': named.join('\r\n') });
    if (!a.ok || !b.ok) throw new Error('not loaded');
    expect(b.value.teachers.map((t) => [t.id, t.schoolId])).toEqual(a.value.teachers.map((t) => [t.id, t.schoolId]));
  });
});
