/**
 * For the model: a section's enrolment-weighted deviation from the county mean, linear in the
 * counted teachers. With P_i the section's students, P the students of its stage's included
 * sections, c_i its counted teachers and C = Σ_j c_j the stage's total (so X̄ = scale × C / P):
 *
 *     d_i = (P_i / P)(X_i − X̄) = (scale / P) × c_i − (scale × P_i / P²) × C
 *
 * This is exact and linear whether or not the plan changes C (a 初中 teacher posted to a 小学
 * changes both stages' totals): the students, hence P, do not change. The model adds a column
 * for C with the row C − Σ_j c_j = 0, so each deviation row touches only section i's columns and
 * C. When C is fixed (moves within the stage only) the C term is a constant: {@link fixTotal}.
 *
 * Σ_i d_i = 0, so the spread is measured by Σ_i |d_i|: a column e_i ≥ 0 with the rows
 * e_i − d_i ≥ 0 and e_i + d_i ≥ 0, and e_i in the objective. Σ |d_i| is the weighted mean
 * absolute deviation, in the units of X; it is at most the weighted standard deviation (Jensen),
 * so Σ |d_i| / X̄ is a lower bound on the inspectors' CV.
 */

/** `own × c_i + total × C + constant`: linear in a section's counted teachers c_i and its stage's total C. */
export interface SectionLinear {
  own: number;
  total: number;
  constant: number;
}

/** `coefficient × c_i + constant`: linear in c_i alone, the stage's total being fixed. */
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
  /** 100 for "per 100 students". */
  scale: number;
}

/** The signed enrolment-weighted deviation d_i = (P_i / P)(X_i − X̄), in units of X. */
export function weightedDeviation(d: DeviationInput): SectionLinear {
  return { own: d.scale / d.totalStudents, total: -(d.scale * d.students) / (d.totalStudents * d.totalStudents), constant: 0 };
}

/** The county mean X̄ = scale × C / P for a stage total C, in units of X. */
export function countyMean(d: DeviationInput, total: number): number {
  return (d.scale * total) / d.totalStudents;
}

/** c*_i = (P_i / P) × C: the (fractional) count at which the section sits exactly at the county mean. */
export function fairShare(d: DeviationInput, total: number): number {
  return (d.students / d.totalStudents) * total;
}

/** A section's linear term with the stage total fixed at C. */
export function fixTotal(term: SectionLinear, total: number): LinearTerm {
  return { coefficient: term.own, constant: term.constant + term.total * total };
}

/** The term's value at counts c_i and C. */
export function valueAt(term: SectionLinear, count: number, total: number): number {
  return term.own * count + term.total * total + term.constant;
}

/** Divides a term by a reference mean X̄₀ > 0 (dimensionless, like the CV); the zero term when X̄₀ = 0. */
export function relativeTo(term: SectionLinear, mean: number): SectionLinear {
  return mean > 0 ? { own: term.own / mean, total: term.total / mean, constant: term.constant / mean } : { own: 0, total: 0, constant: 0 };
}
