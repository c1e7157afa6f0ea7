/**
 * A policy share as a percentage for rule texts, to at most four decimals and without the
 * binary fraction's noise: `14%` is read as 0.14, and 0.14 × 100 is 14.000000000000002 in
 * floating point, which a rule row must not show. 0.1 → `10%`, 0.125 → `12.5%`.
 */
export const pct = (share: number): string => `${Number((share * 100).toFixed(4))}%`;
