import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightedCv, type WeightedPoint } from '../../src/indicators/weighted-cv.js';
import { expectNear } from './helpers.js';

/**
 * The inspectors' guide (县域义务教育校际均衡指标计算方法, 以生均图书册数为例): five primary
 * schools, their students and books. Its figures: each school's share 0.003, 0.85, 5.13, 4.50,
 * 0.17; mean 6.33; Σ 10.65; sqrt 3.26; CV 0.52 (3.2639 / 6.3344 = 0.5153, which the guide
 * rounds to 0.52).
 */
const GUIDE: WeightedPoint[] = [
  { weight: 45, amount: 279 },
  { weight: 37, amount: 137 },
  { weight: 89, amount: 935 },
  { weight: 76, amount: 160 },
  { weight: 55, amount: 402 },
];

/** The formula written out again, term by term, in the order given. */
function direct(points: readonly WeightedPoint[], scale: number): { mean: number; variance: number; cv: number } {
  const kept = points.filter((p) => p.weight > 0);
  const P = kept.reduce((a, p) => a + p.weight, 0);
  const mean = P > 0 ? (scale * kept.reduce((a, p) => a + p.amount, 0)) / P : 0;
  const variance = kept.reduce((a, p) => a + (p.weight / P) * ((scale * p.amount) / p.weight - mean) ** 2, 0);
  return { mean, variance, cv: mean > 0 ? Math.sqrt(variance) / mean : 0 };
}

describe('weightedCv: the inspectors\' worked example', () => {
  const r = weightedCv(GUIDE, 1);

  it('has 302 students and 1,913 books', () => {
    expect(r.weight).toBe(302);
    expect(r.amount).toBe(1913);
    expect(r.schools).toBe(5);
  });

  it('reproduces the guide to 0.005: mean 6.33, Σ 10.65, sqrt 3.26, CV 0.52', () => {
    expect(r.mean).toBeCloseTo(6.33, 2);
    expect(r.variance).toBeCloseTo(10.65, 2);
    expect(r.deviation).toBeCloseTo(3.26, 2);
    expect(r.cv).toBeCloseTo(0.52, 2);
  });

  it('reproduces each school\'s share of Σ', () => {
    const shares = GUIDE.map((p) => (p.weight / 302) * (p.amount / p.weight - r.mean) ** 2);
    [0.003, 0.85, 5.13, 4.5, 0.17].forEach((want, i) => expect(shares[i]).toBeCloseTo(want, 2));
  });

  it('is not the unweighted CV of the five schools\' figures', () => {
    const xs = GUIDE.map((p) => p.amount / p.weight);
    const m = xs.reduce((a, x) => a + x, 0) / xs.length;
    const unweighted = Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / xs.length) / m;
    expect(Math.abs(unweighted - r.cv)).toBeGreaterThan(0.02);
  });

  it('gives the same CV per 100 students as per student', () => {
    expect(weightedCv(GUIDE, 100).cv).toBeCloseTo(r.cv, 12);
    expect(weightedCv(GUIDE, 100).mean).toBeCloseTo(r.mean * 100, 9);
  });
});

describe('weightedCv: tiny counties', () => {
  it('two schools, 100 and 300 students, one backbone teacher each: CV 1/√3', () => {
    // X = 1 and 1/3 per 100; X̄ = 2 × 100 / 400 = 0.5; Σ = ¼(½)² + ¾(⅙)² = 1/12.
    const r = weightedCv([{ weight: 100, amount: 1 }, { weight: 300, amount: 1 }], 100);
    expect(r.mean).toBeCloseTo(0.5, 12);
    expect(r.variance).toBeCloseTo(1 / 12, 12);
    expect(r.cv).toBeCloseTo(1 / Math.sqrt(3), 12);
  });

  it('is 0 when every school has the same figure', () => {
    expect(weightedCv([{ weight: 200, amount: 2 }, { weight: 500, amount: 5 }, { weight: 50, amount: 0.5 }], 100).cv).toBeCloseTo(0, 12);
  });

  it('is 0 when nothing is counted (X̄ = 0) or no school has students', () => {
    expect(weightedCv([{ weight: 200, amount: 0 }, { weight: 300, amount: 0 }], 100)).toMatchObject({ schools: 2, mean: 0, cv: 0 });
    expect(weightedCv([], 100)).toMatchObject({ schools: 0, mean: 0, cv: 0 });
  });

  it('leaves out a school without students, its amount too', () => {
    const base = weightedCv([{ weight: 100, amount: 1 }, { weight: 300, amount: 1 }], 100);
    const withEmpty = weightedCv([{ weight: 100, amount: 1 }, { weight: 0, amount: 7 }, { weight: 300, amount: 1 }], 100);
    expect(withEmpty).toEqual(base);
  });
});

const arbSchools = fc.array(fc.record({ weight: fc.integer({ min: 1, max: 3000 }), amount: fc.integer({ min: 0, max: 60 }) }), { minLength: 1, maxLength: 40 });

describe('weightedCv: properties', () => {
  it('equals a direct recomputation of the formula', () => {
    fc.assert(
      fc.property(arbSchools, (ps) => {
        const r = weightedCv(ps, 100);
        const d = direct(ps, 100);
        expectNear(r.mean, d.mean);
        expectNear(r.variance, d.variance);
        expectNear(r.cv, d.cv);
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });

  it('does not depend on the order of the schools, to the bit', () => {
    fc.assert(
      fc.property(arbSchools.chain((ps) => fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length, maxLength: ps.length }))), ([ps, shuffled]) => {
        expect(weightedCv(shuffled, 100)).toEqual(weightedCv(ps, 100));
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });

  it('is unchanged when every school\'s students and counts are scaled by the same factor', () => {
    fc.assert(
      fc.property(arbSchools, fc.integer({ min: 2, max: 50 }), (ps, k) => {
        const scaled = ps.map((p) => ({ weight: p.weight * k, amount: p.amount * k }));
        expectNear(weightedCv(scaled, 100).cv, weightedCv(ps, 100).cv);
        expectNear(weightedCv(scaled, 100).mean, weightedCv(ps, 100).mean);
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });

  it('equals sqrt(Σ w X² − X̄²) / X̄: the weighted mean of the X_i is X̄', () => {
    fc.assert(
      fc.property(arbSchools, (ps) => {
        const r = weightedCv(ps, 100);
        fc.pre(r.mean > 0);
        const second = ps.reduce((a, p) => a + (p.weight / r.weight) * ((100 * p.amount) / p.weight) ** 2, 0);
        expectNear(r.variance, second - r.mean ** 2, 1e-9 * (second / Math.max(1, r.variance)));
      }),
      { seed: 20261205, numRuns: 300 },
    );
  });
});
