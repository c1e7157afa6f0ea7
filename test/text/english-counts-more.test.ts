/**
 * English messages with a count of one, in the files the first pass (english-counts.test.ts) did not
 * reach: `the objection of a001`, `1 english teacher of the school already rotates`. Chinese is as it was.
 */
import { describe, expect, it } from 'vitest';
import type { Objection } from '../../src/domain/types.js';
import { parseCsv } from '../../src/input/parse-csv.js';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { explainPlan } from '../../src/plan/explain.js';
import { lockEffects, type LockReport } from '../../src/plan/lock-effects.js';
import { objectionReport } from '../../src/plan/objection-report.js';
import { countyQuota } from '../../src/rules/county-quota.js';
import { subjectCover } from '../../src/rules/subject-cover.js';
import { lockText } from '../../src/text/lock-text.js';
import { teacherExplainText } from '../../src/text/explain-text.js';
import type { TeacherExplain } from '../../src/plan/explain.js';
import { z } from 'zod';
import { eligibility } from '../../src/domain/eligibility.js';
import { noneEligible } from '../../src/domain/none-eligible.js';
import { listWithoutBaselineWarnings } from '../../src/plan/baseline-locks.js';
import { schemaIssues } from '../../src/plan-folder/read-issues.js';
import { context, county, lock, policy, post, school, teacher, teachers } from '../helpers/make-county.js';

const clock = () => 0;

