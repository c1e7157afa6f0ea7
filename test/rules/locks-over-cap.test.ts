import { describe, expect, it } from 'vitest';
import { checkLocks } from '../../src/plan/check-locks.js';
import { context, county, lock, post, school, teacher, teachers } from '../helpers/make-county.js';

/*
 * Move locks that take more teachers out of a school than its caps allow are named before any
 * solve, with the school's teachers and the cap. One teacher over a cap of none read
 * "1 teachers are locked to leave R".
 */
describe('locks over a school\'s outflow caps', () => {
  const c = county(
    [school('U', 'urban'), school('R', 'rural')],
    [...teachers('u', 10, 'U', '语文'), ...teachers('r', 2, 'R', '语文'), teacher('r101', 'R', '数学', { backbone: 'county' })],
    [post('U', '语文', 10), post('R', '语文', 2), post('U', '数学', 1), post('R', '数学', 1)],
    [lock('r101', 'move', 'U')],
  );
  const failures = checkLocks(context(c, { 'rules.backbone_share': '0' })).flatMap((x) => x.failures);

  it('says the school\'s teachers and the cap, one teacher as one', () => {
    expect(failures.map((f) => f.zh)).toContain('锁定从 学校R(R) 调出教师 1 人（r101）, 上限 0 人（20% × 3, 向下取整）');
    expect(failures.map((f) => f.en)).toContain('1 teacher is locked to leave R (r101); at most 0 may (20% of 3, rounded down)');
  });

  it('says the same of backbone teachers', () => {
    expect(failures.map((f) => f.en)).toContain('1 backbone teacher is locked to leave R (r101); at most 0 may (30% of 1, rounded down)');
  });
});
