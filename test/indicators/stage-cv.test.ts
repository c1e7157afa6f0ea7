import { describe, expect, it } from 'vitest';
import { inCv, stageCv } from '../../src/indicators/stage-cv.js';
import { section, SCOPE, tally } from './helpers.js';

describe('stageCv', () => {
  const a = tally(section('A', 'primary', 100), 5, 1, 2);
  const b = tally(section('B', 'primary', 300), 12, 1, 3);
  const j = tally(section('J', 'junior', 800), 0, 20, 1);

  it('weights each primary section by its students against the weighted county mean', () => {
    const r = stageCv([a, b, j], 'primary', 'backbone_per_100', SCOPE);
    expect(r.schools).toBe(2);
    expect(r.mean).toBeCloseTo(0.5, 12); // 2 × 100 / 400, not the mean of 1 and 1/3
    expect(r.cv).toBeCloseTo(1 / Math.sqrt(3), 12);
  });

  it('takes each indicator\'s own counts', () => {
    // PE and arts: X = 2 and 1 per 100, X̄ = 500 / 400 = 1.25; Σ = ¼ × 0.75² + ¾ × 0.25² = 0.1875.
    expect(stageCv([a, b], 'primary', 'arts_pe_per_100', SCOPE).cv).toBeCloseTo(Math.sqrt(0.1875) / 1.25, 12);
    // degree: X = 5 and 4, X̄ = 1700 / 400 = 4.25; Σ = ¼ × 0.75² + ¾ × 0.25² = 0.1875.
    expect(stageCv([a, b], 'primary', 'degree_per_100', SCOPE).cv).toBeCloseTo(Math.sqrt(0.1875) / 4.25, 12);
  });

  it('keeps the stages apart: a junior section does not change the primary CV', () => {
    expect(stageCv([a, b, j], 'primary', 'backbone_per_100', SCOPE)).toEqual(stageCv([a, b], 'primary', 'backbone_per_100', SCOPE));
    expect(stageCv([a, b, j], 'junior', 'backbone_per_100', SCOPE)).toMatchObject({ schools: 1, cv: 0 });
  });

  it('leaves out a teaching point under 50 students, its teachers too, and keeps one of exactly 50', () => {
    const small = tally(section('T', 'primary', 49, true), 0, 3, 0);
    const fifty = tally(section('U', 'primary', 50, true), 0, 0, 0);
    const base = stageCv([a, b], 'primary', 'backbone_per_100', SCOPE);
    expect(stageCv([a, b, small], 'primary', 'backbone_per_100', SCOPE)).toEqual(base);
    const withFifty = stageCv([a, b, fifty], 'primary', 'backbone_per_100', SCOPE);
    expect(withFifty.schools).toBe(3);
    expect(withFifty.mean).toBeCloseTo(200 / 450, 12);
    expect(withFifty.cv).toBeGreaterThan(base.cv);
  });

  it('keeps a small school that is not a teaching point, and follows the minimum given', () => {
    expect(inCv(section('S', 'primary', 12), SCOPE)).toBe(true);
    expect(inCv(section('T', 'primary', 30, true), { minTeachingPointStudents: 20 })).toBe(true);
    expect(inCv(section('T', 'primary', 30, true), { minTeachingPointStudents: 50 })).toBe(false);
    expect(inCv(section('E', 'junior', 0), SCOPE)).toBe(false);
  });
});