describe('English messages with a count of one (more of them)', () => {
  it('a knock-on change of one upheld objection: "caused by the objection of a001"', () => {
    const objection = (teacherId: string): Objection => ({ teacherId, text: '', decision: 'upheld', action: 'stay', source: { file: 'objections.csv', row: 2 } });
    const c = { ...county([school('U1', 'urban'), school('R1', 'rural')], teachers('a', 4, 'U1', '语文'), [post('R1', '语文', 1)]), objections: [objection('a001'), objection('a002')] };
    const effect = (linked: string[]) => ({ teacher_id: 'a003', name: '', subject: '语文', change: 'added' as const, from_school_id: 'U1', to: 'R1', cause: { zh: '原因', en: 'why' }, linked });
    const report = (linked: string[]): LockReport => ({ locks: { move: 0, stay: 2, forbid: 0, rows_from_plan: 0, deleted_rows: 0 }, against: { reference: 'baseline', moves: 1, kept: 0, added: 1, removed: 0, changed: 0, forced_by_own_lock: 0, linked_to_locks: 1, unlinked: 0, effects: [effect(linked)] } });
    const cause = (linked: string[]) => objectionReport(c, [], report(linked))?.lines.find((l) => l.teacher_id === 'a003')?.cause;
    expect(cause(['a001'])?.en).toBe('caused by the objection of a001: why');
    expect(cause(['a001', 'a002'])?.en).toBe('caused by the objections of a001, a002: why');
    expect(cause(['a001'])?.zh).toBe('由异议 a001 引起: 原因');
  });

  it('a change linked to one lock: "linked to the lock on …"', () => {
    const c = (locks: ReturnType<typeof lock>[]) =>
      county([school('U1', 'urban'), school('R1', 'rural')], [...teachers('a', 10, 'U1', '语文', { yearsAtSchool: 12 }), ...teachers('b', 10, 'U1', '数学')], [post('U1', '语文', 10), post('U1', '数学', 10), post('R1', '语文', 1), post('R1', '数学', 1)], locks);
    const sets = { 'rules.backbone_share': '0' };
    const free = solveCounty(context(c([]), sets), false, clock);
    if (free.kind !== 'planned') throw new Error(free.kind);
    const mover = free.plan.moves.find((m) => m.teacher.subject === '语文')?.teacher.id ?? '';
    const ctx = context(c([lock(mover, 'stay')]), sets);
    const locked = solveCounty(ctx, false, clock);
    if (locked.kind !== 'planned') throw new Error(locked.kind);
    const report = lockEffects(ctx, locked.plan.moves, { reference: 'unlocked', moves: new Map(free.plan.moves.map((m) => [m.teacher.id, m.to.id])) });
    const other = report.against?.effects.find((e) => e.change === 'added');
    expect(other?.linked).toEqual([mover]);
    expect(other?.cause.en).toMatch(new RegExp(`^linked to the lock on ${mover} \\(`, 'u'));
  });

  it('a stay note: "1 语文 teacher of the school already rotates"', () => {
    // Two eligible 语文 teachers at U1 and one post at R1: one moves, the other stays beside him or her.
    const c = county([school('U1', 'urban'), school('R1', 'rural')], teachers('a', 2, 'U1', '语文', { yearsAtSchool: 12 }), [post('U1', '语文', 2), post('R1', '语文', 1)]);
    const ctx = context(c, { 'rules.backbone_share': '0', 'rules.max_outflow_share': '1' });
    const solved = solveCounty(ctx, false, clock);
    if (solved.kind !== 'planned') throw new Error(solved.kind);
    expect(solved.plan.moves).toHaveLength(1);
    const stayer = explainPlan(ctx, solved.plan, false).explanation.teachers.find((t) => t.status === 'stays');
    expect(stayer?.reason.en).toContain('1 语文 teacher of the school already rotates');
    expect(stayer?.reason.zh).toContain('本校语文已有1人交流');
  });

  it('the county quota with one eligible teacher: "have 1 eligible teacher"', () => {
    const ctx = context(county([school('U', 'urban'), school('R', 'rural')], [...teachers('u', 1, 'U', '语文'), ...teachers('r', 1, 'R', '语文', { yearsAtSchool: 2 })], [post('U', '语文', 1), post('R', '语文', 2)]));
    expect(countyQuota.needs?.(ctx)[0]?.en).toMatch(/^rule: urban\/town schools that are not weak have 1 eligible teacher, so at least 1 rotate/u);
  });

  it('the subject-cover rule kept at one teacher: "keeps at least 1 teacher of every subject"', () => {
    const ctx = context(county([school('U', 'urban'), school('R', 'rural')], teachers('u', 3, 'U', '语文'), [post('U', '语文', 3), post('R', '语文', 1)]), { 'rules.keep_subject_teachers': '1' });
    expect(subjectCover.needs?.(ctx)[0]?.en).toBe('rule: each school (section) keeps at least 1 teacher of every subject it has posts for (all of them when it has fewer)');
  });

  it('the locks line with one deleted row: "1 deleted row locked to stay"', () => {
    const r: LockReport = { locks: { move: 0, stay: 1, forbid: 0, rows_from_plan: 0, deleted_rows: 1 }, against: null };
    expect(lockText(r, 'en').join('\n')).toContain('; 1 deleted row locked to stay)');
  });

  it('one allowed destination more than listed: "1 more allowed school not listed (it costs more)"', () => {
    const t: TeacherExplain = { id: 'T1', name: '张三', subject: '语文', backbone: 'none', school_id: 'S1', school: '甲校', status: 'stays', reason: { zh: '留任', en: 'stays' }, alternatives: [{ kind: 'stay', delta: 0, terms: {}, breaks: [] }], more: 1 };
    expect(teacherExplainText(t, { zh: '说明', en: 'about' })).toContain('    1 more allowed school not listed (it costs more)');
  });

  it('a CSV whose every data row has one cell fewer: "does the header name 1 column too many"', () => {
    const parsed = parseCsv('a,b,c\n1,2\n3,4\n', 'x.csv');
    const en = parsed.issues.map((i) => i.en).join('\n');
    expect(en).toContain('does the header name 1 column too many');
  });

  it('a file read back with one problem more than listed: "1 more problem"', () => {
    const parsed = z.array(z.number()).safeParse(['a', 'b', 'c', 'd', 'e', 'f']);
    if (parsed.success) throw new Error('parsed');
    expect(schemaIssues('summary.json', parsed.error).at(-1)?.en).toMatch(/^1 more problem; /u);
  });

  it('one principal\'s term, one year: "(1 term of 1 year)"; none eligible at a minimum of one year: "fewer than 1 year at the school"', () => {
    const head = teacher('p1', 'U', '语文', { role: 'principal', yearsAtSchool: 0 });
    expect(eligibility(head, policy({ 'eligibility.principal_terms': '1', 'eligibility.principal_term_years': '1' })).en).toContain('(1 term of 1 year)');
    const lines = noneEligible([teacher('t1', 'U', '语文', { yearsAtSchool: 0 })], policy({ 'eligibility.min_years': '1' }));
    expect(lines?.map((l) => l.en).join('\n')).toContain('fewer than 1 year at the school: 1;');
  });

  it('a plan\'s list of one move given without --baseline: "it locks the 1 teacher move it lists"', () => {
    const c = county([school('U1', 'urban'), school('R1', 'rural')], teachers('t', 2, 'U1', '语文'), [], [{ teacherId: 't001', action: 'move', schoolId: 'R1', fromPlan: true, source: { file: 'assignments.csv', row: 2 } }]);
    expect(listWithoutBaselineWarnings(c)[0]?.en).toContain('it locks the 1 teacher move it lists');
  });
});
