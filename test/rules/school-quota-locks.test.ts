import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/model/context.js';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { county, lock, policy, post, school, teachers } from '../helpers/make-county.js';

/** An urban school of ten eligible maths teachers (its quota: ⌊10% × 10⌋ = 1), `stays` of them locked to stay by upheld objections, and a rural school with open posts. */
function withStays(stays: number) {
  const ts = teachers('u', 10, 'U', '数学');
  const locks = ts.slice(0, stays).map((t, i) => ({ ...lock(t.id, 'stay'), source: { file: '异议.csv', row: i + 2 } }));
  return county([school('U', 'urban'), school('R', 'rural')], [...ts, ...teachers('r', 2, 'R', '数学')], [post('U', '数学', 10), post('R', '数学', 8)], locks);
}
const SETS = { 'plan.year': '2026', 'rules.backbone_share': '0' };

describe('school_quota: stay locks (upheld objections) that leave a school too few teachers to send', () => {
  it('are named with their rows where the rule is found in conflict: the figures alone do not say that the locks are why', () => {
    const r = solveCounty(buildContext(withStays(10), policy(SETS)), false, () => 0);
    if (r.kind !== 'infeasible') throw new Error(r.kind);
    const quota = r.conflicts.find((c) => c.rule === 'school_quota');
    expect(quota?.failures.map((f) => f.zh)).toContain(
      '锁定留任 10 人（u001 异议.csv 第2行、u002 第3行、u003 第4行、u004 第5行、u005 第6行、u006 第7行、u007 第8行、u008 第9行、u009 第10行、u010 第11行）后, 学校U(U) 符合条件教师 10 人中至多交流 0 人, 应不少于 1 人（10% × 10, 向下取整）: 删除其中 1 行留任锁定（或驳回该异议）即可',
    );
    expect(quota?.failures.map((f) => f.en)).toContain(
      '10 teachers are locked to stay at U (u001 异议.csv row 2, u002 row 3, u003 row 4, u004 row 5, u005 row 6, u006 row 7, u007 row 8, u008 row 9, u009 row 10, u010 row 11): at most 0 of its 10 eligible teachers can rotate, at least 1 must (10% of 10, rounded down): remove 1 of those stay locks (or reject the objection)',
    );
  });

  it('--relax still gives way on the rule and writes the closest plan', () => {
    const r = solveCounty(buildContext(withStays(10), policy(SETS)), true, () => 0);
    expect(r.kind).toBe('planned');
  });

  it('leave the school able to send its share: a plan, as before', () => {
    const r = solveCounty(buildContext(withStays(9), policy(SETS)), false, () => 0);
    expect(r.kind).toBe('planned');
  });
});
