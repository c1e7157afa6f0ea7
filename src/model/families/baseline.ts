import { baselineCounts } from '../baseline-counts.js';
import { groupKey } from '../context.js';
import type { Family } from '../family.js';
import type { LpBuilder } from '../lp.js';

/**
 * Stay close to a previous plan (`--baseline PLAN_DIR`): every teacher more or fewer than the
 * baseline leaving a (school, subject, backbone class), and every teacher more or fewer than the
 * baseline arriving at a (school, subject, class), costs the weight. A move kept as it was costs
 * nothing; a changed destination costs twice (one fewer here, one more there). Without a
 * baseline the family adds nothing.
 */
export const baseline: Family = {
  name: 'baseline',
  kind: 'soft',
  zh: '与基准方案（上一方案）相比的变动（每多或少1人计代价）',
  en: 'changes against the baseline (previous) plan: each teacher more or fewer than it costs',
  relaxable: false,
  build(ctx, cols, b) {
    if (ctx.baseline.size === 0) return;
    const w = ctx.policy.weights.baseline;
    const base = baselineCounts(ctx);
    const seenOut = new Set<string>();
    const seenIn = new Set<string>();
    for (const o of cols.out) {
      const k = groupKey(o.schoolId, o.subject, o.b);
      seenOut.add(k);
      deviation(b, `baseline_out[${k}]`, o.col, base.out.get(k) ?? 0, w);
    }
    for (const i of cols.in) {
      const k = `${i.schoolId}|${i.subject}|${i.c}`;
      seenIn.add(k);
      deviation(b, `baseline_in[${k}]`, i.col, base.in.get(k) ?? 0, w);
    }
    // Baseline moves the model has no column for (the teacher is no longer free to go, or the
    // destination no longer open) are a deviation no plan can avoid.
    for (const [k, n] of [...base.out].sort()) if (!seenOut.has(k)) b.addConstant('baseline', w * n);
    for (const [k, n] of [...base.in].sort()) if (!seenIn.has(k)) b.addConstant('baseline', w * n);
  },
};

/** dev ≥ |x − target|, with dev costing `w` per unit. */
function deviation(b: LpBuilder, name: string, col: number, target: number, w: number): void {
  const dev = b.addVar({ name: `dev[${name}]`, lb: 0, ub: Infinity, integer: false, cost: w, term: 'baseline' });
  b.addRow(`${name}+`, 'baseline', [[dev, 1], [col, -1]], -target, Infinity);
  if (target > 0) b.addRow(`${name}-`, 'baseline', [[dev, 1], [col, 1]], target, Infinity);
}
