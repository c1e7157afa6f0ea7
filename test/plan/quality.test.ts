import { describe, expect, it } from 'vitest';
import { qualityFigures } from '../../src/plan/quality.js';
import { county, policy, post, school, teacher } from '../helpers/make-county.js';

describe('the 优质均衡 figures of a plan, the inspectors\' way', () => {
  it('weights each school by its students against the county mean, before and after the moves', () => {
    const c = county(
      [school('A', 'urban', { students: 100 }), school('B', 'rural', { students: 300 }), school('T', 'rural', { students: 30, teachingPoint: true })],
      [teacher('a1', 'A', '数学', { backbone: 'county' }), teacher('a2', 'A', '数学', { backbone: 'county' }), teacher('t1', 'T', '音乐', { backbone: 'county' })],
      [post('A', '数学', 5), post('B', '数学', 5)],
    );
    const p = policy({ 'plan.year': '2026' });
    const cvOf = (q: ReturnType<typeof qualityFigures>, when: 'before' | 'after'): number => q.cv.find((e) => e.stage === 'primary' && e.indicator === 'backbone_per_100')?.[when] ?? NaN;
    const q = qualityFigures(c, p, [{ teacherId: 'a2', fromSchoolId: 'A', toSchoolId: 'B' }]);
    // Before: A has 2 per 100, B 0; the teaching point under 50 students is left out. X̄ = 200/400 = 0.5.
    const before = Math.sqrt(0.25 * (2 - 0.5) ** 2 + 0.75 * (0 - 0.5) ** 2) / 0.5;
    // After: A 1, B 1/3 per 100.
    const after = Math.sqrt(0.25 * (1 - 0.5) ** 2 + 0.75 * (1 / 3 - 0.5) ** 2) / 0.5;
    expect(cvOf(q, 'before')).toBeCloseTo(before, 9);
    expect(cvOf(q, 'after')).toBeCloseTo(after, 9);
    expect(q.cv.find((e) => e.stage === 'primary' && e.indicator === 'backbone_per_100')?.schools).toBe(2);
    expect(q.degreeGiven).toBe(false);
  });
});
