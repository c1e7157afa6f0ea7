import { describe, expect, it } from 'vitest';
import { qualityFigures } from '../../src/plan/quality.js';
import { county, policy, post, school, teacher } from '../helpers/make-county.js';

describe('the 优质均衡 figures of a plan, the inspectors\' way', () => {
  it('weights each school by its students against the county mean, before and after the moves', () => {
    const c = county(
      [school('A', 'urban', { students: 100 }), school('B', 'rural', { students: 300 }), school('T', 'rural', { students: 30, teachingPoint: true })],
      [teacher('a1', 'A', '数学', { backbone: 'county' }), teacher('a2', 'A', '数学', { backbone: 'county' }), teacher('t1', 'T', '音乐', { backbone: 'county' })],
      [post('A', '数学', 5), post('B', '数学', 5)],
    );
    const p = policy({ 'plan.year': '2026' });
    const cvOf = (q: ReturnType<typeof qualityFigures>, when: 'before' | 'after'): number => q.cv.find((e) => e.stage === 'primary' && e.indicator === 'backbone_per_100')?.[when] ?? NaN;
    const q = qualityFigures(c, p, [{ teacherId: 'a2', fromSchoolId: 'A', toSchoolId: 'B' }]);
    // Before: A has 2 per 100, B 0; the teaching point under 50 students is left out. X̄ = 200/400 = 0.5.
    const before = Math.sqrt(0.25 * (2 - 0.5) ** 2 + 0.75 * (0 - 0.5) ** 2) / 0.5;
    // After: A 1, B 1/3 per 100.
    const after = Math.sqrt(0.25 * (1 - 0.5) ** 2 + 0.75 * (1 / 3 - 0.5) ** 2) / 0.5;
    expect(cvOf(q, 'before')).toBeCloseTo(before, 9);
    expect(cvOf(q, 'after')).toBeCloseTo(after, 9);
    expect(q.cv.find((e) => e.stage === 'primary' && e.indicator === 'backbone_per_100')?.schools).toBe(2);
    expect(q.degreeGiven).toBe(false);
  });
});

describe('the section a moved teacher counts in at a school of two sections', () => {
  it('is the section whose post the move fills: a 初中 teacher with only a 小学 certificate fills, and counts in, the 小学部 of a 九年一贯制', () => {
    const c = county(
      [school('J', 'urban', { stage: 'junior', students: 400 }), school('K', 'rural', { stage: 'junior', students: 300 }), school('N', 'rural', { stage: 'nine_year', students: 300, primaryStudents: 200, juniorStudents: 100 }), school('P', 'rural', { students: 200 })],
      [
        teacher('j1', 'J', '体育', { certificate: 'primary', backbone: 'county' }),
        teacher('j2', 'J', '体育', { certificate: 'junior' }),
        teacher('j3', 'J', '体育', { certificate: 'junior', backbone: 'county' }),
        teacher('k1', 'K', '体育', { certificate: 'junior' }),
        teacher('n1', 'N', '体育', { teachingStage: 'junior', certificate: 'junior' }),
        teacher('p1', 'P', '体育', { certificate: 'primary' }),
      ],
      [post('J', '体育', 3), post('N', '体育', 2)],
    );
    const p = policy({ 'plan.year': '2026' });
    const q = qualityFigures(c, p, [
      { teacherId: 'j1', fromSchoolId: 'J', toSchoolId: 'N' },
      { teacherId: 'j3', fromSchoolId: 'J', toSchoolId: 'N' },
    ]);
    const at = (stage: 'primary' | 'junior'): { before: number; after: number; backbone: number } => {
      const s = q.sections.find((x) => x.before.section.schoolId === 'N' && x.before.section.stage === stage);
      return { before: s?.before.values.arts_pe_per_100.count ?? NaN, after: s?.after.values.arts_pe_per_100.count ?? NaN, backbone: s?.after.values.backbone_per_100.count ?? NaN };
    };
    // j1 can teach no higher than 小学 (教师资格条例 第五条): the move fills a 小学部 post; j3 (初中 certificate) the 初中部.
    expect(at('primary')).toEqual({ before: 0, after: 1, backbone: 1 });
    expect(at('junior')).toEqual({ before: 1, after: 2, backbone: 1 });
    // The stage totals follow: j1 leaves the 初中 count and joins the 小学 one.
    const total = (stage: 'primary' | 'junior', when: 'before' | 'after'): number =>
      q.sections.filter((x) => x.before.section.stage === stage).reduce((a, x) => a + x[when].values.arts_pe_per_100.count, 0);
    expect([total('primary', 'before'), total('primary', 'after'), total('junior', 'before'), total('junior', 'after')]).toEqual([1, 2, 5, 4]);
  });
});
