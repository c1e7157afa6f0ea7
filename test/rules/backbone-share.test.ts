import { describe, expect, it } from 'vitest';
import { verifyPlan } from '../../src/plan/verify.js';
import { county, policy, post, school, teachers } from '../helpers/make-county.js';

describe('backbone_share on a plan that moves no one', () => {
  it('shows a dash, nothing to check, where it read ≥ 0 (20% × 0) and 0; a plan with moves shows its need and count', () => {
    const c = county([school('U', 'urban'), school('R', 'rural')], [...teachers('u', 10, 'U', '语文', { backbone: 'county' }), ...teachers('r', 2, 'R', '语文')], [post('U', '语文', 10), post('R', '语文', 4)]);
    const p = policy({ 'plan.year': '2026' });
    const none = verifyPlan(c, p, []).find((x) => x.rule === 'backbone_share');
    expect([none?.threshold, none?.value, none?.held]).toEqual(['—', '—', true]);
    const one = verifyPlan(c, p, [{ teacherId: 'u001', fromSchoolId: 'U', toSchoolId: 'R' }]).find((x) => x.rule === 'backbone_share');
    expect([one?.threshold, one?.value]).toEqual(['≥ 1 (20% × 1)', '1']);
  });
});
