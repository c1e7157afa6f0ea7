import type { Policy } from '../domain/policy.js';
import type { Text } from '../domain/text.js';
import type { Teacher } from '../domain/types.js';
import { addHardRow } from '../model/hard-row.js';
import type { ModelContext } from '../model/context.js';
import type { PlanBook } from './book.js';
import { checkResult, heldOf } from './check-result.js';
import { changedState, indicatorStates, placeOf, statesAfter, type IndicatorState } from './indicator-book.js';
import { addCurves, ceilingBefore } from './indicator-curve.js';
import { sectionTerms } from './indicator-rows.js';
import { varianceCeiling } from '../indicators/squared-deviation.js';
import { countsIn, cvAt, passes, stageIndicators, stageIndicatorsOf, type StageIndicator } from './indicator-sections.js';
import { passesAfterShift, varianceSums, type VarianceSums } from './indicator-shift.js';
import type { HardRule } from './rule.js';

const STAGE: Record<StageIndicator['stage'], Text> = { primary: { zh: '小学', en: 'primary' }, junior: { zh: '初中', en: 'junior' } };
const INDICATOR: Record<StageIndicator['indicator'], Text> = { arts_pe_per_100: { zh: '体育艺术教师', en: 'PE and arts teachers' }, backbone_per_100: { zh: '县级以上骨干教师', en: 'county-level backbone teachers' } };

/**
 * The stage indicators the rule holds: those whose CV passes before the plan (and has anything to
 * count), each with its threshold raised by the policy's margin (0 by default).
 */
function held(gs: readonly StageIndicator[], p: Policy): StageIndicator[] {
  if (!p.cvCeiling) return [];
  return gs.filter((g) => g.total > 0 && passes(g, g.sections.map((s) => s.before), g.total)).map((g) => (p.cvCeilingMargin > 0 ? { ...g, threshold: g.threshold + p.cvCeilingMargin } : g));
}

const heldCache = new WeakMap<ModelContext, StageIndicator[]>();

/** {@link held} of a model's county, worked out once per context. */
function heldIn(ctx: ModelContext): StageIndicator[] {
  let gs = heldCache.get(ctx);
  if (!gs) heldCache.set(ctx, (gs = held(stageIndicators(ctx), ctx.policy)));
  return gs;
}

/** A held indicator after a book's plan, when it passes there: only those can be broken by one change. */
interface Passing {
  g: StageIndicator;
  st: IndicatorState;
  sums: VarianceSums;
}

const passingCache = new WeakMap<PlanBook, Passing[]>();

/** The held indicators that pass after the book's plan, each with its state there (worked out once per book). */
function passingIn(book: PlanBook): Passing[] {
  const hit = passingCache.get(book);
  if (hit) return hit;
  const states = indicatorStates(book);
  const out: Passing[] = [];
  for (const g of heldIn(book.ctx)) {
    const st = states.find((s) => s.g.stage === g.stage && s.g.indicator === g.indicator);
    if (st && passes(g, st.counts, st.total)) out.push({ g, st, sums: varianceSums(g, st) });
  }
  passingCache.set(book, out);
  return out;
}

/** Lets go of what {@link passingIn} worked out for a book that is then changed in place (rebook.ts). */
export function forgetPassing(book: PlanBook): void {
  passingCache.delete(book);
}

/**
 * Whether moving `t` from `cur` to `next` pushes a passing indicator above its threshold. A change
 * that moves no counted teacher leaves the counts as they are, so it breaks nothing; any other is
 * judged on the whole variance recomputed after it.
 */
function breaksPassing(ctx: ModelContext, passing: readonly Passing[], t: Teacher, cur: string | undefined, next: string | undefined): boolean {
  if (passing.length === 0) return false;
  const from = placeOf(ctx.schoolById, ctx.policy, t, cur);
  const to = placeOf(ctx.schoolById, ctx.policy, t, next);
  return passing.some(({ g, st, sums }) => {
    const out = countsIn(g, t, from.schoolId, from.stage) ? (g.at.get(from.schoolId) ?? -1) : -1;
    const into = countsIn(g, t, to.schoolId, to.stage) ? (g.at.get(to.schoolId) ?? -1) : -1;
    if (out < 0 && into < 0) return false;
    // The sums decide it unless the variance is within rounding of the ceiling; then the whole variance does.
    const quick = passesAfterShift(g, st, sums, out, into);
    if (quick !== undefined) return !quick;
    const c = changedState(ctx, st, t, cur, next);
    return !passes(g, c.counts, c.total);
  });
}

const name = (g: StageIndicator): Text => ({ zh: `${STAGE[g.stage].zh}${INDICATOR[g.indicator].zh}`, en: `${STAGE[g.stage].en} ${INDICATOR[g.indicator].en}` });

