import { countAtMean, type DeviationInput, type LinearTerm } from './linear-deviation.js';

/**
 * For the model: a section's share of the inspectors' variance,
 *
 *     v_i = (P_i / P)(X_i − X̄)² = (scale² / (P × P_i)) × (c_i − c*_i)²,   c*_i = P_i X̄ / scale,
 *
 * a convex quadratic in the section's counted teachers c_i once X̄ is fixed. Σ_i v_i is the
 * variance under the root, so CV ≤ τ ⟺ Σ_i v_i ≤ τ² X̄² (X̄ > 0): with v_i approximated by a
 * convex piecewise-linear function, both a spread term (weight × Σ v_i) and the rule "a CV at or
 * below its threshold is not pushed above it" are linear.
 *
 * Epigraph form: a column v_i ≥ 0 with one row v_i ≥ slope_k × c_i + intercept_k per segment.
 * Because v_i is convex, the largest segment line at c_i is the interpolant through the
 * breakpoints, which equals v_i at every breakpoint and lies above it between them (by at most
 * (scale² / (P × P_i)) × h² / 4 on a segment of width h). With breakpoints at every whole count
 * the approximation is exact for every plan (counts are whole), and conservative in the LP
 * relaxation. Outside [first, last breakpoint] the lines under-estimate: cover c_i's range.
 * Exact while X̄ stays fixed (see linear-deviation.ts).
 */

/** One breakpoint: a count and v_i there, in units of X². */
export interface Breakpoint {
  count: number;
  value: number;
}

/** The piecewise-linear approximation of v_i: its breakpoints and one line per segment (v_i ≥ line). */
export interface SquaredDeviationPwl {
  breakpoints: Breakpoint[];
  segments: LinearTerm[];
  /** The most the approximation exceeds v_i between breakpoints, in units of X². */
  maxError: number;
}

/** v_i at a count c: (scale² / (P × P_i)) × (c − c*_i)², in units of X². */
export function squaredDeviation(d: DeviationInput, count: number): number {
  return ((d.scale * d.scale) / (d.totalStudents * d.students)) * (count - countAtMean(d)) ** 2;
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
 * The piecewise-linear approximation of v_i through `counts` (strictly increasing). One count
 * gives no segment: the model then fixes c_i and v_i is the constant `breakpoints[0].value`.
 */
export function squaredDeviationPwl(d: DeviationInput, counts: readonly number[]): SquaredDeviationPwl {
  for (let k = 1; k < counts.length; k++) if (!((counts[k] ?? 0) > (counts[k - 1] ?? 0))) throw new Error('breakpoints must increase');
  const breakpoints = counts.map((count) => ({ count, value: squaredDeviation(d, count) }));
  const curvature = (d.scale * d.scale) / (d.totalStudents * d.students);
  const segments: LinearTerm[] = [];
  let maxError = 0;
  for (let k = 1; k < breakpoints.length; k++) {
    const a = breakpoints[k - 1];
    const b = breakpoints[k];
    if (!a || !b) continue;
    const slope = (b.value - a.value) / (b.count - a.count);
    segments.push({ coefficient: slope, constant: a.value - slope * a.count });
    maxError = Math.max(maxError, (curvature * (b.count - a.count) ** 2) / 4);
  }
  return { breakpoints, segments, maxError };
}

/** τ² × X̄²: the most Σ_i v_i may be for the CV to be at most τ, in units of X². */
export function varianceCeiling(mean: number, threshold: number): number {
  return threshold * threshold * mean * mean;
}
