import { describe, expect, it } from 'vitest';
import { passes, type StageIndicator } from '../../src/rules/indicator-sections.js';
import { passesAfterShift, varianceSums } from '../../src/rules/indicator-shift.js';

/** A small deterministic generator (the same cases on every run). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function indicator(students: number[], counts: number[], threshold: number): StageIndicator {
  const sections = students.map((n, i) => ({ schoolId: `s${i}`, students: n, before: counts[i] ?? 0 }));
  const total = counts.reduce((a, x) => a + x, 0);
  return { stage: 'primary', indicator: 'arts_pe_per_100', threshold, sections, at: new Map(sections.map((s, i) => [s.schoolId, i])), students: students.reduce((a, x) => a + x, 0), total, cvBefore: 0 };
}

describe('passesAfterShift', () => {
  it('agrees with the whole variance wherever it answers, on moves out of, into and between sections', () => {
    const rand = lcg(12);
    let answered = 0;
    let cases = 0;
    for (let n = 0; n < 300; n++) {
      const size = 2 + Math.floor(rand() * 40);
      const students = Array.from({ length: size }, () => 30 + Math.floor(rand() * 2000));
      const counts = students.map((p) => Math.floor((p / 100) * (0.2 + rand() * 1.6)));
      const g = indicator(students, counts, 0.05 + rand() * 0.6);
      const st = { g, counts: Float64Array.from(counts), total: g.total };
      const sums = varianceSums(g, st);
      for (let m = 0; m < 20; m++) {
        const out = rand() < 0.8 ? Math.floor(rand() * size) : -1;
        const into = rand() < 0.8 ? Math.floor(rand() * size) : -1;
        if (out >= 0 && (st.counts[out] ?? 0) === 0) continue;
        const after = Float64Array.from(st.counts);
        let total = st.total;
        if (out >= 0) (after[out] = (after[out] ?? 0) - 1), total--;
        if (into >= 0) (after[into] = (after[into] ?? 0) + 1), total++;
        const quick = passesAfterShift(g, st, sums, out, into);
        cases++;
        if (quick === undefined) continue;
        answered++;
        expect(quick, `case ${n}/${m}`).toBe(passes(g, after, total));
      }
    }
    expect(answered).toBeGreaterThan(0.99 * cases);
  });

  it('leaves a variance at the very ceiling to the whole computation', () => {
    // Two sections of equal students and counts 1 and 3: X̄ = 2 per 100 students, variance 1, CV 0.5 exactly.
    const g = indicator([100, 100], [1, 2], 0.5);
    const st = { g, counts: Float64Array.from([1, 2]), total: 3 };
    const into = 1;
    expect(passesAfterShift(g, st, varianceSums(g, st), -1, into)).toBeUndefined();
    expect(passes(g, [1, 3], 4)).toBe(true);
  });
});
