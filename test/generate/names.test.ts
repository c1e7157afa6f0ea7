import { describe, expect, it } from 'vitest';
import { chineseNumeral, personName, villageName } from '../../src/generate/names.js';
import { Rng, WeightedTable, apportion, mixSeed } from '../../src/generate/random.js';

describe('Rng', () => {
  it('repeats its stream for the same seed and keys and differs otherwise', () => {
    const take = (r: Rng) => Array.from({ length: 5 }, () => r.float());
    expect(take(Rng.stream(1, 2))).toEqual(take(Rng.stream(1, 2)));
    expect(take(Rng.stream(1, 2))).not.toEqual(take(Rng.stream(1, 3)));
    expect(take(Rng.stream(1, 2))).not.toEqual(take(Rng.stream(2, 2)));
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1));
  });

  it('draws whole numbers within bounds and floats in [0, 1)', () => {
    const r = Rng.stream(5);
    for (let i = 0; i < 2000; i++) {
      const n = r.int(3, 7);
      expect(Number.isInteger(n) && n >= 3 && n <= 7).toBe(true);
      const x = r.float();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });

  it('draws from a weighted table in proportion', () => {
    const t = new WeightedTable([['a', 3], ['b', 1], ['never', 0]] as const);
    const r = Rng.stream(9);
    const n = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 4000; i++) n[t.draw(r)]++;
    expect(n.never).toBe(0);
    expect(n.a / 4000).toBeGreaterThan(0.7);
    expect(n.a / 4000).toBeLessThan(0.8);
  });
});

describe('apportion', () => {
  it('splits a total in proportion, always adding up', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [0.65, 0.3, 0.05])).toEqual([5, 2, 0]);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
    expect(apportion(5, [0, 0])).toEqual([5, 0]);
  });
});

describe('names', () => {
  it('writes Chinese numerals', () => {
    expect([1, 10, 12, 20, 23, 100, 105, 110, 1010].map(chineseNumeral)).toEqual(['一', '十', '十二', '二十', '二十三', '一百', '一百零五', '一百一十', '一千零一十']);
  });

  it('makes the same person in both languages from the same draws', () => {
    const a = personName(Rng.stream(3), true);
    const b = personName(Rng.stream(3), true);
    expect(a).toEqual(b);
    expect(a.zh).toMatch(/^\p{Script=Han}{2,4}$/u);
    expect(a.en).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
  });

  it('never repeats a village name within a township', () => {
    const taken = new Set<string>();
    const r = Rng.stream(4);
    for (let i = 0; i < 3000; i++) villageName(r, taken);
    expect(taken.size).toBe(3000);
  });
});
