import { describe, expect, it } from 'vitest';
import { loadCounty } from '../../src/schema/load-county.js';
import { formatIssues } from '../../src/schema/format-issue.js';
import { SCHOOLS, TEACHERS, county, load, withoutSources } from './load-county-helpers.js';

const FIX = 'test/fixtures/input';
const KINDS = ['schools', 'teachers', 'posts', 'locks', 'policy'];

describe('loadCounty on the fixture county', () => {
  it('reads the English files', async () => {
    const r = await loadCounty(KINDS.map((k) => `${FIX}/en/${k}.csv`));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.value;
    expect(c.lang).toBe('en');
    expect(c.schools.map((s) => s.id)).toEqual(['001', '002', '003']);
    expect(c.teachers.map((t) => t.id)).toEqual(['T0001', 'T0002', 'T0003', 'T0004', 'T0005', 'T0006']);
    expect(c.teachers[0]).toEqual({
      id: 'T0001', name: '王芳', schoolId: '001', subject: '数学', subjectLabel: '数学', yearsAtSchool: 8, gender: 'F', birthYear: 1985,
      backbone: 'county', title: 'senior', ruralYears: 0, role: 'teacher', preferences: ['003'], homeTownship: '山背乡',
      source: { file: 'teachers.csv', row: 2 },
    });
    expect(c.posts).toHaveLength(7);
    expect(c.locks).toEqual([
      { teacherId: 'T0002', action: 'forbid', schoolId: '003', source: { file: 'locks.csv', row: 3 } },
      { teacherId: 'T0004', action: 'stay', source: { file: 'locks.csv', row: 2 } },
    ]);
    expect(c.policy.map((p) => `${p.key}=${p.value}`)).toEqual(['eligibility.min_years=6', 'rules.quota_share=0.15']);
    expect(c.files.map((f) => [f.name, f.kind, f.lang, f.encoding])).toEqual([
      ['schools.csv', 'schools', 'en', 'utf-8'],
      ['teachers.csv', 'teachers', 'en', 'utf-8'],
      ['posts.csv', 'posts', 'en', 'utf-8'],
      ['locks.csv', 'locks', 'en', 'utf-8'],
      ['policy.csv', 'policy', 'en', 'utf-8'],
    ]);
    expect(c.files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('reads the Chinese files (GBK with CRLF, schools in UTF-8 with BOM) into an equal county', async () => {
    const en = await loadCounty(KINDS.map((k) => `${FIX}/en/${k}.csv`));
    const zh = await loadCounty(KINDS.map((k) => `${FIX}/zh/${k}.csv`));
    if (!en.ok || !zh.ok) throw new Error(formatIssues([...(en.ok ? [] : en.issues), ...(zh.ok ? [] : zh.issues)]).join('\n'));
    expect(zh.value.lang).toBe('zh');
    expect(zh.value.files.map((f) => f.encoding)).toEqual(['utf-8-bom', 'gb18030', 'gb18030', 'gb18030', 'gb18030']);
    const { files: _a, lang: _b, ...enRest } = en.value;
    const { files: _c, lang: _d, ...zhRest } = zh.value;
    expect(zhRest).toEqual(enRest);
  });

  it('never copies the ID-card column anywhere', async () => {
    const r = await loadCounty(KINDS.map((k) => `${FIX}/zh/${k}.csv`));
    expect(JSON.stringify(r)).not.toMatch(/\d{17}[\dX]/u);
  });

  it('gives the same county for shuffled rows and file order, apart from sources', async () => {
    const teachers = TEACHERS.trim().split('\n');
    const shuffled = [teachers[0], teachers[3], teachers[1], teachers[2]].join('\n');
    const schools = SCHOOLS.trim().split('\n');
    const a = await county({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS });
    const b = await county({ 'teachers.csv': shuffled, 'schools.csv': [schools[0], schools[3], schools[2], schools[1]].join('\n') });
    expect(withoutSources(b)).toEqual(withoutSources(a));
    expect(b.teachers.map((t) => t.id)).toEqual(['T1', 'T2', 'T3']);
  });

  it('gives equal counties for English and Chinese headers', async () => {
    const zhSchools = SCHOOLS.replace('school_id,name,stage,area,students,weak', '学校代码,学校名称,学段,城乡类型,在校学生数（人）,薄弱学校');
    const zhTeachers = TEACHERS.replace('teacher_id,name,school_id,subject,years_at_school,preferences', '工号,姓名,学校代码,任教学科,本校任教年限,志愿学校');
    const en = await county({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS });
    const zh = await county({ 'schools.csv': zhSchools, 'teachers.csv': zhTeachers });
    expect(zh.lang).toBe('zh');
    expect(en.lang).toBe('en');
    expect(withoutSources(zh)).toEqual(withoutSources(en));
    expect(zh.teachers.map((t) => t.source)).toEqual(en.teachers.map((t) => t.source));
  });

  it('reads a UTF-16LE tab-separated file (Excel "Unicode text")', async () => {
    const text = TEACHERS.replaceAll(',', '\t');
    const units = [0xfeff, ...[...text].map((c) => c.charCodeAt(0))];
    const bytes = new Uint8Array(units.flatMap((u) => [u & 0xff, u >> 8]));
    const r = await load({ 's.csv': SCHOOLS, 't.txt': bytes });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.files[1]?.encoding).toBe('utf-16le');
    expect(r.value.teachers.map((t) => t.name)).toEqual(['王芳', '李强', '张敏']);
  });

  it('gives posts null without a posts file, and refuses a header-only posts file (every school would have no posts)', async () => {
    expect((await county({ 's.csv': SCHOOLS, 't.csv': TEACHERS })).posts).toBeNull();
    const r = await load({ 's.csv': SCHOOLS, 't.csv': TEACHERS, 'p.csv': 'school_id,subject,posts\n' });
    expect(r.ok ? [] : formatIssues(r.issues)).toEqual(['p.csv: 岗位表没有数据行（只有表头） / the posts file has no data rows, only the header']);
  });

  it('merges two teachers files with the same columns', async () => {
    const c = await county({ 's.csv': SCHOOLS, 'a.csv': TEACHERS, 'b.csv': 'teacher_id,name,school_id,subject,years_at_school,preferences\nT9,赵六,003,英语,1,\n' });
    expect(c.teachers.map((t) => `${t.id}@${t.source.file}:${t.source.row}`)).toEqual(['T1@a.csv:2', 'T2@a.csv:3', 'T3@a.csv:4', 'T9@b.csv:2']);
  });
});
