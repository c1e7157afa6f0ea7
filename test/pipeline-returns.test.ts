import { describe, expect, it } from 'vitest';
import type { Teacher } from '../src/domain/types.js';
import { buildContext } from '../src/model/context.js';
import { datedOf } from '../src/pipeline/prepare.js';
import { solveCounty } from '../src/pipeline/solve-county.js';
import { teacherStatuses } from '../src/plan/teacher-status.js';
import { county, lock, policy, post, school, teacher, teachers } from './helpers/make-county.js';

/** A town school with 语文 teachers and two rural schools; two teachers of the town school are on an exchange at R1, one ending before the cut-off. */
function onExchange(locks = [] as ReturnType<typeof lock>[]) {
  const ts: Teacher[] = [
    ...teachers('t', 10, 'T', '语文'),
    teacher('X1', 'R1', '语文', { exchangeHomeSchool: 'T', exchangeEnd: { year: 2026, month: 7 } }),
    teacher('X2', 'R1', '语文', { exchangeHomeSchool: 'T', exchangeEnd: { year: 2027, month: 7 } }),
  ];
  return county([school('T', 'town'), school('R1', 'rural'), school('R2', 'rural')], ts, [post('T', '语文', 12), post('R1', '语文', 3), post('R2', '语文', 3)], locks);
}
const SETS = { 'plan.year': '2026', 'rules.backbone_share': '0' };

describe('exchanges in progress: a term that ends by the cut-off date returns the teacher home before the plan', () => {
  it('moves the teacher back to the home school, counted there in every figure, and says so with the dates', () => {
    const p = policy(SETS);
    const dated = datedOf({ county: onExchange(), baseline: [] }, p);
    expect(dated.ok).toBe(true);
    if (!dated.ok) return;
    const c = dated.value.inputs.county;
    const x1 = c.teachers.find((t) => t.id === 'X1');
    expect(x1?.schoolId).toBe('T');
    expect(x1?.returned).toBe(true);
    expect(c.teachers.find((t) => t.id === 'X2')?.schoolId).toBe('R1');
    const ctx = buildContext(c, p);
    expect(ctx.stock.get('T')?.bySubject.get('语文')).toBe(11);
    expect(ctx.stock.get('R1')?.bySubject.get('语文')).toBe(1);
    const solved = solveCounty(ctx, false, () => 0);
    expect(solved.kind).toBe('planned');
    if (solved.kind !== 'planned') return;
    expect(solved.plan.figures.find((f) => f.school.id === 'T')?.teachersBefore).toBe(11);
    expect(solved.plan.figures.find((f) => f.school.id === 'R1')?.shortageBefore).toBe(2);
    expect(solved.plan.moves.some((m) => m.teacher.id === 'X1' || m.teacher.id === 'X2')).toBe(false);
    const st = teacherStatuses(ctx, solved.plan.moves);
    const s1 = st.find((s) => s.teacher.id === 'X1');
    expect(s1?.label.zh).toBe('返回原校');
    expect(s1?.label.en).toBe('returned from exchange');
    expect(s1?.reason.zh).toBe('在 学校R1（R1） 的交流期满（2026年7月结束, 不晚于截止日期 2026年8月31日）, 返回原学校, 本年不再交流');
    expect(st.find((s) => s.teacher.id === 'X2')?.reason.zh).toContain('正在交流中（原学校 学校T（T）, 2027年7月结束）');
  });

  it('a lock "stay" keeps the teacher at the exchange school; the parameter off keeps everyone where they are', () => {
    const kept = datedOf({ county: onExchange([lock('X1', 'stay')]), baseline: [] }, policy(SETS));
    expect(kept.ok && kept.value.inputs.county.teachers.find((t) => t.id === 'X1')?.schoolId).toBe('R1');
    const off = datedOf({ county: onExchange(), baseline: [] }, policy({ ...SETS, 'eligibility.exchange_returns': 'no' }));
    expect(off.ok && off.value.inputs.county.teachers.find((t) => t.id === 'X1')?.schoolId).toBe('R1');
  });
});
