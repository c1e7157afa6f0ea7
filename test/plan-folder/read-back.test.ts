import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAssignments } from '../../src/plan-folder/assignments-file.js';
import { readExplain } from '../../src/plan-folder/explain-file.js';
import { readSchools } from '../../src/plan-folder/schools-file.js';
import { parseSummary, summaryJson } from '../../src/plan-folder/summary-file.js';
import { readTeachers } from '../../src/plan-folder/teachers-file.js';
import { formatIssues } from '../../src/schema/format-issue.js';

/*
 * Every plan file read back through its schema: the files a plan wrote read as they are; a crafted,
 * cut or older file gives issues naming the file and the field (or row and column) in both
 * languages, never a throw, and never a number that is not finite.
 */

const PLAN = join(import.meta.dirname, '..', 'fixtures', 'golden', 'sample-expected');
const text = (name: string): string => readFileSync(join(PLAN, name), 'utf8');
const json = (name: string): Record<string, unknown> => JSON.parse(text(name)) as Record<string, unknown>;

/** The issues of a failed read, as the lines a user reads; fails the test when the read succeeded. */
function refused(r: { ok: true } | { ok: false; issues: Parameters<typeof formatIssues>[0] }): string[] {
  if (r.ok) throw new Error('expected the file to be refused');
  const lines = formatIssues(r.issues);
  for (const l of lines) expect(l, 'both languages').toMatch(/[\u4e00-\u9fff].* \/ .*[a-z]/u);
  return lines;
}

describe('summary.json read back', () => {
  it('reads the file a plan wrote, and writes it back byte for byte', () => {
    const r = parseSummary(text('summary.json'), 'summary.json');
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.counts.moved).toBeGreaterThan(0);
    expect(summaryJson(r.value)).toBe(text('summary.json'));
  });

  it('refuses 1e999, a string for a number, a missing field and a non-JSON file, naming the field', () => {
    const infinite = text('summary.json').replace(/"moved": \d+/u, '"moved": 1e999');
    expect(refused(parseSummary(infinite, 'summary.json')).join('\n')).toMatch(/counts\.moved.*Infinity/u);
    const s = json('summary.json');
    const shortage = s['shortage'] as Record<string, unknown>;
    expect(refused(parseSummary(JSON.stringify({ ...s, shortage: { ...shortage, after: 'many' } }), 'summary.json')).join('\n')).toMatch(/shortage\.after.*"many"/u);
    const { objective: _gone, ...old } = s;
    expect(refused(parseSummary(JSON.stringify(old), 'summary.json')).join('\n')).toMatch(/objective.*(缺失|missing)/u);
    expect(refused(parseSummary('{"counts": ', 'summary.json')).join('\n')).toMatch(/JSON/u);
    expect(refused(parseSummary('[]', 'summary.json')).length).toBeGreaterThan(0);
  });
});

describe('explain.json read back', () => {
  it('reads the file a plan wrote', () => {
    const r = readExplain(text('explain.json'), 'explain.json');
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.teachers.some((t) => t.move !== undefined)).toBe(true);
    expect(Number.isFinite(r.value.total)).toBe(true);
  });

  it('refuses crafted and older files with the field named, never a throw', () => {
    const e = json('explain.json');
    const teachers = e['teachers'] as unknown[][];
    const first = teachers[0] ?? [];
    const cases: [string, string, RegExp][] = [
      ['total 1e999', text('explain.json').replace(/"total":[^,]+,/u, '"total":1e999,'), /total.*Infinity/u],
      ['teachers missing', JSON.stringify({ ...e, teachers: undefined }), /teachers/u],
      ['a teacher cut short', JSON.stringify({ ...e, teachers: [first.slice(0, 3), ...teachers.slice(1)] }), /teachers\[0\]/u],
      ['a string where a number goes', JSON.stringify({ ...e, teachers: [[...first.slice(0, 8), 'three', ...first.slice(9)], ...teachers.slice(1)] }), /teachers\[0\]\[8\].*"three"/u],
      ['a text position that points nowhere', JSON.stringify({ ...e, teachers: [[...first.slice(0, 2), 99999, ...first.slice(3)], ...teachers.slice(1)] }), /teachers\[0\]\[2\].*99999/u],
      ['another format', JSON.stringify({ ...e, format: 3 }), /3.*2/u],
      ['not an object', '"explain"', /whole file|整个文件/u],
      ['cut mid-file', text('explain.json').slice(0, 500), /JSON/u],
      ['the earlier layout with a teacher lacking fields', JSON.stringify({ about: e['about'], files: {}, relaxed: false, terms: e['terms'], total: 0, teachers: [{ id: '1' }], schools: [] }), /teachers\[0\]\.name/u],
    ];
    for (const [name, file, pattern] of cases) {
      let r: ReturnType<typeof readExplain> | undefined;
      expect(() => (r = readExplain(file, 'explain.json')), name).not.toThrow();
      if (!r) throw new Error(name);
      expect(refused(r).join('\n'), name).toMatch(pattern);
    }
  });
});

describe('the plan tables read back', () => {
  it('read the files a plan wrote: every move, school and teacher', () => {
    const a = readAssignments(text('assignments.csv'), 'assignments.csv');
    const s = readSchools(text('schools.csv'), 'schools.csv');
    const t = readTeachers(text('teachers.csv'), 'teachers.csv');
    if (!a.ok || !s.ok || !t.ok) throw new Error('a plan table was refused');
    const lines = (name: string): number => text(name).trimEnd().split('\r\n').length - 1;
    expect(a.value.rows).toHaveLength(lines('assignments.csv'));
    expect(s.value.rows).toHaveLength(lines('schools.csv'));
    expect(t.value.rows).toHaveLength(lines('teachers.csv'));
    expect(a.value.lang).toBe('zh');
    expect(a.value.rows[0]?.to_school_id).toMatch(/^\d+$/u);
    expect(s.value.fields).toContain('shortage_after');
  });

  it('name the file, row and column of a figure that is not a number or an id that is missing', () => {
    const schools = text('schools.csv').split('\r\n');
    const header = schools[0] ?? '';
    const row = (schools[1] ?? '').split(',');
    const col = header.replace(/^\uFEFF/u, '').split(',').indexOf('调整后缺员');
    row[col] = '1e999';
    const bad = [header, row.join(','), ''].join('\r\n');
    expect(refused(readSchools(bad, 'plan/schools.csv')).join('\n')).toMatch(/plan\/schools\.csv 第2行「调整后缺员」.*1e999/u);

    const moves = text('assignments.csv').split('\r\n');
    const cells = (moves[1] ?? '').split(',');
    cells[6] = '';
    expect(refused(readAssignments([moves[0], cells.join(','), ''].join('\r\n'), 'assignments.csv')).join('\n')).toMatch(/第2行「交流学校代码」.*不能为空/u);
    expect(refused(readAssignments('\uFEFF工号,姓名\r\n000001,王志\r\n', 'assignments.csv')).join('\n')).toMatch(/to_school_id/u);
  });
});
