import type { PlanBook } from './book.js';
import { indicatorStates } from './indicator-book.js';
import { addCurves, sectionPart, spreadPerVariance } from './indicator-curve.js';
import { stageIndicators, varianceAt } from './indicator-sections.js';
import { sectionParts, type SectionCost } from './indicator-term.js';
import type { SoftTerm } from './rule.js';

/** What section `i` at `c` counted teachers costs in indicator_spread (the term's value is their sum; explain shows a school's part). */
export const spreadSectionCost: SectionCost = (book, g, i, c) => spreadPerVariance(book.ctx.policy, g) * sectionPart(g, i, c);

/**
 * 优质均衡 (教督〔2017〕6号): the spread between schools of PE-and-arts teachers and of county-level
 * backbone teachers per 100 students, each stage's the inspectors' way (the enrolment-weighted
 * variance, the county mean held at the one before the plan so that each school's part stands
 * alone), in units of the variance at the threshold: a stage indicator exactly at its threshold
 * costs the weight. The model holds it exactly at whole counts (src/rules/indicator-curve.ts).
 */
export const indicatorSpread: SoftTerm = {
  name: 'indicator_spread',
  kind: 'soft',
  zh: '校际差异（每百名学生体育艺术教师、县级以上骨干教师, 按学生数加权）尽量小',
  en: 'the spread between schools of PE-and-arts and county-level backbone teachers per 100 students (enrolment-weighted) kept small',
  label: { zh: '校际差异', en: 'spread between schools' },
  build(ctx, cols, b) {
    for (const g of stageIndicators(ctx)) {
      const unit = spreadPerVariance(ctx.policy, g);
      if (unit <= 0) continue;
      // The curves carry this term's cost on their columns (indicator-curve.ts); the variance before the plan is the constant.
      addCurves(ctx, cols, b, g, { family: 'indicator_spread', term: 'indicator_spread', cost: unit });
      b.addConstant('indicator_spread', unit * varianceAt(g, g.sections.map((s) => s.before), g.total));
    }
  },
  value(book) {
    let v = 0;
    for (const st of indicatorStates(book)) v += spreadPerVariance(book.ctx.policy, st.g) * varianceAt(st.g, st.counts, st.g.total);
    return v;
  },
  ...sectionParts(spreadSectionCost),
};
