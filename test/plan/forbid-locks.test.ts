import { describe, expect, it } from 'vitest';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { context, county, lock, post, school, teachers } from '../helpers/make-county.js';

/**
 * Forbid locks are in the model: a teacher with one has a column of his or her own and arrives
 * only at places the lock allows. Before, the counting model knew nothing of them and could send
 * such a teacher's count to the very school the lock rules out; the matching of names to places
 * then failed and the run ended with "no rule-abiding matching of teachers to places" (seen on the
 * sample county, re-planned with an upheld objection 禁止 against the baseline's destination).
 */
describe('forbid locks', () => {
  // Two urban schools of ten teachers with one spare PE teacher each; two rural schools with two
  // open PE posts each: R1 of 1,000 students (far below the PE-and-arts standard, so the plan
  // sends PE teachers there first) and R2 of 300.
  const c = (locks: ReturnType<typeof lock>[]) =>
    county(
      [school('U1', 'urban'), school('U2', 'urban'), school('R1', 'rural', { students: 1000 }), school('R2', 'rural', { students: 300 })],
      [...teachers('a', 2, 'U1', '体育'), ...teachers('b', 2, 'U2', '体育'), ...teachers('x', 8, 'U1', '语文'), ...teachers('y', 8, 'U2', '语文'), ...teachers('r', 1, 'R1', '体育', { yearsAtSchool: 1 }), ...teachers('s', 1, 'R2', '体育', { yearsAtSchool: 1 })],
      [post('U1', '体育', 1), post('U2', '体育', 1), post('U1', '语文', 8), post('U2', '语文', 8), post('R1', '体育', 3), post('R2', '体育', 3)],
      locks,
    );
  const sets = { 'plan.year': '2026', 'rules.backbone_share': '0', 'rules.quota_share': '0' };
  const moves = (r: ReturnType<typeof solveCounty>) => {
    if (r.kind !== 'planned') throw new Error(`${r.kind}${r.kind === 'solver-failed' ? `: ${r.solve.method}` : ''}`);
    return new Map(r.plan.moves.map((m) => [m.teacher.id, m.to.id]));
  };

  it('without locks the spare teachers go to the larger school first', () => {
    const free = moves(solveCounty(context(c([]), sets), false, () => 0));
    expect([...free.values()].filter((to) => to === 'R1').length).toBe(2);
  });

  it('with every PE teacher forbidden the larger school, the plan sends them to the other one, and every lock holds', () => {
    const forbidden = c(['a001', 'a002', 'b001', 'b002'].map((id) => lock(id, 'forbid', 'R1')));
    const r = solveCounty(context(forbidden, sets), false, () => 0);
    const m = moves(r);
    expect(m.size).toBe(2);
    expect([...m.values()]).toEqual(['R2', 'R2']);
    if (r.kind === 'planned') expect(r.plan.checks.find((k) => k.rule === 'locks')?.held).toBe(true);
  });

  it('one forbidden teacher of a school moves where the lock allows, or a colleague goes in his place', () => {
    const r = solveCounty(context(c([lock('a001', 'forbid', 'R1'), lock('a002', 'forbid', 'R1')]), sets), false, () => 0);
    const m = moves(r);
    for (const id of ['a001', 'a002']) if (m.has(id)) expect(m.get(id)).not.toBe('R1');
    // U2's spare teacher still takes the larger school's place.
    expect([...m.entries()].some(([id, to]) => id.startsWith('b') && to === 'R1')).toBe(true);
  });
});
