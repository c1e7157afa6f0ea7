/**
 * A figure shown beside its ✓/✗ mark and its standard (体音美教师数 0.8955 ✗ ≥ 0.9, a CV 0.5004 ✗
 * ≤ 0.50): rounded to the digits the table uses, it can land on the standard, and the row then
 * reads "0.9 ✗ ≥ 0.9", which contradicts itself. The inspectors compare the figure itself; the
 * shown one must fall on the same side of the standard as the mark says, so where the usual
 * rounding would put it on the other side (or on the standard itself, for a figure that fails),
 * more decimals are shown: 0.896 ✗, 0.5004 ✗.
 */

/** Which side of its standard a figure must be on to meet it: per 100 students at least, a CV at most. */
export type StandardSide = 'at_least' | 'at_most';

const meets = (v: number, standard: number, side: StandardSide): boolean => (side === 'at_least' ? v >= standard : v <= standard);

/** The most decimals ever shown: beyond them the figure is on its standard to the double's own precision. */
const MOST = 10;

/**
 * How many decimals to show `value` with (at least `digits`, the table's own) so that the figure so
 * rounded meets `standard` exactly when `value` does. `digits` itself wherever that already holds.
 */
export function decimalsBeside(value: number, standard: number, side: StandardSide, digits: number): number {
  if (!Number.isFinite(value) || !Number.isFinite(standard)) return digits;
  const met = meets(value, standard, side);
  for (let d = digits; d < MOST; d += 1) if (meets(Number(value.toFixed(d)), standard, side) === met) return d;
  return MOST;
}

/** `value` rounded as {@link decimalsBeside} says: a number for a workbook cell, or for a formatter that drops trailing zeros. */
export function roundBeside(value: number, standard: number, side: StandardSide, digits: number): number {
  return Number(value.toFixed(decimalsBeside(value, standard, side, digits)));
}

/**
 * `value` to exactly `digits` decimals, on the side of `standard` it is on: rounded, or, where
 * rounding would carry a figure short of its standard onto it (or one over a ceiling down onto
 * it), cut toward the figure instead: 0.899965 to 4 decimals is 0.8999 beside a standard of 0.9,
 * not 0.9. For a table whose cells keep a fixed number of decimals (schools.csv, its sheet).
 */
export function fixedBeside(value: number, standard: number, side: StandardSide, digits: number): number {
  const rounded = Number(value.toFixed(digits));
  if (!Number.isFinite(value) || !Number.isFinite(standard) || meets(rounded, standard, side) === meets(value, standard, side)) return rounded;
  const scale = 10 ** digits;
  return side === 'at_least' ? Math.floor(value * scale) / scale : Math.ceil(value * scale) / scale;
}
