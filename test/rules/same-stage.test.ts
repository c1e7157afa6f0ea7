import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/model/context.js';
import { allowsMove } from '../../src/rules/allows-move.js';
import { sameStage } from '../../src/rules/same-stage.js';
import { checkLocks } from '../../src/plan/check-locks.js';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { verifyPlan } from '../../src/plan/verify.js';
import type { School, Teacher } from '../../src/domain/types.js';
import { county, lock, policy, post, school, teacher, teachers } from '../helpers/make-county.js';

/** An urban junior school that must send teachers, and rural schools of each kind with open 数学 posts. */
function smallCounty(o: { primaryOnly?: boolean } = {}) {
  const schools: School[] = [
    school('J1', 'urban', { stage: 'junior' }),
    school('P1', 'urban', { stage: 'primary' }),
    school('RP', 'rural', { stage: 'primary' }),
    ...(o.primaryOnly ? [] : [school('RJ', 'rural', { stage: 'junior' }), school('RN', 'rural', { stage: 'nine_year' })]),
  ];
  const ts: Teacher[] = [...teachers('j', 10, 'J1', '数学'), ...teachers('p', 10, 'P1', '数学')];
  const posts = [post('J1', '数学', 10), post('P1', '数学', 10), post('RP', '数学', 3), post('RJ', '数学', 3), post('RN', '数学', 3)];
  return county(schools, ts, posts);
}

const q = (t: Teacher, from: School, to: School) => ({ teacher: t, from, to });

describe('same_stage: a teacher moves within the stage or one down, never up, never beyond the certificate', () => {
  const c = smallCounty();
  const s = new Map(c.schools.map((x) => [x.id, x]));
  const at = (id: string): School => s.get(id) as School;
  const ctx = buildContext(c, policy({ 'plan.year': '2026' }));

  it('judges single moves', () => {
    const junior = teacher('x', 'J1', '数学');
    const primary = teacher('y', 'P1', '数学');
    expect(allowsMove(q(junior, at('J1'), at('RJ')), ctx)).toBe(true);
    expect(allowsMove(q(junior, at('J1'), at('RP')), ctx)).toBe(true);
    expect(allowsMove(q(primary, at('P1'), at('RP')), ctx)).toBe(true);
    expect(allowsMove(q(primary, at('P1'), at('RJ')), ctx)).toBe(false);
    // A 九年一贯制 has a primary section: both may go there.
    expect(allowsMove(q(primary, at('P1'), at('RN')), ctx)).toBe(true);
    // Not down when the policy says so.
    const strict = buildContext(c, policy({ 'plan.year': '2026', 'rules.stage_down': 'no' }));
    expect(allowsMove(q(junior, at('J1'), at('RP')), strict)).toBe(false);
    // A junior teacher holding only a primary certificate may teach primary only.
    expect(allowsMove(q(teacher('z', 'J1', '数学', { certificate: 'primary' }), at('J1'), at('RJ')), ctx)).toBe(false);
    expect(allowsMove(q(teacher('z', 'J1', '数学', { certificate: 'primary' }), at('J1'), at('RP')), ctx)).toBe(true);
    // Off, the rule allows everything.
    const off = buildContext(c, policy({ 'plan.year': '2026', 'rules.same_stage': 'no' }));
    expect(allowsMove(q(primary, at('P1'), at('RJ')), off)).toBe(true);
  });

  it('a plan keeps it, and the model counts teachers of a two-section school by the stage they teach', () => {
    const two: School[] = [school('N1', 'urban', { stage: 'nine_year' }), school('RP', 'rural', { stage: 'primary' }), school('RJ', 'rural', { stage: 'junior' })];
    const ts = [...teachers('a', 6, 'N1', '数学', { teachingStage: 'primary' }), ...teachers('b', 6, 'N1', '数学', { teachingStage: 'junior', certificate: 'junior' })];
    const c2 = county(two, ts, [post('N1', '数学', 12), post('RP', '数学', 2), post('RJ', '数学', 2)]);
    const ctx2 = buildContext(c2, policy({ 'plan.year': '2026', 'rules.stage_down': 'no', 'rules.backbone_share': '0', 'rules.quota_share': '0.3', 'rules.max_outflow_share': '0.5' }));
    const solved = solveCounty(ctx2, false, () => 0);
    expect(solved.kind).toBe('planned');
    if (solved.kind !== 'planned') return;
    for (const m of solved.plan.moves) expect(m.to.id, m.teacher.id).toBe(m.teacher.teachingStage === 'primary' ? 'RP' : 'RJ');
    expect(solved.plan.moves.length).toBeGreaterThan(0);
    expect(verifyPlan(c2, ctx2.policy, solved.plan.moves.map((m) => ({ teacherId: m.teacher.id, fromSchoolId: m.from.id, toSchoolId: m.to.id }))).find((r) => r.rule === 'same_stage')?.held).toBe(true);
  });

  it('the verifier names a move up, and a lock up is refused with its file and row', () => {
    const checks = verifyPlan(c, policy({ 'plan.year': '2026' }), [{ teacherId: 'p001', fromSchoolId: 'P1', toSchoolId: 'RJ' }]);
    const r = checks.find((x) => x.rule === 'same_stage');
    expect(r?.held).toBe(false);
    expect(r?.failures[0]?.zh).toContain('p001 P1→RJ');
    const locked = buildContext(county(c.schools, c.teachers, c.posts ?? [], [lock('p001', 'move', 'RJ')]), policy({ 'plan.year': '2026' }));
    const conflicts = checkLocks(locked);
    expect(conflicts.map((x) => x.rule)).toContain(sameStage.name);
    expect(conflicts.find((x) => x.rule === 'same_stage')?.failures[0]?.zh).toMatch(/locks\.csv 第\d+行/);
  });
});
