import { fairShare, type DeviationInput, type SectionLinear } from './linear-deviation.js';

/**
 * For the model: a section's share of the inspectors' variance. With y_i = c_i − (P_i / P) × C
 * (the section's counted teachers minus its fair share of the stage's total C, linear):
 *
 *     v_i = (P_i / P)(X_i − X̄)² = κ_i × y_i²,   κ_i = scale² / (P × P_i)
 *
 * Σ_i v_i is the variance under the root, so CV ≤ τ ⟺ Σ_i v_i ≤ τ² X̄² (X̄ > 0).
 *
 * v_i is convex in y_i, so a piecewise-linear approximation through breakpoints is linear in
 * epigraph form: a column v_i ≥ 0 with one row v_i ≥ slope_k × y_i + intercept_k per segment,
 * that is v_i − slope_k c_i + slope_k (P_i / P) C ≥ intercept_k. The largest line at y_i is the
 * interpolant through the breakpoints: equal to v_i at them, above it between them by at most
 * κ_i h² / 4 on a segment of width h, below it outside the first and last (cover the range).
 * The breakpoints are placed at whole counts c for a reference total C₀ (the total before the
 * plan): while the plan keeps C = C₀, breakpoints at every whole count make v_i exact for every
 * plan (counts are whole) and conservative in the LP relaxation; when the plan changes C, the
 * approximation still lies above v_i within the covered range, by at most maxError.
 */

/** One breakpoint: a count (at the reference total) and v_i there, in units of X². */
export interface Breakpoint {
  count: number;
  value: number;
}

/** The piecewise-linear approximation of v_i: its breakpoints and one row per segment (v_i ≥ segment). */
export interface SquaredDeviationPwl {
  breakpoints: Breakpoint[];
  segments: SectionLinear[];
  /** The most the approximation exceeds v_i inside the covered range, in units of X². */
  maxError: number;
}

/** κ_i = scale² / (P × P_i): v_i = κ_i × y_i². */
function curvature(d: DeviationInput): number {
  return (d.scale * d.scale) / (d.totalStudents * d.students);
}

/** v_i at counts c_i and C: κ_i × (c_i − (P_i / P) C)², in units of X². */
export function squaredDeviation(d: DeviationInput, count: number, total: number): number {
  return curvature(d) * (count - fairShare(d, total)) ** 2;
}

/** Whole counts from `lo` to `hi` every `step` (≥ 1), `hi` always included. */
export function evenBreakpoints(lo: number, hi: number, step = 1): number[] {
  if (!(Number.isInteger(lo) && Number.isInteger(hi) && Number.isInteger(step) && step >= 1 && lo <= hi)) throw new Error(`bad breakpoint range ${lo}..${hi} step ${step}`);
  const out: number[] = [];
  for (let c = lo; c < hi; c += step) out.push(c);
  out.push(hi);
  return out;
}

/**
 * The piecewise-linear approximation of v_i through `counts` (strictly increasing), placed for
 * the reference total C₀. One count gives no segment: the model then fixes c_i.
 */
export function squaredDeviationPwl(d: DeviationInput, counts: readonly number[], referenceTotal: number): SquaredDeviationPwl {
  for (let k = 1; k < counts.length; k++) if (!((counts[k] ?? 0) > (counts[k - 1] ?? 0))) throw new Error('breakpoints must increase');
  const kappa = curvature(d);
  const share = d.students / d.totalStudents;
  const y0 = fairShare(d, referenceTotal);
  const breakpoints = counts.map((count) => ({ count, value: kappa * (count - y0) ** 2 }));
  const segments: SectionLinear[] = [];
  let maxError = 0;
  for (let k = 1; k < breakpoints.length; k++) {
    const a = breakpoints[k - 1];
    const b = breakpoints[k];
    if (!a || !b) continue;
    const slope = (b.value - a.value) / (b.count - a.count);
    const intercept = a.value - slope * (a.count - y0); // the line in y: v ≥ slope × y + intercept
    segments.push({ own: slope, total: -slope * share, constant: intercept });
    maxError = Math.max(maxError, (kappa * (b.count - a.count) ** 2) / 4);
  }
  return { breakpoints, segments, maxError };
}

/**
 * The rule "CV ≤ τ" as a linear row: Σ_i v_i ≤ coefficient × C + constant. The exact bound
 * τ² X̄² = τ² (scale C / P)² is convex in C; this is its tangent at the reference total C₀,
 * which lies below it: the row is exact while C = C₀ and never lets a CV above τ through.
 */
export function varianceCeiling(threshold: number, d: Pick<DeviationInput, 'totalStudents' | 'scale'>, referenceTotal: number): { coefficient: number; constant: number } {
  const k = (threshold * d.scale) / d.totalStudents;
  return { coefficient: 2 * k * k * referenceTotal, constant: -k * k * referenceTotal * referenceTotal };
}
