import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curveSegments, sectionPart } from '../../src/rules/indicator-curve.js';
import type { StageIndicator } from '../../src/rules/indicator-sections.js';

/** A stage indicator over sections with these students and counts before the plan. */
function stage(sections: { students: number; before: number }[]): StageIndicator {
  const list = sections.map((s, i) => ({ schoolId: `S${i}`, ...s }));
  return { stage: 'primary', indicator: 'backbone_per_100', threshold: 0.5, sections: list, at: new Map(list.map((s, i) => [s.schoolId, i])), students: list.reduce((a, s) => a + s.students, 0), total: list.reduce((a, s) => a + s.before, 0), cvBefore: 0 };
}

/** The curve's value for a net move d, its segments filled nearest first (what a plan that pays for them does). */
function inOrder(segs: ReturnType<typeof curveSegments>, d: number): number {
  let left = Math.abs(d);
  let v = 0;
  for (const s of segs.filter((x) => x.up === d > 0)) {
    const take = Math.min(left, s.length);
    v += take * s.slope;
    left -= take;
  }
  return v;
}

const arbCase = fc.record({
  sections: fc.array(fc.record({ students: fc.integer({ min: 50, max: 3000 }), before: fc.integer({ min: 0, max: 40 }) }), { minLength: 2, maxLength: 8 }),
  pick: fc.nat(),
  down: fc.integer({ min: 0, max: 30 }),
  up: fc.integer({ min: 0, max: 60 }),
});

describe('a section\'s curve of its variance part (cv_ceiling and indicator_spread)', () => {
  it('filled nearest first, changes by the part\'s change at every breakpoint and at every count near the one before; never below it', () => {
    fc.assert(
      fc.property(arbCase, ({ sections, pick, down, up }) => {
        const g = stage(sections);
        const i = pick % sections.length;
        const before = sections[i]?.before ?? 0;
        const lo = Math.max(0, before - down);
        const hi = before + up;
        const segs = curveSegments(g, i, lo, hi);
        if (lo === hi) {
          expect(segs).toEqual([]);
          return;
        }
        const ends = new Set<number>([before]);
        for (const s of segs) ends.add(s.up ? s.from + (Number.isFinite(s.length) ? s.length : 0) : s.from - (Number.isFinite(s.length) ? s.length : 0));
        for (let c = lo; c <= hi; c++) {
          const exact = sectionPart(g, i, c) - sectionPart(g, i, before);
          const v = inOrder(segs, c - before);
          const scale = Math.max(1, Math.abs(exact));
          expect(v).toBeGreaterThanOrEqual(exact - 1e-9 * scale);
          if (ends.has(c) || Math.abs(c - before) <= 3) expect(v).toBeCloseTo(exact, 6);
        }
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });

  it('any other filling with the same net move costs at least as much (so the LP fills nearest first), and the outermost segments are open', () => {
    fc.assert(
      fc.property(arbCase, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 40, maxLength: 40 }), ({ sections, pick, down, up }, shares) => {
        const g = stage(sections);
        const i = pick % sections.length;
        const before = sections[i]?.before ?? 0;
        const segs = curveSegments(g, i, Math.max(0, before - down), before + up);
        if (segs.length === 0) return;
        let net = 0;
        let v = 0;
        segs.forEach((s, k) => {
          const amount = (shares[k] ?? 0) * (Number.isFinite(s.length) ? s.length : 5);
          net += s.up ? amount : -amount;
          v += amount * s.slope;
        });
        expect(v).toBeGreaterThanOrEqual(inOrder(segs, net) - 1e-9 * Math.max(1, Math.abs(v)));
        const ups = segs.filter((s) => s.up);
        const downs = segs.filter((s) => !s.up);
        if (ups.length > 0) expect(ups.at(-1)?.length).toBe(Infinity);
        if (downs.length > 0) expect(downs.at(-1)?.length).toBe(Infinity);
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });
});
