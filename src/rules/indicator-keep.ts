import { indicatorStates } from './indicator-book.js';
import { lack, need, sectionShortfalls } from './indicator-shortfall.js';
import type { StageIndicator } from './indicator-sections.js';
import { sectionParts, type SectionCost } from './indicator-term.js';
import type { Policy } from '../domain/policy.js';
import type { SoftTerm } from './rule.js';

/** Whether section `i` meets the standard before the plan (only such a section is kept at it). */
function metBefore(g: StageIndicator, i: number, p: Policy): boolean {
  const s = g.sections[i];
  return s !== undefined && s.students > 0 && s.before >= need(g, i, p);
}

/** What section `i` at count `c` costs: the weight for each teacher it lacks, if it met the standard before. */
function keepCost(g: StageIndicator, i: number, c: number, p: Policy): number {
  return metBefore(g, i, p) ? p.weights.indicatorKeep * lack(g, i, c, p) : 0;
}

/** What section `i` at `c` counted teachers costs in indicator_keep (the term's value is their sum; explain shows a school's part). */
export const keepSectionCost: SectionCost = (book, g, i, c) => keepCost(g, i, c, book.ctx.policy);

/**
 * 优质均衡 (教督〔2017〕6号) judges every school: a section that meets the standard of PE-and-arts
 * or county-level backbone teachers per 100 students before the plan and falls below it after
 * costs `weights.indicator_keep` for each teacher it then lacks, on top of indicator_shortfall.
 * Off by default (0): evening the schools out lowers the CVs the county is judged by, and where
 * the county has too few such teachers for every section (summary.json county_supply) it takes
 * city sections below the standard; a bureau that wants them kept at it trades that here, and
 * `rotate sweep` shows the price (fewer moves, more rural vacancies, higher CVs).
 */
export const indicatorKeep: SoftTerm = {
  name: 'indicator_keep',
  kind: 'soft',
  zh: '调整前达标的学部（体育艺术教师、县级以上骨干教师每百名学生）调整后仍达标',
  en: 'a school section that meets the standard of PE-and-arts or county-level backbone teachers per 100 students before the plan keeps meeting it',
  label: { zh: '达标保持', en: 'standard kept' },
  build(ctx, cols, b) {
    const w = ctx.policy.weights.indicatorKeep;
    // A section below the standard before costs nothing here (indicator_shortfall prices it).
    if (w > 0) sectionShortfalls(ctx, cols, b, 'indicator_keep', 'keep', (g, i) => (metBefore(g, i, ctx.policy) ? w : 0));
  },
  value(book) {
    const p = book.ctx.policy;
    if (p.weights.indicatorKeep <= 0) return 0;
    let v = 0;
    for (const st of indicatorStates(book)) st.g.sections.forEach((_, i) => (v += keepCost(st.g, i, st.counts[i] ?? 0, p)));
    return v;
  },
  ...sectionParts(keepSectionCost),
};
