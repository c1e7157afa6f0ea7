import { describe, expect, it } from 'vitest';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { explainPlan, type Explanation, type TeacherExplain } from '../../src/plan/explain.js';
import { explainJson, readExplain } from '../../src/plan-folder/explain-file.js';
import { explainRowsOf } from '../../src/plan-folder/explain-lines.js';
import { teacherExplainText } from '../../src/text/explain-text.js';
import { context, county, lock, post, school, teacher, teachers } from '../helpers/make-county.js';

/**
 * `rotate explain` for a teacher names the schools short of his or her subject (at the stage or
 * below, after the plan) that the rules bar the teacher from, and which rule: before, it listed
 * only the allowed destinations, and a clerk asking "why not that school?" had no answer.
 */
function planned(): Explanation {
  const c = county(
    [school('U1', 'urban'), school('U2', 'urban'), school('U3', 'urban'), school('R1', 'rural'), school('J1', 'urban', { stage: 'junior' })],
    [
      ...teachers('a', 10, 'U1', '语文'),
      ...teachers('b', 3, 'U2', '语文'),
      ...teachers('c', 2, 'U3', '语文'),
      teacher('r001', 'R1', '语文', { yearsAtSchool: 1 }),
      ...teachers('j', 6, 'J1', '语文'),
    ],
    [post('U1', '语文', 8), post('U2', '语文', 6), post('U3', '语文', 3), post('R1', '语文', 10), post('J1', '语文', 5)],
    [lock('a001', 'forbid', 'R1')],
  );
  const ctx = context(c, { 'plan.year': '2026', 'rules.quota_share': '0', 'rules.backbone_share': '0' });
  const r = solveCounty(ctx, false, () => 0);
  if (r.kind !== 'planned') throw new Error(r.kind);
  return explainPlan(ctx, r.plan, r.relaxed).explanation;
}

describe('the short schools the rules bar a teacher from', () => {
  const e = planned();
  const of = (id: string): TeacherExplain | undefined => e.teachers.find((t) => t.id === id);
  const r1Short = e.schools.find((s) => s.id === 'R1')?.subjects.find((f) => f.subject === '语文')?.shortage[1] ?? 0;

  it('names the urban schools still short of 语文 that the direction rule bars, most short first; the rural school short too is allowed', () => {
    expect(r1Short).toBeGreaterThan(3);
    const staying = e.teachers.find((t) => t.school_id === 'U1' && t.id !== 'a001' && t.status === 'stays');
    expect(staying?.barred).toEqual({
      short: 3,
      count: 2,
      rules: [{ rule: 'direction', count: 2 }],
      listed: [
        { school_id: 'U2', school: '学校U2', shortage: 3, rules: ['direction'] },
        { school_id: 'U3', school: '学校U3', shortage: 1, rules: ['direction'] },
      ],
    });
    // A junior teacher may go to the primary schools below his stage: the same schools, barred the same way.
    expect(of('j001')?.barred).toEqual(staying?.barred);
  });

  it('leaves out the own school, and names the lock that keeps a teacher from a school', () => {
    expect(of('b001')?.barred).toEqual({ short: 2, count: 1, rules: [{ rule: 'direction', count: 1 }], listed: [{ school_id: 'U3', school: '学校U3', shortage: 1, rules: ['direction'] }] });
    expect(of('a001')?.barred).toEqual({
      short: 3,
      count: 3,
      rules: [
        { rule: 'locks', count: 1 },
        { rule: 'direction', count: 2 },
      ],
      listed: [
        { school_id: 'R1', school: '学校R1', shortage: r1Short, rules: ['locks'] },
        { school_id: 'U2', school: '学校U2', shortage: 3, rules: ['direction'] },
        { school_id: 'U3', school: '学校U3', shortage: 1, rules: ['direction'] },
      ],
    });
    // A teacher who takes no part has none.
    expect(of('r001')?.barred).toBeUndefined();
  });

  it('says so under the alternatives, each rule on its line', () => {
    const lines = teacherExplainText(of('a001') as TeacherExplain, { zh: '说明', en: 'about' });
    expect(lines).toContain('  方案后仍缺「语文」的同学段或低学段学校 3 所（本校除外）, 其中按规则不能调往 3 所:');
    expect(lines).toContain(`    人工锁定（留任、调往、禁止）必须遵守: 学校R1（R1, 缺 ${r1Short}）`);
    expect(lines).toContain('    交流方向：城镇→乡村、优质→薄弱: 学校U2（U2, 缺 3）、学校U3（U3, 缺 1）');
    expect(lines).toContain('  still short of 语文 after the plan at this stage or below: 3 schools (own school aside), 3 of them barred by the rules:');
    expect(lines).toContain('    direction: urban/town → rural, strong → weak: U2 (学校U2, short 3), U3 (学校U3, short 1)');
  });

  it('keeps them through explain.json, each list once, read whole or a line at a time', () => {
    const text = explainJson(e, {});
    const raw = JSON.parse(text) as { barred: unknown[]; teachers: unknown[][] };
    const lists = new Set(e.teachers.flatMap((t) => (t.barred ? [JSON.stringify(t.barred)] : [])));
    expect(raw.barred.length).toBe(lists.size);
    const r = readExplain(text, 'explain.json');
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.teachers.map((t) => t.barred)).toEqual(e.teachers.map((t) => t.barred));
    for (const id of ['a001', 'b001', 'r001']) expect(explainRowsOf(Buffer.from(text), id, 'explain.json')?.teachers[0]?.barred).toEqual(of(id)?.barred);
    // A list that points nowhere is named.
    const bad = text.replace(/("a001",.*),(\d+)\]/u, '$1,99]');
    expect(bad).not.toBe(text);
    const damaged = readExplain(bad, 'explain.json');
    expect(damaged.ok ? [] : damaged.issues.map((i) => i.en)).toEqual(['teachers[0][12]: points to item 99, which is not there']);
  });
});

describe('the barred schools in words', () => {
  const t: TeacherExplain = {
    id: 'T1',
    name: '张三',
    subject: '语文',
    backbone: 'none',
    school_id: 'S1',
    school: '甲校',
    status: 'stays',
    reason: { zh: '本次未安排交流', en: 'not planned' },
    alternatives: [{ kind: 'stay', delta: 0, terms: {}, breaks: [] }],
    more: 0,
    barred: {
      short: 20,
      count: 12,
      rules: [
        { rule: 'same_stage', count: 3 },
        { rule: 'direction', count: 10 },
      ],
      listed: [
        { school_id: 'A', school: '甲', shortage: 4, rules: ['direction'] },
        { school_id: 'B', school: '乙', shortage: 3, rules: ['same_stage', 'direction'] },
      ],
    },
  };
  const lines = teacherExplainText(t, { zh: '说明', en: 'about' });

  it('lists the most short under each rule, then how many in all', () => {
    expect(lines).toContain('    交流方向：城镇→乡村、优质→薄弱: 甲（A, 缺 4）、乙（B, 缺 3） 等 10 所');
    expect(lines.find((l) => l.startsWith('    交流教师在流入学校任教同一学段'))).toMatch(/: 乙（B, 缺 3） 等 3 所$/u);
    expect(lines).toContain('    direction: urban/town → rural, strong → weak: A (甲, short 4), B (乙, short 3) and 8 more');
    expect(lines.find((l) => l.startsWith('    a teacher moves within the stage'))).toMatch(/: B \(乙, short 3\) and 2 more$/u);
  });
});
