import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countNeeded, per100 } from '../../src/indicators/per-100.js';
import { meetsAll, sectionIndicators } from '../../src/indicators/section-indicators.js';
import { section, tally, THRESHOLDS } from './helpers.js';

describe('per100 and countNeeded', () => {
  it('gives teachers per 100 students, 0 without students', () => {
    expect(per100(3, 250)).toBeCloseTo(1.2, 12);
    expect(per100(3, 0)).toBe(0);
  });

  it('needs 21 degree teachers for 500 primary students at 4.2 (not 22, though 4.2 × 500 / 100 rounds above 21)', () => {
    expect(countNeeded(4.2, 500)).toBe(21);
    expect(countNeeded(5.3, 1000)).toBe(53);
    expect(countNeeded(0.9, 101)).toBe(1);
    expect(countNeeded(1.0, 0)).toBe(0);
  });

  it('agrees with per100: the count needed reaches the threshold and one fewer does not', () => {
    const threshold = fc.integer({ min: 1, max: 120 }).map((n) => n / 10);
    fc.assert(
      fc.property(threshold, fc.integer({ min: 1, max: 5000 }), (t, students) => {
        const n = countNeeded(t, students);
        expect(per100(n, students)).toBeGreaterThanOrEqual(t);
        if (n > 0) expect(per100(n - 1, students)).toBeLessThan(t);
      }),
      { seed: 20261202, numRuns: 500 },
    );
  });
});

describe('sectionIndicators', () => {
  it('gives each indicator per 100 students against its stage threshold', () => {
    const s = sectionIndicators(tally(section('A', 'junior', 1000), 53, 9, 12), THRESHOLDS);
    expect(s.values.degree_per_100).toEqual({ count: 53, value: 5.3, threshold: 5.3, met: true });
    expect(s.values.backbone_per_100).toMatchObject({ value: 0.9, threshold: 1.0, met: false });
    expect(s.values.arts_pe_per_100).toMatchObject({ value: 1.2, threshold: 0.9, met: true });
    expect(meetsAll(s)).toBe(false);
  });

  it('uses the 小学 degree threshold for a primary section', () => {
    const s = sectionIndicators(tally(section('A', 'primary', 500), 21, 5, 5), THRESHOLDS);
    expect(s.values.degree_per_100).toMatchObject({ value: 4.2, threshold: 4.2, met: true });
    expect(meetsAll(s)).toBe(true);
  });

  it('meets nothing in a section without students', () => {
    const s = sectionIndicators(tally(section('A', 'primary', 0), 3, 3, 3), THRESHOLDS);
    expect(meetsAll(s)).toBe(false);
    expect(s.values.backbone_per_100.value).toBe(0);
  });
});
