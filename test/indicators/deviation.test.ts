import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countAtMean, relativeTo, weightedDeviation, type DeviationInput, type LinearTerm } from '../../src/indicators/linear-deviation.js';
import { evenBreakpoints, squaredDeviation, squaredDeviationPwl, varianceCeiling } from '../../src/indicators/squared-deviation.js';
import { weightedCv } from '../../src/indicators/weighted-cv.js';
import { expectNear } from './helpers.js';

const at = (t: LinearTerm, c: number): number => t.coefficient * c + t.constant;
/** The largest segment line at c: what the model's epigraph rows make v_i. */
const epigraph = (segments: readonly LinearTerm[], c: number): number => Math.max(...segments.map((s) => at(s, c)));

/** A stage of sections with students and counted teachers, and its fixed county mean. */
const arbStage = fc
  .array(fc.record({ students: fc.integer({ min: 1, max: 2500 }), count: fc.integer({ min: 0, max: 40 }) }), { minLength: 1, maxLength: 25 })
  .map((ss) => {
    const P = ss.reduce((a, s) => a + s.students, 0);
    const mean = (100 * ss.reduce((a, s) => a + s.count, 0)) / P;
    return { ss, P, mean, input: (students: number): DeviationInput => ({ students, totalStudents: P, mean, scale: 100 }) };
  });

describe('weightedDeviation (linear)', () => {
  it('two sections, 100 and 300 students, one counted teacher each: d = +¼ × ½ and −¾ × ⅙', () => {
    const A = { students: 100, totalStudents: 400, mean: 0.5, scale: 100 };
    expect(at(weightedDeviation(A), 1)).toBeCloseTo(0.125, 12);
    expect(at(weightedDeviation({ ...A, students: 300 }), 1)).toBeCloseTo(-0.125, 12);
    expect(countAtMean(A)).toBeCloseTo(0.5, 12);
  });

  it('equals (P_i / P)(X_i − X̄) at every count, and the deviations add up to 0', () => {
    fc.assert(
      fc.property(arbStage, ({ ss, P, mean, input }) => {
        let sum = 0;
        for (const s of ss) {
          const d = at(weightedDeviation(input(s.students)), s.count);
          expectNear(d, (s.students / P) * ((100 * s.count) / s.students - mean));
          sum += d;
        }
        expectNear(sum, 0);
      }),
      { seed: 20261207, numRuns: 200 },
    );
  });

  it('gives Σ |d_i| / X̄ at most the inspectors\' CV, falling to 0 with it', () => {
    fc.assert(
      fc.property(arbStage, ({ ss, mean, input }) => {
        fc.pre(mean > 0);
        const mad = ss.reduce((a, s) => a + Math.abs(at(relativeTo(weightedDeviation(input(s.students)), mean), s.count)), 0);
        const cv = weightedCv(ss.map((s) => ({ weight: s.students, amount: s.count })), 100).cv;
        expect(mad).toBeLessThanOrEqual(cv + 1e-9);
      }),
      { seed: 20261208, numRuns: 200 },
    );
    expect(relativeTo({ coefficient: 3, constant: -1 }, 0)).toEqual({ coefficient: 0, constant: 0 });
  });
});

describe('squaredDeviationPwl', () => {
  it('adds up, over the sections, to the variance under the inspectors\' root', () => {
    fc.assert(
      fc.property(arbStage, ({ ss, input }) => {
        const v = ss.reduce((a, s) => a + squaredDeviation(input(s.students), s.count), 0);
        expectNear(v, weightedCv(ss.map((s) => ({ weight: s.students, amount: s.count })), 100).variance);
      }),
      { seed: 20261209, numRuns: 200 },
    );
  });

  it('is exact at every whole count with breakpoints at every whole count, and above v_i between them by at most maxError', () => {
    fc.assert(
      fc.property(arbStage, fc.integer({ min: 0, max: 24 }), fc.integer({ min: 1, max: 4 }), ({ ss, input }, pick, step) => {
        const s = ss[pick % ss.length];
        if (!s) return;
        const d = input(s.students);
        const pwl = squaredDeviationPwl(d, evenBreakpoints(0, 60, step));
        for (const b of pwl.breakpoints) expectNear(epigraph(pwl.segments, b.count), squaredDeviation(d, b.count));
        if (step === 1) for (let c = 0; c <= 60; c++) expectNear(epigraph(pwl.segments, c), squaredDeviation(d, c));
        for (let c = 0; c <= 60; c += 0.25) {
          const gap = epigraph(pwl.segments, c) - squaredDeviation(d, c);
          expect(gap).toBeGreaterThanOrEqual(-1e-9 * Math.max(1, squaredDeviation(d, c)));
          expect(gap).toBeLessThanOrEqual(pwl.maxError + 1e-9 * Math.max(1, squaredDeviation(d, c)));
        }
      }),
      { seed: 20261210, numRuns: 100 },
    );
  });

  it('gives the breakpoints asked for and refuses a range that is not whole or not increasing', () => {
    expect(evenBreakpoints(2, 9, 3)).toEqual([2, 5, 8, 9]);
    expect(evenBreakpoints(4, 4)).toEqual([4]);
    expect(() => evenBreakpoints(5, 4)).toThrow();
    expect(() => evenBreakpoints(0, 4, 0.5)).toThrow();
    expect(() => squaredDeviationPwl({ students: 1, totalStudents: 2, mean: 1, scale: 100 }, [1, 1])).toThrow(/increase/);
    expect(squaredDeviationPwl({ students: 1, totalStudents: 2, mean: 1, scale: 100 }, [3]).segments).toEqual([]);
  });
});

describe('varianceCeiling', () => {
  it('says CV ≤ τ exactly when Σ v_i ≤ τ² X̄²', () => {
    fc.assert(
      fc.property(arbStage, fc.integer({ min: 1, max: 150 }).map((n) => n / 100), ({ ss, mean }, tau) => {
        const r = weightedCv(ss.map((s) => ({ weight: s.students, amount: s.count })), 100);
        fc.pre(mean > 0 && Math.abs(r.cv - tau) > 1e-9);
        expect(r.variance <= varianceCeiling(mean, tau)).toBe(r.cv <= tau);
      }),
      { seed: 20261211, numRuns: 300 },
    );
  });
});
