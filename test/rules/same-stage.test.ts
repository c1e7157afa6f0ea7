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
    expect(r?.failures[0]?.zh).toBe('p001 P1→RJ: 不能调往高学段, 只可同学段或低一学段');
    const cert = verifyPlan(county(c.schools, [teacher('k', 'J1', '数学', { certificate: 'primary' })], c.posts ?? []), policy({ 'plan.year': '2026' }), [{ teacherId: 'k', fromSchoolId: 'J1', toSchoolId: 'RJ' }]);
    expect(cert.find((x) => x.rule === 'same_stage')?.failures[0]?.zh).toBe('k J1→RJ: 教师资格种类为小学, 不能任教初中（教师资格条例第五条: 教师资格适用于本级及以下学校）');
    const locked = buildContext(county(c.schools, c.teachers, c.posts ?? [], [lock('p001', 'move', 'RJ')]), policy({ 'plan.year': '2026' }));
    const conflicts = checkLocks(locked);
    expect(conflicts.map((x) => x.rule)).toContain(sameStage.name);
    expect(conflicts.find((x) => x.rule === 'same_stage')?.failures[0]?.zh).toMatch(/locks\.csv 第\d+行/);
  });

  it('a refused lock says which of stage, certificate or scope refuses it, and a hint that fits', () => {
    const ts = [teacher('k', 'J1', '数学', { certificate: 'primary' }), teacher('p', 'P1', '数学'), teacher('j', 'J1', '数学')];
    const locks = [lock('k', 'move', 'RJ'), lock('p', 'move', 'RJ'), lock('j', 'move', 'RP')];
    const refusal = (p: Record<string, string>, id: string) => {
      const ctx2 = buildContext(county(c.schools, ts, c.posts ?? [], locks), policy({ 'plan.year': '2026', ...p }));
      return checkLocks(ctx2).find((x) => x.rule === 'same_stage' && x.failures[0]?.en.includes(`: ${id} `));
    };
    // A 初中 teacher with a 小学 certificate to a 初中 school: the same stage, beyond the certificate.
    // It read "k（初中）调往 RJ（初中）不是同一学段或低一学段, 或超出其教师资格, 或不在交流范围", hint "改选同一学段的学校".
    const cert = refusal({}, 'k');
    expect(cert?.failures[0]?.zh).toContain('k（任教初中）调往 学校RJ（初中）: 教师资格种类为小学, 不能任教初中（教师资格条例第五条: 教师资格适用于本级及以下学校）');
    expect(cert?.failures[0]?.en).toContain('k (teaches junior) to RJ (junior): the certificate is primary, which does not cover junior');
    expect(cert?.hint?.zh).toBe('改选小学的学校, 或核实教师资格种类');
    // A 小学 teacher to a 初中 school: up.
    const up = refusal({}, 'p');
    expect(up?.failures[0]?.zh).toContain('p（任教小学）调往 学校RJ（初中）: 不能调往高学段, 只可同学段或低一学段');
    expect(up?.hint?.zh).toBe('改选小学的学校');
    // Down, when the county does not allow it.
    const down = refusal({ 'rules.stage_down': 'no' }, 'j');
    expect(down?.failures[0]?.zh).toContain('j（任教初中）调往 学校RP（小学）: 本县不允许调往低学段（rules.stage_down=否）, 只可同学段');
    expect(down?.hint?.zh).toBe('改选初中的学校, 或 --set rules.stage_down=是');
    // A destination outside the scope.
    const scope = refusal({ 'rules.scope': '初中' }, 'j');
    expect(scope?.failures[0]?.zh).toContain('j（任教初中）调往 学校RP（小学）: 小学不在本次交流范围（初中）');
    expect(scope?.hint?.zh).toBe('改选交流范围内的学校, 或在 rules.scope 中加入该学段');
  });
});
