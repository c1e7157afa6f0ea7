import { fairShare, type DeviationInput } from './linear-deviation.js';

/**
 * For the model: a section's share of the inspectors' variance. With y_i = c_i − (P_i / P) × C
 * (the section's counted teachers minus its fair share of the stage's total C, linear):
 *
 *     v_i = (P_i / P)(X_i − X̄)² = κ_i × y_i²,   κ_i = scale² / (P × P_i)
 *
 * Σ_i v_i is the variance under the root, so CV ≤ τ ⟺ Σ_i v_i ≤ τ² X̄² (X̄ > 0).
 *
 * v_i is convex in y_i: the model follows it along a piecewise-linear curve through whole counts
 * (src/rules/indicator-curve.ts, with the county mean held at the one before the plan).
 */

/** κ_i = scale² / (P × P_i): v_i = κ_i × y_i². */
function curvature(d: DeviationInput): number {
  return (d.scale * d.scale) / (d.totalStudents * d.students);
}

/** v_i at counts c_i and C: κ_i × (c_i − (P_i / P) C)², in units of X². */
export function squaredDeviation(d: DeviationInput, count: number, total: number): number {
  return curvature(d) * (count - fairShare(d, total)) ** 2;
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
