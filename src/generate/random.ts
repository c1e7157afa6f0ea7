/**
 * A small seeded random stream (mulberry32) for the county generator: the same seed gives
 * the same numbers on every machine and Node version. No Math.random, no clock.
 */

/** Mixes 32-bit words into one well-spread 32-bit seed (the murmur3 finaliser per word). */
export function mixSeed(...words: number[]): number {
  let h = 0x9e3779b9;
  for (const w of words) {
    let k = Math.imul(w >>> 0, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Splits any safe integer seed into two 32-bit words, so seeds above 2³² still differ. */
function seedWords(seed: number): [number, number] {
  const hi = Math.floor(seed / 4294967296);
  return [seed >>> 0, hi >>> 0];
}

export class Rng {
  private state: number;

  private constructor(state: number) {
    this.state = state >>> 0;
  }

  /**
   * An independent stream for one purpose (`keys` such as a stage number and a school index),
   * so that drawing more numbers in one place never shifts the numbers of another.
   */
  static stream(seed: number, ...keys: number[]): Rng {
    return new Rng(mixSeed(...seedWords(seed), ...keys));
  }

  /** Uniform in [0, 1). */
  float(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform in [lo, hi). */
  between(lo: number, hi: number): number {
    return lo + (hi - lo) * this.float();
  }

  /** A whole number in [lo, hi], both ends included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new RangeError('pick from an empty list');
    return xs[Math.floor(this.float() * xs.length)] as T;
  }

  /** Shuffles in place (Fisher–Yates) and returns the same array. */
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      const a = xs[i] as T;
      xs[i] = xs[j] as T;
      xs[j] = a;
    }
    return xs;
  }
}

/** Items drawn in proportion to their weights, in O(log n) per draw. */
export class WeightedTable<T> {
  private readonly items: T[];
  private readonly cumulative: number[];

  constructor(pairs: readonly (readonly [T, number])[]) {
    this.items = [];
    this.cumulative = [];
    let total = 0;
    for (const [item, w] of pairs) {
      if (w <= 0) continue;
      total += w;
      this.items.push(item);
      this.cumulative.push(total);
    }
    if (this.items.length === 0) throw new RangeError('a weighted table needs a positive weight');
  }

  draw(rng: Rng): T {
    const total = this.cumulative[this.cumulative.length - 1] ?? 0;
    const x = rng.float() * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}

/**
 * Splits `total` into whole parts in proportion to `weights` (largest remainder, ties to the
 * earlier index): the parts always add up to `total`.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (sum <= 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map((x) => Math.floor(x));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return parts;
}
