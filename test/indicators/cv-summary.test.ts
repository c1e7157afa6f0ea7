import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSections } from '../../src/indicators/count-sections.js';
import { cvEntries, cvMissing, cvOver } from '../../src/indicators/cv-summary.js';
import { meetingAll } from '../../src/indicators/meeting-all.js';
import type { IndicatorTeacher, Section } from '../../src/indicators/types.js';
import { CV_THRESHOLDS, expectNear, SCOPE, section, tally, THRESHOLDS } from './helpers.js';

describe('cvEntries', () => {
  const before = [tally(section('A', 'primary', 100), 5, 2, 2), tally(section('B', 'primary', 300), 12, 0, 3), tally(section('C', 'junior', 500), 30, 5, 5)];
  // One backbone teacher moved from A to B: A then at 1 per 100, B at 1/3.
  const after = [tally(section('A', 'primary', 100), 5, 1, 2), tally(section('B', 'primary', 300), 12, 1, 3), tally(section('C', 'junior', 500), 30, 5, 5)];

  it('lists six entries sorted by stage then indicator, with the stage\'s threshold and school count', () => {
    const out = cvEntries(before, after, CV_THRESHOLDS, SCOPE);
    expect(out.map((e) => `${e.stage}/${e.indicator}/${e.threshold}/${e.schools}`)).toEqual([
      'junior/arts_pe_per_100/0.45/1',
      'junior/backbone_per_100/0.45/1',
      'junior/degree_per_100/0.45/1',
      'primary/arts_pe_per_100/0.5/2',
      'primary/backbone_per_100/0.5/2',
      'primary/degree_per_100/0.5/2',
    ]);
  });

  it('gives the CV before and after the plan', () => {
    const e = cvEntries(before, after, CV_THRESHOLDS, SCOPE).find((x) => x.stage === 'primary' && x.indicator === 'backbone_per_100');
    // Before: X = 2 and 0, X̄ = 0.5, Σ = ¼ × 1.5² + ¾ × 0.5² = 0.75, CV = √0.75 / 0.5 = √3.
    expect(e?.before).toBeCloseTo(Math.sqrt(3), 12);
    expect(e?.after).toBeCloseTo(1 / Math.sqrt(3), 12);
    expect(e && cvOver(e, 'before')).toBe(true);
    expect(e && cvOver(e, 'after')).toBe(true);
    expect(e && cvMissing(e, true)).toBeNull();
  });

  it('gives no CV for a stage without sections, or with one: there is no difference between schools to measure', () => {
    const primaryOnly = before.slice(0, 2);
    const junior = cvEntries(primaryOnly, primaryOnly, CV_THRESHOLDS, SCOPE).filter((e) => e.stage === 'junior');
    expect(junior.map((e) => [e.schools, e.before, e.after])).toEqual([[0, null, null], [0, null, null], [0, null, null]]);
    const one = cvEntries(before, after, CV_THRESHOLDS, SCOPE).filter((e) => e.stage === 'junior');
    expect(one.map((e) => [e.schools, e.before, e.after])).toEqual([[1, null, null], [1, null, null], [1, null, null]]);
    for (const e of [...junior, ...one]) expect(cvOver(e, 'after')).toBe(false);
    for (const e of one) expect(cvMissing(e, true)?.en).toBe('fewer than two schools');
    // None at all is said as none, for the 学历 too: a county of 初中 only was told its 小学 学历 CV lacked the 学历, and that it had fewer than two 小学.
    for (const e of junior) for (const given of [true, false]) expect(cvMissing(e, given)).toEqual({ zh: '无计入的学校（学部）, 不计算', en: 'no school (section) counted' });
    const degree = one.find((e) => e.indicator === 'degree_per_100');
    expect(degree && cvMissing(degree, false)?.en).toBe('fewer than two schools');
  });

  it('gives no CV where no teacher of the indicator is counted in the stage (X̄ = 0, which the formula divides by), nor for an indicator not measured', () => {
    // tally(section, degree, backbone, arts): no arts teacher at A or B.
    const noArts = [tally(section('A', 'primary', 100), 5, 2, 0), tally(section('B', 'primary', 300), 12, 0, 0)];
    const out = cvEntries(noArts, noArts, CV_THRESHOLDS, SCOPE, (indicator) => indicator !== 'degree_per_100');
    const arts = out.find((e) => e.stage === 'primary' && e.indicator === 'arts_pe_per_100');
    expect([arts?.before, arts?.after]).toEqual([null, null]);
    expect(arts && cvMissing(arts, true)?.zh).toBe('全县无此类教师, 无法计算');
    const degree = out.find((e) => e.stage === 'primary' && e.indicator === 'degree_per_100');
    expect([degree?.before, degree?.after]).toEqual([null, null]);
    expect(degree && cvMissing(degree, false)?.zh).toBe('未提供学历');
    const backbone = out.find((e) => e.stage === 'primary' && e.indicator === 'backbone_per_100');
    expect(backbone?.before).toBeCloseTo(Math.sqrt(3), 12);
  });

  it('refuses before and after tallies of different sections', () => {
    expect(() => cvEntries(before, after.slice(1), CV_THRESHOLDS, SCOPE)).toThrow(/same sections/);
  });
});

