/**
 * The inspectors' coefficient of variation (校际差异系数, 教督〔2017〕6号 and its guide):
 *
 *     X_i = scale × amount_i / weight_i          (e.g. counted teachers per 100 students)
 *     X̄   = scale × Σ amount / Σ weight          (the weighted county mean, not the mean of X_i)
 *     CV  = sqrt( Σ_i (weight_i / Σ weight) × (X_i − X̄)² ) / X̄
 *
 * The weighted mean of the X_i equals X̄, so the sum under the root is a weighted variance.
 * An unweighted CV (the plain mean and deviation of the X_i) is a different figure.
 */

/** One school: its weight (students, ≥ 0) and the amount counted there (teachers, books…, ≥ 0). */
export interface WeightedPoint {
  weight: number;
  amount: number;
}

/** Every figure of the computation, as the inspectors' guide lays it out. */
export interface WeightedCv {
  /** Points with a positive weight: the schools the figure is about. */
  schools: number;
  /** Σ weight and Σ amount over those schools. */
  weight: number;
  amount: number;
  /** X̄, in the units of X_i (per `scale` weight). */
  mean: number;
  /** Σ_i (weight_i / Σ weight)(X_i − X̄)², in units of X². */
  variance: number;
  /** sqrt(variance), in the units of X_i. */
  deviation: number;
  /** deviation / X̄; 0 when X̄ = 0 (see below). */
  cv: number;
}

/**
 * Computes the inspectors' CV of `points`, X_i being `scale` × amount / weight (100 for "per 100
 * students", 1 for "books per student").
 *
 * Points with weight 0 are left out altogether (amount included): they have no X_i.
 * X̄ = 0 (no school counts anything, or no school is left) gives CV 0: the amounts are ≥ 0, so
 * then every X_i is 0 and there is no difference between schools to measure. The per-school
 * indicators, not the CV, say that such a county falls short.
 * The result does not depend on the order of `points`: they are summed in a sorted order, so the
 * same schools give the same bits however the caller listed them.
 */
export function weightedCv(points: readonly WeightedPoint[], scale: number): WeightedCv {
  const kept = points.filter((p) => p.weight > 0).sort((a, b) => a.weight - b.weight || a.amount - b.amount);
  let weight = 0;
  let amount = 0;
  for (const p of kept) {
    weight += p.weight;
    amount += p.amount;
  }
  const mean = weight > 0 ? (scale * amount) / weight : 0;
  let variance = 0;
  for (const p of kept) variance += (p.weight / weight) * ((scale * p.amount) / p.weight - mean) ** 2;
  const deviation = Math.sqrt(variance);
  return { schools: kept.length, weight, amount, mean, variance, deviation, cv: mean > 0 ? deviation / mean : 0 };
}
