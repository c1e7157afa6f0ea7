import type { Policy } from '../domain/policy.js';
import { indicatorStates } from './indicator-book.js';
import { sectionTerms } from './indicator-rows.js';
import { stageIndicators, type StageIndicator } from './indicator-sections.js';
import { sectionParts, type SectionCost } from './indicator-term.js';
import type { SoftTerm, TermName } from './rule.js';
import type { Columns } from '../model/columns.js';
import type { ModelContext } from '../model/context.js';
import type { LpBuilder } from '../model/lp.js';
import { countNeeded } from '../indicators/per-100.js';

/** The standard of a stage indicator per 100 students (教督〔2017〕6号: backbone 1.0, PE and arts 0.9). */
function perHundred(g: StageIndicator, p: Policy): number {
  return g.indicator === 'backbone_per_100' ? p.backbonePer100 : p.artsPePer100;
}

/** Counted teachers section `i` needs to meet the standard: the fewest whole teachers with τ × P_i / 100 or more. */
export function need(g: StageIndicator, i: number, p: Policy): number {
  return countNeeded(perHundred(g, p), g.sections[i]?.students ?? 0);
}

/**
 * The model's hold on each section's shortfall below its standard, for a term that prices it (per
 * teacher, `costOf`; a section priced at 0 is left out): one column per section whose count a
 * column changes, v ≥ need − (before + Σ arrivals − Σ departures), at that cost; a section no
 * column changes is a constant.
 */
export function sectionShortfalls(ctx: ModelContext, cols: Columns, b: LpBuilder, term: TermName, prefix: string, costOf: (g: StageIndicator, i: number) => number): void {
  for (const g of stageIndicators(ctx)) {
    const { terms } = sectionTerms(ctx, cols, g);
    g.sections.forEach((s, i) => {
      const w = costOf(g, i);
      if (w <= 0) return;
      const n = need(g, i, ctx.policy);
      const own = terms[i] ?? [];
      if (own.length === 0) {
        b.addConstant(term, w * lack(g, i, s.before, ctx.policy));
        return;
      }
      const name = `${prefix}[${g.stage}|${g.indicator}|${s.schoolId}]`;
      b.addRow(name, term, [[b.addVar({ name, lb: 0, ub: Infinity, integer: false, cost: w, term }), 1], ...own], n - s.before, Infinity);
    });
  }
}

/** Teachers section `i` lacks at count `c`: max(0, need − c). */
export function lack(g: StageIndicator, i: number, c: number, p: Policy): number {
  return Math.max(0, need(g, i, p) - c);
}

/** What section `i` at `c` counted teachers costs in indicator_shortfall (the term's value is their sum; explain shows a school's part). */
export const shortfallSectionCost: SectionCost = (book, g, i, c) => book.ctx.policy.weights.indicatorShortfall * lack(g, i, c, book.ctx.policy);

/**
 * 优质均衡 (教督〔2017〕6号): each school section's shortfall below the standard of PE-and-arts
 * teachers (0.9 per 100 students) and of county-level-or-higher backbone teachers (1.0 per 100),
 * in whole teachers: max(0, n − counted), n the fewest teachers with standard × students / 100 or
 * more (a section of 566 students meets the backbone standard with 6, not 5.66: 5 lack one). A
 * section that meets the standard costs nothing; each teacher it lacks costs the weight. The
 * model holds it exactly (one column per section at or under the standard).
 */
export const indicatorShortfall: SoftTerm = {
  name: 'indicator_shortfall',
  kind: 'soft',
  zh: '各学部体育艺术教师、县级以上骨干教师低于每百名学生标准的缺口尽量小',
  en: 'each school section\'s shortfall below the standard of PE-and-arts and county-level backbone teachers per 100 students kept small',
  label: { zh: '指标缺口', en: 'indicator shortfall' },
  build(ctx, cols, b) {
    const w = ctx.policy.weights.indicatorShortfall;
    if (w > 0) sectionShortfalls(ctx, cols, b, 'indicator_shortfall', 'short', () => w);
  },
  value(book) {
    const p = book.ctx.policy;
    let v = 0;
    for (const st of indicatorStates(book)) st.g.sections.forEach((_, i) => (v += lack(st.g, i, st.counts[i] ?? 0, p)));
    return p.weights.indicatorShortfall * v;
  },
  ...sectionParts(shortfallSectionCost),
};

