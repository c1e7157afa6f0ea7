import { decidingCells, eligibility as eligibilityOf } from '../domain/eligibility.js';
import type { Text } from '../domain/text.js';
import { checkResult, heldOf } from './check-result.js';
import type { HardRule } from './rule.js';

/**
 * Only eligible teachers rotate (years at the school, exemptions, near retirement, principals'
 * terms: src/domain/eligibility.ts). Holds by the model's shape: only eligible teachers who are
 * not locked to stay are counted as free to leave.
 */
export const eligibility: HardRule = {
  name: 'eligibility',
  kind: 'hard',
  zh: '只交流符合条件的教师（任教年限、免交流、临近退休、校长任期）',
  en: 'only eligible teachers rotate (years at school, exemptions, near retirement, principals\' terms)',
  relaxable: false,
  moveOnly: false,
  check(f) {
    const bad: Text[] = [];
    let n = 0;
    for (const m of f.moves) {
      const t = f.teacher.get(m.teacherId);
      if (t !== undefined) n++;
      if (t !== undefined && eligibilityOf(t, f.policy).status !== 'eligible') bad.push({ zh: `${m.teacherId} 不符合交流条件`, en: `${m.teacherId} is not eligible` });
    }
    return checkResult({ rule: 'eligibility', zh: '只交流符合条件的教师', en: 'only eligible teachers rotate', ...heldOf(n, bad.length), failures: bad, relaxable: false });
  },
  breaks: (book, t, cur, next) => next !== undefined && cur === undefined && book.ctx.eligibility.get(t.id)?.status !== 'eligible',
  lockProblem(ctx, lock, t, where) {
    const e = ctx.eligibility.get(t.id);
    if (!e || e.status === 'eligible') return null;
    const cells = decidingCells(t, ctx.policy);
    return {
      failure: { zh: `${where.zh}: 锁定 ${t.id}（${t.name}）调往 ${lock.schoolId ?? ''}, 但该教师${e.zh}`, en: `${where.en}: locks ${t.id} to move to ${lock.schoolId ?? ''}, but ${e.en}` },
      hint: { zh: `删除此锁定, 或核实该教师的${cells.zh}`, en: `remove the lock, or check the teacher's ${cells.en}` },
    };
  },
};
