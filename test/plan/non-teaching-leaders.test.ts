import { describe, expect, it } from 'vitest';
import { sampleWithNonTeachingBackbonePrincipal } from '../helpers/non-teaching-principal.js';
import { qualityFigures } from '../../src/plan/quality.js';
import { stageIndicatorsOf } from '../../src/rules/indicator-sections.js';

/**
 * The 优质均衡 indicators count 专任教师. A principal who teaches no class (任教学科 无, as a roster
 * files a 行政人员) is kept for the principals' rotation, but he is no 专任教师: a county-level
 * backbone principal who teaches nothing was counted in his school's backbone teachers per 100
 * students, and in the county mean of the CV.
 */
describe('a principal who teaches no class counts in no 优质均衡 indicator', () => {
  it('leaves 341122001 (566 students) at its 7 county-level backbone teachers, 1.2367 per 100, when its principal, made a 县级骨干 teaching nothing, is added', async () => {
    const r = await sampleWithNonTeachingBackbonePrincipal();
    const q = qualityFigures(r.planned, r.policy, []);
    const s = q.sections.find((x) => x.before.section.schoolId === '341122001');
    // 7 teaching county-level backbone teachers in the sample's roster, over 566 students.
    expect(s?.before.values.backbone_per_100.count).toBe(7);
    expect(s?.before.values.backbone_per_100.value).toBeCloseTo(700 / 566, 12);
    // The county's counted teachers, and the model's own count of them, are the sample's 53.
    expect(q.supply.find((e) => e.stage === 'primary' && e.indicator === 'backbone_per_100')?.teachers).toBe(53);
    expect(stageIndicatorsOf(r.planned.schools, r.planned.teachers, r.policy).find((g) => g.stage === 'primary' && g.indicator === 'backbone_per_100')?.total).toBe(53);
  });
});
