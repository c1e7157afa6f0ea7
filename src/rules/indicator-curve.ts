import type { Policy } from '../domain/policy.js';
import type { Columns } from '../model/columns.js';
import type { ModelContext } from '../model/context.js';
import type { LpBuilder } from '../model/lp.js';
import { breakpoints, sectionTerms } from './indicator-rows.js';
import type { StageIndicator } from './indicator-sections.js';

/**
 * Each section's part of a stage indicator's variance, v_i = (P_i / P)(X_i − X̄)², is convex in the
 * section's deviation from its fair share, y_i = c_i − (P_i / P) C. The model follows it along its
 * curve: one row per section says how far y_i moved (Σ up − Σ down = arrivals − departures of
 * counted teachers, less the fair share's move when the stage's total C is a column), and one
 * column per segment between breakpoints, up or down from the count before the plan, carries that
 * segment's slope. A plan moving y_i fills the segments next to it first when it pays for them
 * (the curve is convex, so that is the cheapest way), and the columns then add up to the part's
 * change exactly at whole counts (the total before the plan) and above it between breakpoints; any
 * other filling only adds more. The outermost segments are open, so the curve never limits a plan.
 *
 * This takes one row per section where an epigraph (v_i ≥ each segment's line) takes one per
 * segment. Measured on a 12,000-teacher county: 21,891 rows → 12,519, and the LP relaxation in
 * HiGHS (WebAssembly) 4.4 → 3.2 s. indicator_spread puts its cost on the columns (the mean held at
 * the one before the plan); cv_ceiling sums them in its row, with C a column.
 */
export interface SectionCurves {
  /** Per section: [column, change of the section's part per unit of the column]. */
  steps: [number, number][][];
  /** Σ_i part_i at the counts before the plan, over every section (those that cannot change included). */
  before: number;
}

/** How a family follows the curves: the cost per unit of variance, and the stage's total C as a column (or held at the one before the plan). */
export interface CurveOptions {
  family: string;
  term: string;
  cost: number;
  /** The column of the stage's total after the plan: the fair shares move with it. */
  total?: number;
}

/** Σ_i v_i at the threshold with the county mean before the plan: τ² X̄₀² (0 when nothing is counted). */
export function ceilingBefore(g: StageIndicator): number {
  const mean = (100 * g.total) / g.students;
  return g.threshold * g.threshold * mean * mean;
}

/** What one unit of variance of a stage indicator costs in indicator_spread: the weight over the variance at the threshold. */
export function spreadPerVariance(p: Policy, g: StageIndicator): number {
  const c = ceilingBefore(g);
  return c > 0 && p.weights.indicatorSpread > 0 ? p.weights.indicatorSpread / c : 0;
}

/** (P_i / P)(X_i − X̄₀)² of section i at count c, the county mean held at the one before the plan. */
export function sectionPart(g: StageIndicator, i: number, c: number): number {
  const s = g.sections[i];
  if (!s) return 0;
  const y = c - (s.students / g.students) * g.total;
  return ((100 * 100) / (g.students * s.students)) * y * y;
}

/** One segment of a section's curve: moving the count up from `from` (or down from it), at most `length` (Infinity for the outermost), each unit changing the part by `slope`. */
export interface CurveSegment {
  up: boolean;
  from: number;
  length: number;
  slope: number;
}

/**
 * The segments of section i's curve between the counts lo and hi (the count before the plan
 * among them), nearest the count before the plan first on each side; none when lo = hi.
 */
export function curveSegments(g: StageIndicator, i: number, lo: number, hi: number): CurveSegment[] {
  const s = g.sections[i];
  if (!s || lo >= hi) return [];
  const before = s.before;
  const bps = breakpoints(lo, hi, [before, (s.students / g.students) * g.total]).filter((c) => c >= lo && c <= hi);
  const up: CurveSegment[] = [];
  const down: CurveSegment[] = [];
  for (let k = 0; k + 1 < bps.length; k++) {
    const a = bps[k] as number;
    const z = bps[k + 1] as number;
    const rise = (sectionPart(g, i, z) - sectionPart(g, i, a)) / (z - a);
    if (a >= before) up.push({ up: true, from: a, length: k + 2 === bps.length ? Infinity : z - a, slope: rise });
    else down.unshift({ up: false, from: z, length: k === 0 ? Infinity : z - a, slope: -rise });
  }
  return [...down, ...up];
}

/**
 * Adds the curves of one stage indicator's sections; null when no column changes any section's
 * count. With a total column, each section's range is widened by how far its fair share can move.
 */
export function addCurves(ctx: ModelContext, cols: Columns, b: LpBuilder, g: StageIndicator, o: CurveOptions): SectionCurves | null {
  const { terms, outMax, inMax, supply } = sectionTerms(ctx, cols, g);
  if (terms.every((t) => t.length === 0)) return null;
  const steps: [number, number][][] = g.sections.map(() => []);
  const swing = o.total === undefined ? 0 : Math.max(outMax.reduce((a, x) => a + x, 0), inMax.reduce((a, x) => a + Math.min(x, supply), 0));
  let before = 0;
  g.sections.forEach((s, i) => {
    before += sectionPart(g, i, s.before);
    const own = terms[i] ?? [];
    const share = s.students / g.students;
    // With C a column, a section no column touches still moves along its curve as its fair share moves.
    if (own.length === 0 && o.total === undefined) return;
    const shift = Math.ceil(share * swing);
    const lo = Math.max(0, s.before - (outMax[i] ?? 0) - shift);
    const hi = s.before + Math.min(inMax[i] ?? 0, supply) + shift;
    const segs = curveSegments(g, i, lo, hi);
    if (segs.length === 0) return;
    const name = `${o.family}|${g.stage}|${g.indicator}|${s.schoolId}`;
    const balance: [number, number][] = own.map(([c, a]): [number, number] => [c, -a]);
    if (o.total !== undefined) balance.push([o.total, share]);
    for (const seg of segs) {
      const col = b.addVar({ name: `cv_${seg.up ? 'up' : 'down'}[${name}|${seg.from}]`, lb: 0, ub: seg.length, integer: false, cost: o.cost * seg.slope, term: o.term });
      balance.push([col, seg.up ? 1 : -1]);
      steps[i]?.push([col, seg.slope]);
    }
    b.addRow(`cv_count[${name}]`, o.family, balance, o.total === undefined ? 0 : share * g.total, o.total === undefined ? 0 : share * g.total);
  });
  return { steps, before };
}
