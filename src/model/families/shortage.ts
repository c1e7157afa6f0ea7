import { isNeedySchool } from '../../domain/direction.js';
import type { Policy } from '../../domain/policy.js';
import type { School } from '../../domain/types.js';
import { postsAt, teachersOf } from '../context.js';
import type { Family } from '../family.js';
import { sums, terms } from '../sums.js';

/** Cost of one unfilled post of a subject at a school: scarce subjects and rural/weak schools weigh more. */
export function shortageWeight(p: Policy, school: School, subject: string): number {
  const w = p.weights;
  return w.shortage * (p.scarce.includes(subject) ? w.scarceFactor : 1) * (isNeedySchool(school) ? w.ruralWeakFactor : 1);
}

/**
 * Shortage after the plan, per school and subject: max(0, posts − teachers after), weighted.
 * A (school, subject) the plan cannot touch adds a constant; the others get a slack column
 * short ≥ posts − (teachers − out + in).
 */
export const shortage: Family = {
  name: 'shortage',
  kind: 'soft',
  zh: '缺员（岗位数−教师数）: 紧缺学科、乡村和薄弱学校加权',
  en: 'shortage (posts − teachers), weighted up for scarce subjects and rural/weak schools',
  relaxable: false,
  build(ctx, cols, b) {
    const s = sums(cols);
    for (const school of ctx.schools) {
      for (const j of ctx.subjects) {
        const key = `${school.id}|${j}`;
        const gap = postsAt(ctx, school.id, j) - teachersOf(ctx, school.id, j);
        const outs = s.outBySchoolSubject.get(key) ?? [];
        const ins = s.inBySchoolSubject.get(key) ?? [];
        const w = shortageWeight(ctx.policy, school, j);
        const maxOut = outs.reduce((a, o) => a + o.max, 0);
        if (ins.length === 0 && gap + maxOut <= 0) continue;
        if (ins.length === 0 && outs.length === 0) {
          b.addConstant('shortage', w * Math.max(0, gap));
          continue;
        }
        const col = b.addVar({ name: `short[${key}]`, lb: 0, ub: Infinity, integer: false, cost: w, term: 'shortage' });
        b.addRow(`shortage[${key}]`, 'shortage', [[col, 1], ...terms(outs, -1), ...terms(ins, 1)], gap, Infinity);
      }
    }
  },
};
