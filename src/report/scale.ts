/**
 * A linear axis with "nice" ticks (1, 2, 5 × 10^k) spaced so that their labels never touch:
 * the most ticks whose labels, at their estimated width, keep a gap between them.
 */
import { num } from './format.js';
import { textPx } from './text-width.js';

export interface Axis {
  min: number;
  max: number;
  ticks: number[];
  /** Decimals the tick labels need. */
  digits: number;
}

function niceStep(rough: number): number {
  const p = 10 ** Math.floor(Math.log10(rough));
  const f = rough / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

const decimals = (step: number): number => Math.max(0, -Math.floor(Math.log10(step) + 1e-9));

/** Tick label text of an axis value. */
export function tickText(v: number, digits: number): string {
  return num(v, digits);
}

/**
 * An axis over [lo, hi] (always including 0), drawn `widthPx` wide with tick labels at `fontPx`,
 * with at least `gapPx` between neighbouring labels.
 */
export function niceAxis(lo: number, hi: number, widthPx: number, fontPx: number, gapPx = 12): Axis {
  let a = Math.min(0, lo);
  let b = Math.max(0, hi);
  if (!(b > a)) b = a + 1;
  for (let n = 10; n >= 1; n--) {
    const step = niceStep((b - a) / n);
    const min = Math.floor(a / step + 1e-9) * step;
    const max = Math.ceil(b / step - 1e-9) * step;
    const digits = decimals(step);
    const ticks: number[] = [];
    for (let v = min; v <= max + step / 2; v += step) ticks.push(Number(v.toFixed(digits)));
    const spacing = (widthPx * step) / (max - min);
    const widest = Math.max(...ticks.map((t) => textPx(tickText(t, digits), fontPx)));
    if (spacing >= widest + gapPx || n === 1) return { min, max, ticks, digits };
  }
  /* c8 ignore next */
  return { min: a, max: b, ticks: [a, b], digits: 2 };
}