describe('meetingAll', () => {
  it('counts the sections meeting all three indicators before and after', () => {
    const s = section('A', 'primary', 100);
    const before = [tally(s, 5, 0, 1), tally(section('B', 'junior', 100), 6, 1, 1), tally(section('C', 'primary', 0), 0, 0, 0)];
    const after = [tally(s, 5, 1, 1), tally(section('B', 'junior', 100), 5, 1, 1), tally(section('C', 'primary', 0), 0, 0, 0)];
    expect(meetingAll(before, after, THRESHOLDS)).toEqual({ before: 1, after: 1 });
    expect(meetingAll(before, after, THRESHOLDS, 'primary')).toEqual({ before: 0, after: 1 });
  });
});

/** A random county: sections (some 一贯制, some small teaching points), teachers, and moves. */
const arbCounty = fc.record({
  schools: fc.array(fc.record({ primary: fc.integer({ min: 0, max: 2000 }), junior: fc.integer({ min: 0, max: 1500 }), point: fc.boolean() }), { minLength: 1, maxLength: 12 }),
  teachers: fc.array(
    fc.record({
      school: fc.nat(),
      to: fc.nat(),
      moves: fc.boolean(),
      junior: fc.boolean(),
      degree: fc.constantFrom('研究生', '本科', '专科', '中师', undefined),
      backbone: fc.constantFrom('none', 'school', 'county', 'city', 'province') as fc.Arbitrary<IndicatorTeacher['backbone']>,
      subject: fc.constantFrom('语文', '数学', '体育', '音乐', '美术'),
    }),
    { maxLength: 200 },
  ),
});

describe('cvEntries: property', () => {
  it('equals a direct recomputation from the teachers before and after the moves, whatever their order', () => {
    fc.assert(
      fc.property(arbCounty, fc.boolean(), ({ schools, teachers }, reverse) => {
        const sections: Section[] = schools.flatMap((s, i) => [
          ...(s.primary > 0 ? [section(`S${i}`, 'primary', s.point ? s.primary % 80 : s.primary, s.point)] : []),
          ...(s.junior > 0 && !s.point ? [section(`S${i}`, 'junior', s.junior)] : []),
        ]);
        const at = (k: number): string => `S${k % schools.length}`;
        const beforeT: IndicatorTeacher[] = teachers.map((t) => ({ schoolId: at(t.school), stage: t.junior ? 'junior' : 'primary', degree: t.degree, backbone: t.backbone, subject: t.subject }));
        const afterT = beforeT.map((t, i) => (teachers[i]?.moves ? { ...t, schoolId: at(teachers[i]?.to ?? 0) } : t));
        const order = <T>(xs: T[]): T[] => (reverse ? [...xs].reverse() : xs);
        const entries = cvEntries(countSections(order(sections), order(beforeT)), countSections(sections, afterT), CV_THRESHOLDS, SCOPE);
        for (const e of entries) {
          for (const [when, ts] of [['before', beforeT], ['after', afterT]] as const) {
            // Direct: loop over the included sections and count their teachers by hand.
            const included = sections.filter((s) => s.stage === e.stage && s.students > 0 && !(s.teachingPoint && s.students < 50));
            const counted = (s: Section): number =>
              ts.filter((t) => t.schoolId === s.schoolId && t.stage === s.stage).filter((t) =>
                e.indicator === 'arts_pe_per_100' ? ['体育', '音乐', '美术'].includes(t.subject)
                : e.indicator === 'backbone_per_100' ? ['county', 'city', 'province'].includes(t.backbone)
                : t.degree === '研究生' || t.degree === '本科' || (t.degree === '专科' && s.stage === 'primary'),
              ).length;
            const P = included.reduce((a, s) => a + s.students, 0);
            const mean = P > 0 ? (included.reduce((a, s) => a + counted(s), 0) * 100) / P : 0;
            const variance = included.reduce((a, s) => a + (s.students / P) * ((counted(s) * 100) / s.students - mean) ** 2, 0);
            // Not measured over fewer than two sections, or where nothing is counted (X̄ = 0).
            if (included.length < 2 || mean <= 0) expect(e[when]).toBeNull();
            else expectNear(e[when] ?? NaN, Math.sqrt(variance) / mean);
            expect(e.schools).toBe(included.length);
          }
        }
      }),
      { seed: 20261206, numRuns: 200 },
    );
  });
});
