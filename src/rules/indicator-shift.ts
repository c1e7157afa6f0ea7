/**
 * Whether a stage indicator still passes after one counted teacher moves, from sums of its state
 * instead of the whole variance. With w_i = 100² / (P P_i) and the total C = Σ c_i, the variance
 * Σ_i w_i (c_i − (P_i / P) C)² is Σ_i w_i c_i² − k C² with k = 100² / P², and the ceiling τ² X̄²
 * is τ² k C². A move changes one or two counts and C by one, so the sums change in a few
 * operations where {@link passes} adds up every section. The two forms round differently, so a
 * result within a margin far above either's rounding is left to {@link passes} (undefined).
 */
import type { IndicatorState } from './indicator-book.js';
import type { StageIndicator } from './indicator-sections.js';

/** A state's variance as sums: each section's weight w_i and Σ w_i c_i². */
export interface VarianceSums {
  w: Float64Array;
  s2: number;
}

export function varianceSums(g: StageIndicator, st: IndicatorState): VarianceSums {
  const w = Float64Array.from(g.sections, (s) => (100 * 100) / (g.students * s.students));
  let s2 = 0;
  for (let i = 0; i < w.length; i++) s2 += (w[i] ?? 0) * (st.counts[i] ?? 0) * (st.counts[i] ?? 0);
  return { w, s2 };
}

/**
 * Whether the state passes with one counted teacher taken from section `out` and one added to
 * section `into` (−1: none): true or false when the sums decide it, undefined when the variance
 * is too near the ceiling to tell from them.
 */
export function passesAfterShift(g: StageIndicator, st: IndicatorState, sums: VarianceSums, out: number, into: number): boolean | undefined {
  let s2 = sums.s2;
  let total = st.total;
  const count = (i: number): number => (st.counts[i] ?? 0) - (i === out ? 1 : 0);
  if (out >= 0) {
    const c = st.counts[out] ?? 0;
    s2 += (sums.w[out] ?? 0) * (1 - 2 * c);
    total -= 1;
  }
  if (into >= 0) {
    const c = count(into);
    s2 += (sums.w[into] ?? 0) * (2 * c + 1);
    total += 1;
  }
  const k = (100 * 100) / (g.students * g.students);
  const kc2 = k * total * total;
  // As passes(): the variance at most the ceiling, give or take 1e-12.
  const over = s2 - kc2 - (g.threshold * g.threshold * kc2 * (1 + 1e-12) + 1e-12);
  const margin = 1e-9 * (s2 + kc2) + 1e-9;
  if (over > margin) return false;
  if (over < -margin) return true;
  return undefined;
}
