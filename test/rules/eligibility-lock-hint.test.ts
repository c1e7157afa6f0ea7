import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/model/context.js';
import { checkLocks } from '../../src/plan/check-locks.js';
import type { Teacher } from '../../src/domain/types.js';
import { county, lock, policy, post, school, teacher, teachers } from '../helpers/make-county.js';

/** The hint of the eligibility conflict a move lock on `t` raises. */
function hintFor(t: Teacher, p: Record<string, string> = {}): string | undefined {
  const c = county([school('U', 'urban'), school('R', 'rural')], [...teachers('u', 10, 'U', '语文'), t], [post('U', '语文', 11), post('R', '语文', 3)], [lock(t.id, 'move', 'R')]);
  const ctx = buildContext(c, policy({ 'plan.year': '2026', ...p }));
  return checkLocks(ctx).find((x) => x.rule === 'eligibility')?.hint.zh;
}

describe('a move lock on a teacher who does not take part names the cells that decide it', () => {
  it('it said 核实该教师的任教年限和免交流原因 whatever the cause', () => {
    expect(hintFor(teacher('x', 'U', '语文', { yearsAtSchool: 3 }))).toBe('删除此锁定, 或核实该教师的进本校年月（本校任教年限）');
    expect(hintFor(teacher('x', 'U', '语文', { exempt: '哺乳期' }))).toBe('删除此锁定, 或核实该教师的免交流原因');
    expect(hintFor(teacher('x', 'U', '语文', { gender: 'M', birthDate: { year: 1967, month: 3 } }))).toBe('删除此锁定, 或核实该教师的出生年月、性别');
    expect(hintFor(teacher('x', 'U', '语文', { employment: 'contract', employmentLabel: '编外' }))).toBe('删除此锁定, 或核实该教师的用人形式');
    expect(hintFor(teacher('x', 'U', '语文', { state: 'seconded', stateLabel: '借调' }))).toBe('删除此锁定, 或核实该教师的人员状态');
    expect(hintFor(teacher('x', 'U', '语文', { onStaff: false }))).toBe('删除此锁定, 或核实该教师的是否在编');
    expect(hintFor(teacher('x', 'U', '语文', { exchangeHomeSchool: 'R', exchangeEnd: { year: 2027, month: 7 } }))).toBe('删除此锁定, 或核实该教师的交流原学校代码、交流结束年月');
    expect(hintFor(teacher('x', 'U', '语文', { role: 'principal', yearsAtSchool: 5 }))).toBe('删除此锁定, 或核实该教师的岗位类别、进本校年月（本校任教年限）');
  });
});
