import { describe, expect, it } from 'vitest';
import type { School, Teacher } from '../../src/domain/types.js';
import { verifyPlan } from '../../src/plan/verify.js';
import { county, policy, post, school, teachers } from '../helpers/make-county.js';

/*
 * The checklist row 调入不超过岗位数 read 85/85 on the sample beside 108 moves: it counts the
 * (school, section, subject) groups that take arrivals, not people, and nothing said so. Its
 * words now say it, as the two-way row's do; the count is unchanged.
 */
describe('posts_capacity: the checklist row counts school-section-subject groups and says so', () => {
  it('three teachers into two groups read 2/2, the words naming the groups', () => {
    const schools: School[] = [school('U', 'urban'), school('R', 'rural')];
    const ts: Teacher[] = [...teachers('uy', 8, 'U', '语文'), ...teachers('us', 8, 'U', '数学'), ...teachers('ry', 1, 'R', '语文'), ...teachers('rs', 1, 'R', '数学')];
    const c = county(schools, ts, [post('U', '语文', 8), post('U', '数学', 8), post('R', '语文', 3), post('R', '数学', 3)]);
    const moves = [
      { teacherId: 'uy001', fromSchoolId: 'U', toSchoolId: 'R' },
      { teacherId: 'uy002', fromSchoolId: 'U', toSchoolId: 'R' },
      { teacherId: 'us001', fromSchoolId: 'U', toSchoolId: 'R' },
    ];
    const r = verifyPlan(c, policy({ 'plan.year': '2026' }), moves).find((x) => x.rule === 'posts_capacity');
    expect(r?.held).toBe(true);
    expect(r?.threshold).toBe('2/2');
    expect(r?.value).toBe('2/2');
    expect(r?.zh).toBe('调入不超过岗位数（每校每学段每学科）');
    expect(r?.en).toContain('per school, stage and subject');
  });
});
