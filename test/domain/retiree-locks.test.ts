import { describe, expect, it } from 'vitest';
import type { Teacher } from '../../src/domain/types.js';
import { datedOf } from '../../src/pipeline/prepare.js';
import { county, lock, policy, post, school, teacher, teachers } from '../helpers/make-county.js';

/** A woman born January 1971 retires at 55 years 4 months (the 2024 law), in May 2026: by the cut-off date 2026-08-31. */
const retiring: Teacher = teacher('old', 'U', '数学', { gender: 'F', birthDate: { year: 1971, month: 1 } });

function warningsFor(locks: ReturnType<typeof lock>[], sets: Record<string, string> = {}): string[] {
  const c = county([school('U', 'urban'), school('R', 'rural')], [...teachers('u', 10, 'U', '数学'), retiring], [post('U', '数学', 11), post('R', '数学', 2)], locks);
  const r = datedOf({ county: c, baseline: [] }, policy({ 'plan.year': '2026', ...sets }));
  if (!r.ok) throw new Error('dates refused');
  return r.value.warnings.map((w) => `${w.file} ${w.row ?? ''}: ${w.zh}`);
}

describe('a stay or forbid lock on a teacher who retires by the cut-off date', () => {
  it('was taken as kept without a word, though the teacher is counted nowhere and the post is open: it is named with its row', () => {
    const [stay, forbid] = [lock('old', 'stay'), lock('old', 'forbid', 'R')];
    const warnings = warningsFor([stay, forbid]);
    expect(warnings).toEqual([
      `locks.csv ${stay.source.row}: 锁定 old（教师old）留任, 但该教师法定退休日期 2026年5月, 不晚于截止日 2026年8月31日（法定退休年龄55岁4个月）; 不计入调整前后教师数, 其岗位按空岗计: 此锁定不起作用（删除此锁定, 或核实该教师的出生年月、性别）`,
      `locks.csv ${forbid.source.row}: 锁定 old（教师old）禁止调往 R, 但该教师法定退休日期 2026年5月, 不晚于截止日 2026年8月31日（法定退休年龄55岁4个月）; 不计入调整前后教师数, 其岗位按空岗计: 此锁定不起作用（删除此锁定, 或核实该教师的出生年月、性别）`,
    ]);
  });

  it('says nothing of a lock on a teacher who stays on staff, nor when retirees count as staff', () => {
    expect(warningsFor([lock('u001', 'stay')])).toEqual([]);
    expect(warningsFor([lock('old', 'stay')], { 'eligibility.retirees_leave': 'no' })).toEqual([]);
  });
});
