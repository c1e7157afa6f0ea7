import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countyMean, fairShare, fixTotal, relativeTo, valueAt, weightedDeviation, type DeviationInput, type SectionLinear } from '../../src/indicators/linear-deviation.js';
import { squaredDeviation, varianceCeiling } from '../../src/indicators/squared-deviation.js';
import { weightedCv } from '../../src/indicators/weighted-cv.js';
import { expectNear } from './helpers.js';


/**
 * A stage before and after a plan: sections with students and counted teachers before, and
 * after (each count moved by up to ±3, so the stage's total changes, as when a 初中 teacher is
 * posted to a 小学).
 */
const arbStage = fc
  .array(fc.record({ students: fc.integer({ min: 1, max: 2500 }), count: fc.integer({ min: 0, max: 40 }), change: fc.integer({ min: -3, max: 3 }) }), { minLength: 1, maxLength: 25 })
  .map((ss) => {
    const P = ss.reduce((a, s) => a + s.students, 0);
    const sections = ss.map((s) => ({ students: s.students, before: s.count, after: Math.max(0, s.count + s.change) }));
    const before = sections.reduce((a, s) => a + s.before, 0);
    const after = sections.reduce((a, s) => a + s.after, 0);
    return { sections, P, before, after, input: (students: number): DeviationInput => ({ students, totalStudents: P, scale: 100 }) };
  });

const cvOf = (sections: readonly { students: number }[], counts: readonly number[]) => weightedCv(sections.map((s, i) => ({ weight: s.students, amount: counts[i] ?? 0 })), 100);

describe('weightedDeviation (linear)', () => {
  it('two sections, 100 and 300 students, one counted teacher each: d = +¼ × ½ and −¾ × ⅙', () => {
    const A = { students: 100, totalStudents: 400, scale: 100 };
    expect(valueAt(weightedDeviation(A), 1, 2)).toBeCloseTo(0.125, 12);
    expect(valueAt(weightedDeviation({ ...A, students: 300 }), 1, 2)).toBeCloseTo(-0.125, 12);
    expect(countyMean(A, 2)).toBeCloseTo(0.5, 12);
    expect(fairShare(A, 2)).toBeCloseTo(0.5, 12);
    const fixed = fixTotal(weightedDeviation(A), 2);
    expect(fixed.coefficient * 1 + fixed.constant).toBeCloseTo(0.125, 12);
  });

  it('equals (P_i / P)(X_i − X̄) before and after a plan that changes the stage total, and adds up to 0', () => {
    fc.assert(
      fc.property(arbStage, ({ sections, P, before, after, input }) => {
        for (const [when, total] of [['before', before], ['after', after]] as const) {
          const mean = (100 * total) / P;
          let sum = 0;
          for (const s of sections) {
            const d = valueAt(weightedDeviation(input(s.students)), s[when], total);
            expectNear(d, (s.students / P) * ((100 * s[when]) / s.students - mean));
            sum += d;
          }
          expectNear(sum, 0);
        }
      }),
      { seed: 20261207, numRuns: 200 },
    );
  });

  it('gives Σ |d_i| / X̄ at most the inspectors\' CV', () => {
    fc.assert(
      fc.property(arbStage, ({ sections, P, before, input }) => {
        fc.pre(before > 0);
        const mean = (100 * before) / P;
        const mad = sections.reduce((a, s) => a + Math.abs(valueAt(relativeTo(weightedDeviation(input(s.students)), mean), s.before, before)), 0);
        expect(mad).toBeLessThanOrEqual(cvOf(sections, sections.map((s) => s.before)).cv + 1e-9);
      }),
      { seed: 20261208, numRuns: 200 },
    );
    expect(relativeTo({ own: 3, total: 1, constant: -1 }, 0)).toEqual({ own: 0, total: 0, constant: 0 });
  });
});

describe('squaredDeviation', () => {
  it('adds up, over the sections, to the variance under the inspectors\' root, before and after', () => {
    fc.assert(
      fc.property(arbStage, ({ sections, before, after, input }) => {
        for (const [when, total] of [['before', before], ['after', after]] as const) {
          const v = sections.reduce((a, s) => a + squaredDeviation(input(s.students), s[when], total), 0);
          expectNear(v, cvOf(sections, sections.map((s) => s[when])).variance);
        }
      }),
      { seed: 20261209, numRuns: 200 },
    );
  });

});

describe('varianceCeiling', () => {
  const tau = fc.integer({ min: 1, max: 150 }).map((n) => n / 100);

  it('at the reference total, Σ v_i ≤ the ceiling exactly when CV ≤ τ', () => {
    fc.assert(
      fc.property(arbStage, tau, ({ sections, P, before }, t) => {
        const r = cvOf(sections, sections.map((s) => s.before));
        fc.pre(before > 0 && Math.abs(r.cv - t) > 1e-9);
        const row = varianceCeiling(t, { totalStudents: P, scale: 100 }, before);
        expect(r.variance <= row.coefficient * before + row.constant).toBe(r.cv <= t);
      }),
      { seed: 20261211, numRuns: 300 },
    );
  });

  it('at another total, never lets a CV above τ through', () => {
    let tried = 0;
    fc.assert(
      fc.property(arbStage, tau, ({ sections, P, before, after }, t) => {
        const r = cvOf(sections, sections.map((s) => s.after));
        const row = varianceCeiling(t, { totalStudents: P, scale: 100 }, before);
        if (after > 0 && after !== before && r.variance <= row.coefficient * after + row.constant) {
          tried += 1;
          expect(r.cv).toBeLessThanOrEqual(t + 1e-9);
        }
      }),
      { seed: 20261212, numRuns: 300 },
    );
    expect(tried).toBeGreaterThan(20); // the row held at a changed total often enough to mean something
  });
});
