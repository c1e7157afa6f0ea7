import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSections, countedIndicators, shiftTallies } from '../../src/indicators/count-sections.js';
import type { IndicatorTeacher } from '../../src/indicators/types.js';
import { section } from './helpers.js';

const t = (schoolId: string, stage: IndicatorTeacher['stage'], o: Partial<IndicatorTeacher> = {}): IndicatorTeacher => ({ schoolId, stage, backbone: 'none', subject: '语文', ...o });

describe('countedIndicators', () => {
  it('counts county, city and province backbone, not school-level backbone', () => {
    expect(countedIndicators(t('A', 'primary', { backbone: 'school' }))).toEqual([]);
    for (const backbone of ['county', 'city', 'province'] as const) expect(countedIndicators(t('A', 'primary', { backbone }))).toEqual(['backbone_per_100']);
  });

  it('counts 体育, 音乐 and 美术 teachers for PE and arts, no other subject', () => {
    // 艺术: the 2022 curriculum's course of music and art.
    for (const subject of ['体育', '音乐', '美术', '艺术']) expect(countedIndicators(t('A', 'junior', { subject }))).toEqual(['arts_pe_per_100']);
    expect(countedIndicators(t('A', 'junior', { subject: '科学' }))).toEqual([]);
  });

  it('counts a principal who teaches no class (no subject) toward none: the indicators count 专任教师', () => {
    expect(countedIndicators(t('A', 'primary', { subject: '', backbone: 'county', degree: 'bachelor' }))).toEqual([]);
    // Teaching a class, the same principal counts.
    expect(countedIndicators(t('A', 'primary', { subject: '数学', backbone: 'county', degree: 'bachelor' }))).toEqual(['backbone_per_100', 'degree_per_100']);
  });

  it('counts one teacher toward all three when he or she qualifies for all three', () => {
    expect(countedIndicators(t('A', 'primary', { subject: '音乐', backbone: 'city', degree: '专科' }))).toEqual(['arts_pe_per_100', 'backbone_per_100', 'degree_per_100']);
  });
});

describe('countSections', () => {
  const sections = [section('B', 'primary', 300), section('A', 'junior', 200), section('A', 'primary', 400)];

  it('counts each teacher in the section of his or her school and stage (a 一贯制 school has two)', () => {
    const teachers = [
      t('A', 'primary', { degree: '专科' }), // counted: 专科 is above the 小学 requirement
      t('A', 'junior', { degree: '专科' }), // not counted: 初中 needs 本科
      t('A', 'junior', { degree: '本科', backbone: 'county' }),
      t('A', 'junior', { subject: '体育' }),
      t('B', 'primary', { subject: '美术', backbone: 'school' }),
      t('B', 'junior', { degree: '研究生' }), // B has no 初中部: not counted anywhere
      t('C', 'primary', { degree: '本科' }), // C is not a section
    ];
    const out = countSections(sections, teachers);
    expect(out.map((x) => [x.section.schoolId, x.section.stage, x.counts])).toEqual([
      ['A', 'junior', { arts_pe_per_100: 1, backbone_per_100: 1, degree_per_100: 1 }],
      ['A', 'primary', { arts_pe_per_100: 0, backbone_per_100: 0, degree_per_100: 1 }],
      ['B', 'primary', { arts_pe_per_100: 1, backbone_per_100: 0, degree_per_100: 0 }],
    ]);
  });

  it('lists a section without counted teachers with zeros', () => {
    expect(countSections([section('Z', 'primary', 10)], [])[0]?.counts).toEqual({ arts_pe_per_100: 0, backbone_per_100: 0, degree_per_100: 0 });
  });

  it('refuses two sections of the same school and stage', () => {
    expect(() => countSections([section('A', 'primary', 1), section('A', 'primary', 2)], [])).toThrow(/twice/);
  });
});

describe('shiftTallies', () => {
  const sections = [section('B', 'primary', 300), section('A', 'junior', 200), section('A', 'primary', 400)];
  const teacherArb = fc.record({
    schoolId: fc.constantFrom('A', 'B', 'C'),
    stage: fc.constantFrom<IndicatorTeacher['stage']>('primary', 'junior'),
    backbone: fc.constantFrom<IndicatorTeacher['backbone']>('none', 'school', 'county', 'city'),
    subject: fc.constantFrom('语文', '体育', '音乐'),
    degree: fc.constantFrom('本科', '专科', '高中', '研究生'),
  });

  it('gives what counting every teacher again gives, when some change section', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ was: teacherArb, now: fc.option(teacherArb, { nil: undefined }) }), { maxLength: 40 }), (ts) => {
        const before = countSections(sections, ts.map((t) => t.was));
        const moved = ts.filter((t) => t.now !== undefined);
        const shifted = shiftTallies(before, moved.map((t) => t.was), moved.flatMap((t) => (t.now ? [t.now] : [])));
        expect(shifted).toEqual(countSections(sections, ts.map((t) => t.now ?? t.was)));
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });

  it('leaves the tallies before as they were', () => {
    const before = countSections(sections, [t('A', 'primary', { subject: '体育' })]);
    shiftTallies(before, [t('A', 'primary', { subject: '体育' })], [t('B', 'primary', { subject: '体育' })]);
    expect(before[1]?.counts.arts_pe_per_100).toBe(1);
  });
});