/**
 * 优质均衡 (教督〔2017〕6号): a coefficient of variation at or below its threshold before the plan is
 * not pushed above it, computed the inspectors' way (enrolment-weighted, against the county mean
 * after the plan). Held for the indicators the counting model counts: PE and arts teachers, and
 * county-level-or-higher backbone teachers. Relaxable: with `--relax` a plan may give way.
 */
export const cvCeiling: HardRule = {
  name: 'cv_ceiling',
  kind: 'hard',
  zh: '达标的校际差异系数（体育艺术教师、县级以上骨干教师）调整后仍不超过标准',
  en: 'a coefficient of variation within its threshold (PE and arts, county-level backbone) stays within it',
  relaxable: true,
  moveOnly: false,
  loosen: { param: 'rules.cv_ceiling_margin', field: 'cvCeilingMargin', down: false },
  switchedOff: { param: 'rules.cv_ceiling', off: (p) => !p.cvCeiling },
  perDestination: true,
  // Its curves are a third of a 12,000-teacher county's columns, and plans seldom press against it.
  // Without them, the same LP bound: native HiGHS's LP relaxation at 12,000 teachers 2.56 → 2.22 s
  // (10,576 → 8,831 pivots); the 80,000-teacher city's solve in rotate (WebAssembly) 45.0 / 41.4 →
  // 28.1 / 33.2 s, two runs interleaved.
  lazy: true,
  build(ctx, cols, b, opts) {
    for (const g of held(stageIndicators(ctx), ctx.policy)) {
      const ceiling = ceilingBefore(g);
      if (ceiling <= 0) continue;
      const name = `${g.stage}|${g.indicator}`;
      const moved = sectionTerms(ctx, cols, g).terms.flat();
      if (moved.length === 0) continue;
      // The stage's total C after the plan: the sections' fair shares move with it.
      const total = b.addVar({ name: `cv_total[${name}]`, lb: 0, ub: Infinity, integer: false, cost: 0, term: 'cv_ceiling' });
      b.addRow(`cv_total[${name}]`, 'cv_ceiling', [[total, 1], ...moved.map(([c, a]): [number, number] => [c, -a])], g.total, g.total);
      const curves = addCurves(ctx, cols, b, g, { family: 'cv_ceiling', term: 'cv_ceiling', cost: 0, total });
      if (!curves) continue;
      // Σ_i v_i ≤ τ² X̄², held through the tangent of τ² X̄² at the total before the plan (below it: never lets a CV above τ pass).
      const tangent = varianceCeiling(g.threshold, { totalStudents: g.students, scale: 100 }, g.total);
      const terms: [number, number][] = [[total, -tangent.coefficient], ...curves.steps.flat()];
      // In units of the ceiling, so that a relaxed row's slack is a share of the allowed variance.
      addHardRow(b, opts, `cv_ceiling[${name}]`, 'cv_ceiling', terms.map(([c, a]) => [c, a / ceiling]), -Infinity, (tangent.constant - curves.before) / ceiling);
    }
  },
  check(f) {
    const gs = held(stageIndicatorsOf(f.schools, f.county.teachers, f.policy), f.policy);
    const states = statesAfter(gs, f.school, f.teacher, new Map(f.moves.map((m) => [m.teacherId, m.toSchoolId])), f.policy);
    const failures: Text[] = [];
    for (const st of states) {
      if (passes(st.g, st.counts, st.total)) continue;
      const before = cvAt(st.g, st.g.sections.map((s) => s.before), st.g.total).toFixed(3);
      const after = cvAt(st.g, st.counts, st.total).toFixed(3);
      failures.push({ zh: `${name(st.g).zh} 差异系数 ${before} → ${after}, 超过 ${st.g.threshold}`, en: `${name(st.g).en}: CV ${before} → ${after}, above ${st.g.threshold}` });
    }
    return checkResult({ rule: 'cv_ceiling', zh: '达标的校际差异系数调整后仍达标', en: 'coefficients of variation within the threshold stay within it', ...heldOf(states.length, failures.length), failures, relaxable: true });
  },
  breaks(book, t, cur, next) {
    return breaksPassing(book.ctx, passingIn(book), t, cur, next);
  },
  needs(ctx) {
    return held(stageIndicators(ctx), ctx.policy).map((g) => ({ zh: `规则: ${name(g).zh} 校际差异系数现为 ${cvAt(g, g.sections.map((s) => s.before), g.total).toFixed(3)}, 调整后不超过 ${g.threshold}`, en: `rule: ${name(g).en}: CV now ${cvAt(g, g.sections.map((s) => s.before), g.total).toFixed(3)}, at most ${g.threshold} after the plan` }));
  },
  hint: () => ({ zh: '这些教师集中流向少数学校会拉大校际差异: 放宽 rules.cv_ceiling=否, 或调整岗位与锁定', en: 'sending these teachers to few schools widens the spread between schools: set rules.cv_ceiling=no, or change posts and locks' }),
};
