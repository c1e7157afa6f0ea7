import type { Family } from '../family.js';
import { sums } from '../sums.js';

/**
 * Backbone balance (优质均衡): each school should have at least the indicator's county-level-or-higher
 * backbone teachers per 100 students. Each missing teacher below that line costs the weight.
 */
export const backboneBalance: Family = {
  name: 'backbone_balance',
  kind: 'soft',
  zh: '每百名学生县级及以上骨干教师数达标（骨干均衡）',
  en: 'county-level-or-higher backbone teachers per 100 students reach the indicator at every school',
  relaxable: false,
  build(ctx, cols, b) {
    const s = sums(cols);
    const w = ctx.policy.weights.backboneBalance;
    for (const school of ctx.schools) {
      const need = (ctx.policy.backbonePer100 * school.students) / 100;
      const have = ctx.stock.get(school.id)?.countyBackbone ?? 0;
      const outs = (s.outBySchool.get(school.id) ?? []).filter((o) => o.b === 2);
      const ins = (s.inBySchool.get(school.id) ?? []).filter((i) => i.c === 'k');
      const maxOut = outs.reduce((a, o) => a + o.max, 0);
      if (ins.length === 0 && need - have + maxOut <= 0) continue;
      if (ins.length === 0 && outs.length === 0) {
        b.addConstant('backbone_balance', w * Math.max(0, need - have));
        continue;
      }
      const col = b.addVar({ name: `backbone_gap[${school.id}]`, lb: 0, ub: Infinity, integer: false, cost: w, term: 'backbone_balance' });
      const t: [number, number][] = [[col, 1], ...outs.map((o): [number, number] => [o.col, -1]), ...ins.map((i): [number, number] => [i.col, 1])];
      b.addRow(`backbone_balance[${school.id}]`, 'backbone_balance', t, need - have, Infinity);
    }
  },
};
