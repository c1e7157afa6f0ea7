import type { PlanBook } from './book.js';
import { indicatorStates } from './indicator-book.js';
import { varianceRows } from './indicator-rows.js';
import { stageIndicators, varianceAt, type StageIndicator } from './indicator-sections.js';
import { sectionParts } from './indicator-term.js';
import type { SoftTerm } from './rule.js';

/** τ² X̄₀²: the variance at the threshold with the county mean before the plan (0 when nothing is counted). */
function ceiling0(g: StageIndicator): number {
  const mean = (100 * g.total) / g.students;
  return g.threshold * g.threshold * mean * mean;
}

/** The weight of one unit of variance of a stage indicator: the policy weight over the variance at the threshold. */
function unit(book: PlanBook, g: StageIndicator): number {
  const c = ceiling0(g);
  return c > 0 ? book.ctx.policy.weights.indicatorSpread / c : 0;
}

/** (P_i / P)(X_i − X̄₀)² of section i at count c, the mean held at the one before the plan. */
function part(g: StageIndicator, i: number, c: number): number {
  const s = g.sections[i];
  if (!s) return 0;
  const y = c - (s.students / g.students) * g.total;
  return ((100 * 100) / (g.students * s.students)) * y * y;
}

/**
 * 优质均衡 (教督〔2017〕6号): the spread between schools of PE-and-arts teachers and of county-level
 * backbone teachers per 100 students, each stage's the inspectors' way (the enrolment-weighted
 * variance, the county mean held at the one before the plan so that each school's part stands
 * alone), in units of the variance at the threshold: a stage indicator exactly at its threshold
 * costs the weight. The model holds it exactly at whole counts (src/rules/indicator-rows.ts).
 */
export const indicatorSpread: SoftTerm = {
  name: 'indicator_spread',
  kind: 'soft',
  zh: '校际差异（每百名学生体育艺术教师、县级以上骨干教师, 按学生数加权）尽量小',
  en: 'the spread between schools of PE-and-arts and county-level backbone teachers per 100 students (enrolment-weighted) kept small',
  label: { zh: '校际差异', en: 'spread between schools' },
  build(ctx, cols, b) {
    const w = ctx.policy.weights.indicatorSpread;
    if (w <= 0) return;
    for (const g of stageIndicators(ctx)) {
      const c = ceiling0(g);
      if (c <= 0) continue;
      const rows = varianceRows(ctx, cols, b, g, 'indicator_spread', { cost: w / c });
      const still = rows ? -rows.rhs : varianceAt(g, g.sections.map((s) => s.before), g.total);
      b.addConstant('indicator_spread', (w / c) * still);
    }
  },
  value(book) {
    let v = 0;
    for (const st of indicatorStates(book)) v += unit(book, st.g) * varianceAt(st.g, st.counts, st.g.total);
    return v;
  },
  ...sectionParts((book, g, i, c) => unit(book, g) * part(g, i, c)),
};
