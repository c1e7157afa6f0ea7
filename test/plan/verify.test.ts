import { describe, expect, it } from 'vitest';
import { verifyPlan } from '../../src/plan/verify.js';
import { county, lock, policy, post, school, teacher, teachers } from '../helpers/make-county.js';

const base = () =>
  county(
    [school('U1', 'urban'), school('U2', 'urban'), school('R1', 'rural'), school('W1', 'town', { weak: true })],
    [...teachers('u', 10, 'U1', '语文', { backbone: 'school' }), teacher('young', 'U1', '语文', { yearsAtSchool: 2 }), ...teachers('m', 5, 'U1', '音乐')],
    [post('U1', '语文', 10), post('U2', '语文', 10), post('R1', '语文', 2), post('W1', '语文', 1), post('R1', '音乐', 1)],
    [lock('u010', 'stay')],
  );

const held = (moves: { teacherId: string; fromSchoolId: string; toSchoolId: string }[]) =>
  Object.fromEntries(verifyPlan(base(), policy(), moves).map((c) => [c.rule, c.held]));

describe('verifyPlan', () => {
  it('passes a plan that keeps every rule', () => {
    const r = held([
      { teacherId: 'u001', fromSchoolId: 'U1', toSchoolId: 'R1' },
      { teacherId: 'u002', fromSchoolId: 'U1', toSchoolId: 'W1' },
    ]);
    expect(Object.values(r).every(Boolean)).toBe(true);
  });

  it('says a rule switched off is off, where it would read as held by every move', () => {
    // Seen: with rules.direction=no, 54 moves between urban schools were listed as "交流方向：城镇→乡村、优质→薄弱 ✓ 54/54".
    const moves = [{ teacherId: 'u001', fromSchoolId: 'U1', toSchoolId: 'U2' }, { teacherId: 'u002', fromSchoolId: 'U1', toSchoolId: 'R1' }];
    const off = verifyPlan(base(), policy({ 'rules.direction': 'no', 'rules.same_subject': 'no', 'rules.same_stage': 'no', 'rules.cv_ceiling': 'no', 'rules.two_way': 'no' }), moves);
    const line = (rule: string) => off.find((c) => c.rule === rule);
    for (const [rule, param] of [['direction', 'rules.direction'], ['same_subject', 'rules.same_subject'], ['same_stage', 'rules.same_stage'], ['cv_ceiling', 'rules.cv_ceiling'], ['two_way', 'rules.two_way']]) {
      expect(line(rule ?? ''), rule).toMatchObject({ held: true, threshold: '已关闭 off', value: `${param ?? ''}=no` });
    }
    // Rules with no switch, and the same rules switched on, keep their figures.
    expect(line('posts_capacity')?.threshold).toMatch(/^\d+\/\d+$/u);
    const on = verifyPlan(base(), policy(), [moves[1] ?? { teacherId: '', fromSchoolId: '', toSchoolId: '' }]);
    expect(on.find((c) => c.rule === 'direction')).toMatchObject({ held: true, threshold: '1/1', value: '1/1' });
  });

  it('catches each broken rule on its own', () => {
    expect(held([{ teacherId: 'u001', fromSchoolId: 'U1', toSchoolId: 'U2' }]).direction).toBe(false);
    expect(held([{ teacherId: 'young', fromSchoolId: 'U1', toSchoolId: 'R1' }]).eligibility).toBe(false);
    expect(held([{ teacherId: 'u010', fromSchoolId: 'U1', toSchoolId: 'R1' }]).locks).toBe(false);
    expect(held([{ teacherId: 'm001', fromSchoolId: 'U1', toSchoolId: 'W1' }]).same_subject).toBe(false);
    expect(held([{ teacherId: 'u001', fromSchoolId: 'U1', toSchoolId: 'R1' }, { teacherId: 'u001', fromSchoolId: 'U1', toSchoolId: 'W1' }]).one_destination).toBe(false);
    const three = ['u001', 'u002', 'u003'].map((id) => ({ teacherId: id, fromSchoolId: 'U1', toSchoolId: 'R1' }));
    expect(held(three).posts_capacity).toBe(false);
    expect(held([]).school_quota).toBe(false);
    expect(held([]).county_quota).toBe(false);
    expect(held([{ teacherId: 'm001', fromSchoolId: 'U1', toSchoolId: 'R1' }, { teacherId: 'm002', fromSchoolId: 'U1', toSchoolId: 'R1' }]).backbone_share).toBe(false);
    const four = ['u001', 'u002', 'u003', 'u004'].map((id, i) => ({ teacherId: id, fromSchoolId: 'U1', toSchoolId: i < 2 ? 'R1' : 'W1' }));
    expect(held(four).outflow_cap).toBe(false); // ⌊20% × 16⌋ = 3 < 4
    expect(verifyPlan(base(), policy({ 'rules.max_outflow_share': '0.25' }), four).find((c) => c.rule === 'outflow_cap')?.held).toBe(true);
    expect(held(four).backbone_outflow_cap).toBe(false); // ⌊30% × 10⌋ = 3 backbone at most
  });
});
