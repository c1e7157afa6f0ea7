import { schoolOfPlace, twoSections } from '../domain/sections.js';
import type { Policy } from '../domain/policy.js';
import type { Teacher } from '../domain/types.js';
import { teacherSectionStage } from '../indicators/school-sections.js';
import type { PlanBook } from './book.js';
import { indicatorStates, placeOf, type IndicatorState } from './indicator-book.js';
import { sectionTerms } from './indicator-rows.js';
import { countsIn, countsToward, stageIndicators, type StageIndicator } from './indicator-sections.js';
import type { SoftTerm } from './rule.js';

/** The standard of a stage indicator per 100 students (教督〔2017〕6号: backbone 1.0, PE and arts 0.9). */
function perHundred(g: StageIndicator, p: Policy): number {
  return g.indicator === 'backbone_per_100' ? p.backbonePer100 : p.artsPePer100;
}

/** Counted teachers section `i` needs to meet the standard: τ × P_i / 100. */
function need(g: StageIndicator, i: number, p: Policy): number {
  return (perHundred(g, p) * (g.sections[i]?.students ?? 0)) / 100;
}

/** Teachers section `i` lacks at count `c`: max(0, need − c). */
function lack(g: StageIndicator, i: number, c: number, p: Policy): number {
  return Math.max(0, need(g, i, p) - c);
}

/** What adding `d` (±1) counted teachers to section `i` changes in its lack. */
function step(st: IndicatorState, i: number, d: number, p: Policy): number {
  if (i < 0) return 0;
  const c = st.counts[i] ?? 0;
  return lack(st.g, i, c + d, p) - lack(st.g, i, c, p);
}

/** The term's change when `t` leaves where the plan has him or her. */
function leave(book: PlanBook, t: Teacher): number {
  const p = book.ctx.policy;
  const at = placeOf(book.ctx.schoolById, t, book.dest.get(t.id));
  let v = 0;
  for (const st of indicatorStates(book)) {
    if (countsIn(st.g, t, at.schoolId, at.stage)) v += step(st, st.g.at.get(at.schoolId) ?? -1, -1, p);
  }
  return p.weights.indicatorShortfall * v;
}

/**
 * 优质均衡 (教督〔2017〕6号): each school section's shortfall below the standard of PE-and-arts
 * teachers (0.9 per 100 students) and of county-level-or-higher backbone teachers (1.0 per 100),
 * in teachers: max(0, standard × students / 100 − counted). A section that meets the standard
 * costs nothing; each teacher it lacks costs the weight. The model holds it exactly (one column
 * per section at or under the standard).
 */
export const indicatorShortfall: SoftTerm = {
  name: 'indicator_shortfall',
  kind: 'soft',
  zh: '各学部体育艺术教师、县级以上骨干教师低于每百名学生标准的缺口尽量小',
  en: 'each school section\'s shortfall below the standard of PE-and-arts and county-level backbone teachers per 100 students kept small',
  label: { zh: '指标缺口', en: 'indicator shortfall' },
  build(ctx, cols, b) {
    const w = ctx.policy.weights.indicatorShortfall;
    if (w <= 0) return;
    for (const g of stageIndicators(ctx)) {
      const { terms } = sectionTerms(ctx, cols, g);
      g.sections.forEach((s, i) => {
        const n = need(g, i, ctx.policy);
        const own = terms[i] ?? [];
        // A section whose count no column changes is a constant.
        if (own.length === 0) {
          b.addConstant('indicator_shortfall', w * lack(g, i, s.before, ctx.policy));
          return;
        }
        const v = b.addVar({ name: `short[${g.stage}|${g.indicator}|${s.schoolId}]`, lb: 0, ub: Infinity, integer: false, cost: w, term: 'indicator_shortfall' });
        // v ≥ need − (before + Σ arrivals − Σ departures)
        b.addRow(`short[${g.stage}|${g.indicator}|${s.schoolId}]`, 'indicator_shortfall', [[v, 1], ...own], n - s.before, Infinity);
      });
    }
  },
  value(book) {
    const p = book.ctx.policy;
    let v = 0;
    for (const st of indicatorStates(book)) st.g.sections.forEach((_, i) => (v += lack(st.g, i, st.counts[i] ?? 0, p)));
    return p.weights.indicatorShortfall * v;
  },
  change(book, t, next) {
    const p = book.ctx.policy;
    const from = placeOf(book.ctx.schoolById, t, book.dest.get(t.id));
    const to = placeOf(book.ctx.schoolById, t, next);
    let v = 0;
    for (const st of indicatorStates(book)) {
      const a = countsIn(st.g, t, from.schoolId, from.stage) ? (st.g.at.get(from.schoolId) ?? -1) : -1;
      const z = countsIn(st.g, t, to.schoolId, to.stage) ? (st.g.at.get(to.schoolId) ?? -1) : -1;
      if (a === z) continue;
      v += step(st, a, -1, p) + step(st, z, 1, p);
    }
    return p.weights.indicatorShortfall * v;
  },
  leave,
  arrive(book, j, bc, place) {
    const p = book.ctx.policy;
    const d = schoolOfPlace(place);
    const s = book.ctx.schoolById.get(d);
    const sec = book.ctx.placeInfo.get(place)?.section;
    const stage = s && twoSections(s) ? (sec === 'senior' ? undefined : sec) : s ? teacherSectionStage(s.stage) : undefined;
    let v = 0;
    for (const st of indicatorStates(book)) {
      const i = st.g.at.get(d);
      if (i === undefined || stage !== st.g.stage || !countsToward(st.g.indicator, j, bc === 2)) continue;
      v += step(st, i, 1, p);
    }
    return p.weights.indicatorShortfall * v;
  },
};

