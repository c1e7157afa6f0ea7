/**
 * For the model: a section's enrolment-weighted deviation from the county mean as a linear
 * function of its counted teachers c_i, the county mean X̄ being fixed by the county's totals.
 *
 *     d_i = (P_i / P)(X_i − X̄),  X_i = scale × c_i / P_i
 *         = (scale / P) × c_i − (P_i / P) × X̄          (linear in c_i)
 *
 * Σ_i d_i = 0 when the c_i add up to the county total, so the spread is measured by Σ_i |d_i|:
 * the model adds a column e_i ≥ 0 with the rows e_i − a c_i ≥ b and e_i + a c_i ≥ −b, and puts
 * e_i in the objective. Σ |d_i| is the weighted mean absolute deviation, in the units of X; it
 * is at most the weighted standard deviation (Jensen), so Σ |d_i| / X̄ is a lower bound on the
 * inspectors' CV that falls when the spread falls.
 *
 * Exact while X̄ stays fixed, that is while the included sections of the stage keep their total
 * of counted teachers (moves between them). A move into or out of the stage's included
 * sections changes X̄; the term then measures the deviation from the mean before the plan.
 */

/** `coefficient × c_i + constant`: a linear function of the section's counted teachers. */
export interface LinearTerm {
  coefficient: number;
  constant: number;
}

/** The figures a section's deviation depends on. */
export interface DeviationInput {
  /** The section's students P_i (> 0). */
  students: number;
  /** Students of the stage's included sections, P = Σ P_i (> 0). */
  totalStudents: number;
  /** The fixed county mean X̄ = scale × Σ c / P, in units of X. */
  mean: number;
  /** 100 for "per 100 students". */
  scale: number;
}

/** The signed enrolment-weighted deviation d_i = (P_i / P)(X_i − X̄) as a linear function of c_i, in units of X. */
export function weightedDeviation(d: DeviationInput): LinearTerm {
  return { coefficient: d.scale / d.totalStudents, constant: -(d.students / d.totalStudents) * d.mean };
}

/** c*_i = P_i × X̄ / scale: the (fractional) count at which the section sits exactly at the county mean. */
export function countAtMean(d: DeviationInput): number {
  return (d.students * d.mean) / d.scale;
}

/** Divides a linear term by X̄ (dimensionless, like the CV); the zero term when X̄ = 0. */
export function relativeTo(term: LinearTerm, mean: number): LinearTerm {
  return mean > 0 ? { coefficient: term.coefficient / mean, constant: term.constant / mean } : { coefficient: 0, constant: 0 };
}
