import { schoolOfPlace } from '../domain/sections.js';
import { isCountyBackbone } from '../domain/backbone.js';
import { sums } from '../model/sums.js';
import { valueAt, type PlanBook } from './book.js';
import type { SoftTerm } from './rule.js';
import { countNeeded } from '../indicators/per-100.js';

/** Weighted backbone gap of the school at position `s` with `n` county-level-or-higher backbone teachers. */
export function balanceAt(book: PlanBook, s: number, n: number): number {
  return book.ctx.policy.weights.backboneBalance * Math.max(0, valueAt(book.backboneNeed, s) - n);
}

/** The change of the gap at `loc` when its county-level backbone teachers change by `d`. */
function shift(book: PlanBook, loc: string, d: number): number {
  const s = book.schoolAt.get(loc) ?? -1;
  const n = valueAt(book.countyBackbone, s);
  return balanceAt(book, s, n + d) - balanceAt(book, s, n);
}

/**
 * Backbone balance (优质均衡): each school should have at least the indicator's county-level-or-higher
 * backbone teachers per 100 students. Each teacher missing below that line, counted in whole
 * teachers (566 students need 6), costs the weight.
 */
export const backboneBalance: SoftTerm = {
  name: 'backbone_balance',
  kind: 'soft',
  zh: '每百名学生县级及以上骨干教师数达标（骨干均衡）',
  en: 'county-level-or-higher backbone teachers per 100 students reach the indicator at every school',
  label: { zh: '骨干均衡', en: 'backbone balance' },
  build(ctx, cols, b) {
    const s = sums(cols);
    const w = ctx.policy.weights.backboneBalance;
    for (const school of ctx.schools) {
      const need = countNeeded(ctx.policy.backbonePer100, school.students);
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
  value(book) {
    let v = 0;
    for (let s = 0; s < book.ctx.schools.length; s++) v += balanceAt(book, s, valueAt(book.countyBackbone, s));
    return v;
  },
  change(book, t, next) {
    if (!isCountyBackbone(t)) return 0;
    const cur = book.dest.get(t.id);
    const so = book.schoolAt.get(cur ?? t.schoolId) ?? -1;
    const sn = book.schoolAt.get(next ?? t.schoolId) ?? -1;
    const co = valueAt(book.countyBackbone, so);
    const cn = valueAt(book.countyBackbone, sn);
    return balanceAt(book, so, co - 1) - balanceAt(book, so, co) + balanceAt(book, sn, cn + 1) - balanceAt(book, sn, cn);
  },
  leave: (book, t) => (isCountyBackbone(t) ? shift(book, book.dest.get(t.id) ?? t.schoolId, -1) : 0),
  arrive: (book, _j, bc, d) => (bc === 2 ? shift(book, schoolOfPlace(d), 1) : 0),
};
