import { backboneClass } from '../domain/backbone.js';
import { baselineCounts } from '../model/baseline-counts.js';
import type { ModelContext } from '../model/context.js';
import { arrivalKey, groupKey, inClass, withClass } from '../model/keys.js';
import type { LpBuilder } from '../model/lp.js';
import { placeFor, type PlanBook } from './book.js';
import type { SoftTerm } from './rule.js';

/** The cost of having `n` where the baseline had `target`. */
function deviation(ctx: ModelContext, target: number, n: number): number {
  return ctx.baseline.size === 0 ? 0 : ctx.policy.weights.baseline * Math.abs(n - target);
}

/** The change of the deviation of one group or arrival key when its count changes by `d`. */
function shift(book: PlanBook, base: Map<string, number>, have: Map<string, number>, k: string, d: number): number {
  const target = base.get(k) ?? 0;
  const n = have.get(k) ?? 0;
  return deviation(book.ctx, target, n + d) - deviation(book.ctx, target, n);
}

/** dev ≥ |Σ x − target|, with dev costing `w` per unit. */
function deviationRows(b: LpBuilder, name: string, cols: readonly number[], target: number, w: number): void {
  const dev = b.addVar({ name: `dev[${name}]`, lb: 0, ub: Infinity, integer: false, cost: w, term: 'baseline' });
  b.addRow(`${name}+`, 'baseline', [[dev, 1], ...cols.map((c): [number, number] => [c, -1])], -target, Infinity);
  if (target > 0) b.addRow(`${name}-`, 'baseline', [[dev, 1], ...cols.map((c): [number, number] => [c, 1])], target, Infinity);
}

/**
 * Stay close to a previous plan (`--baseline PLAN_DIR`): every teacher more or fewer than the
 * baseline leaving a (school, subject, backbone class), and every teacher more or fewer than the
 * baseline arriving at a (school, subject, class), costs the weight. A move kept as it was costs
 * nothing; a changed destination costs twice (one fewer here, one more there). Without a
 * baseline the term is zero.
 */
export const baseline: SoftTerm = {
  name: 'baseline',
  kind: 'soft',
  zh: '与基准方案（上一方案）相比的变动（每多或少1人计代价）',
  en: 'changes against the baseline (previous) plan: each teacher more or fewer than it costs',
  label: { zh: '与基准方案的变动', en: 'change against the baseline' },
  build(ctx, cols, b) {
    if (ctx.baseline.size === 0) return;
    const w = ctx.policy.weights.baseline;
    const base = baselineCounts(ctx, cols.teacherClass);
    const seenOut = new Set<string>();
    const seenIn = new Set<string>();
    // A group's teachers with a forbid lock have columns of their own: the group's count is the sum.
    const outs = new Map<string, number[]>();
    for (const o of cols.out) {
      const k = withClass(groupKey(o.schoolId, o.subject, o.b), o.tk);
      outs.set(k, [...(outs.get(k) ?? []), o.col]);
    }
    for (const [k, list] of outs) {
      seenOut.add(k);
      deviationRows(b, `baseline_out[${k}]`, list, base.out.get(k) ?? 0, w);
    }
    for (const i of cols.in) {
      const k = arrivalKey(i.place, i.subject, i.c);
      seenIn.add(k);
      deviationRows(b, `baseline_in[${k}]`, [i.col], base.in.get(k) ?? 0, w);
    }
    // Baseline moves the model has no column for (the teacher is no longer free to go, or the
    // destination no longer open) are a deviation no plan can avoid.
    for (const [k, n] of [...base.out].sort()) if (!seenOut.has(k)) b.addConstant('baseline', w * n);
    for (const [k, n] of [...base.in].sort()) if (!seenIn.has(k)) b.addConstant('baseline', w * n);
  },
  value(book) {
    let v = 0;
    for (const k of new Set([...book.base.out.keys(), ...book.groupOut.keys()])) v += deviation(book.ctx, book.base.out.get(k) ?? 0, book.groupOut.get(k) ?? 0);
    for (const k of new Set([...book.base.in.keys(), ...book.groupIn.keys()])) v += deviation(book.ctx, book.base.in.get(k) ?? 0, book.groupIn.get(k) ?? 0);
    return v;
  },
  change(book, t, next) {
    if (book.ctx.baseline.size === 0) return 0;
    const cur = book.dest.get(t.id);
    const bc = backboneClass(t);
    const dMovers = (next !== undefined ? 1 : 0) - (cur !== undefined ? 1 : 0);
    let d = shift(book, book.base.out, book.groupOut, withClass(groupKey(t.schoolId, t.subject, bc), book.teacherClass(t)), dMovers);
    if (cur !== undefined) d += shift(book, book.base.in, book.groupIn, arrivalKey(placeFor(book, t, cur), t.subject, inClass(bc)), -1);
    if (next !== undefined) d += shift(book, book.base.in, book.groupIn, arrivalKey(placeFor(book, t, next), t.subject, inClass(bc)), 1);
    return d;
  },
  leave(book, t) {
    if (book.ctx.baseline.size === 0) return 0;
    const cur = book.dest.get(t.id);
    const bc = backboneClass(t);
    let d = shift(book, book.base.out, book.groupOut, withClass(groupKey(t.schoolId, t.subject, bc), book.teacherClass(t)), cur !== undefined ? 0 : 1);
    if (cur !== undefined) d += shift(book, book.base.in, book.groupIn, arrivalKey(placeFor(book, t, cur), t.subject, inClass(bc)), -1);
    return d;
  },
  arrive: (book, j, bc, d) => (book.ctx.baseline.size === 0 ? 0 : shift(book, book.base.in, book.groupIn, arrivalKey(d, j, inClass(bc)), 1)),
};
