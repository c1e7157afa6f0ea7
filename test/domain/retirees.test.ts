import { describe, expect, it } from 'vitest';
import { retiresByCutoff, withoutRetirees } from '../../src/domain/retirees.js';
import type { School, Teacher } from '../../src/domain/types.js';
import { buildContext } from '../../src/model/context.js';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { teacherStatuses } from '../../src/plan/teacher-status.js';
import { county, lock, policy, post, school, teacher, teachers } from '../helpers/make-county.js';

/**
 * A man born March 1966 retires at 60 years and 4 months under the 2024 law (one month later for
 * every four months of birth from January 1965, the first month counting), in July 2026: by the cut-off date 2026-08-31.
 * He teaches maths at the rural school R, which has three posts and two teachers with him.
 */
const retiring: Teacher = teacher('r-old', 'R', '数学', { gender: 'M', birthDate: { year: 1966, month: 3 } });
function ruralVacancy(locks = [] as ReturnType<typeof lock>[]) {
  const schools: School[] = [school('U', 'urban'), school('R', 'rural')];
  const ts: Teacher[] = [...teachers('u', 10, 'U', '数学', { birthDate: { year: 1985, month: 5 } }), retiring, teacher('r2', 'R', '数学', { birthDate: { year: 1990, month: 1 } })];
  return county(schools, ts, [post('U', '数学', 10), post('R', '数学', 3)], locks);
}
// No backbone teachers here: the backbone share is set aside.
const SETS = { 'plan.year': '2026', 'rules.backbone_share': '0' };

describe('teachers who reach the statutory retirement date by the cut-off date', () => {
  it('are out of every count, so the plan fills their posts; with eligibility.retirees_leave=no they count as before', () => {
    const p = policy(SETS);
    expect(retiresByCutoff(retiring, p)).toBe(true);
    const c = withoutRetirees(ruralVacancy(), p);
    expect(c.teachers.map((t) => t.id)).not.toContain('r-old');
    expect(c.retired?.map((t) => [t.id, t.retiring])).toEqual([['r-old', true]]);
    const plan = (sets: Record<string, string>, cty: ReturnType<typeof ruralVacancy>) => {
      const q = policy({ ...SETS, ...sets });
      const r = solveCounty(buildContext(q.retireesLeave ? withoutRetirees(cty, q) : cty, q), false, () => 0);
      if (r.kind !== 'planned') throw new Error(r.kind);
      for (const ch of r.plan.checks) expect(ch.held, ch.rule).toBe(true);
      return r.plan;
    };
    // R has two open posts once he has gone, one while he counts.
    expect(plan({}, ruralVacancy()).moves.length).toBe(2);
    expect(plan({ 'eligibility.retirees_leave': 'no' }, ruralVacancy()).moves.length).toBe(1);
  });

  it('are listed among the teachers as retiring, in id order, with the statutory date', () => {
    const p = policy(SETS);
    const ctx = buildContext(withoutRetirees(ruralVacancy(), p), p);
    const statuses = teacherStatuses(ctx, []);
    expect(statuses.map((s) => s.teacher.id)).toEqual([...statuses.map((s) => s.teacher.id)].sort());
    const st = statuses.find((s) => s.teacher.id === 'r-old');
    expect(st?.state).toBe('exempt');
    expect(st?.label.zh).toBe('退休');
    expect(st?.reason.zh).toBe('法定退休日期 2026年7月, 不晚于截止日 2026年8月31日（法定退休年龄60岁4个月）; 不计入调整前后教师数, 其岗位按空岗计');
  });

  it('stays in the county when a lock moves him, so that the lock is refused as on a teacher who takes no part', () => {
    const p = policy(SETS);
    const c = withoutRetirees(ruralVacancy([lock('r-old', 'move', 'U')]), p);
    expect(c.teachers.map((t) => t.id)).toContain('r-old');
    expect(c.retired).toBeUndefined();
  });
});
