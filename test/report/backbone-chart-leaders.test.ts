import { describe, expect, it } from 'vitest';
import { sampleWithNonTeachingBackbonePrincipal } from '../helpers/non-teaching-principal.js';
import { postTable } from '../../src/domain/staffing.js';
import { schoolFigures } from '../../src/plan/school-figures.js';
import { qualityFigures } from '../../src/plan/quality.js';

/**
 * report.html's whole-school backbone chart (按全校计) and schools.csv's 县级以上骨干数 are read
 * from the school figures. The 优质均衡 indicators count 专任教师: a county-level backbone
 * principal who teaches no class (任教学科 无) counts in no section's figure, and so not in the
 * chart's bar beside them either.
 */
describe('the backbone chart counts as the indicators do', () => {
  it('keeps 341122001 at 7 county-level backbone teachers (700/566 per 100) when its principal, a 县级骨干, teaches nothing', async () => {
    const r = await sampleWithNonTeachingBackbonePrincipal();
    const f = schoolFigures(r.planned, r.policy, postTable(r.planned, r.policy), []).find((x) => x.school.id === '341122001');
    const section = qualityFigures(r.planned, r.policy, []).sections.find((x) => x.before.section.schoolId === '341122001');
    // A primary school is one section: its bar and its section's figure are one number.
    expect(section?.before.values.backbone_per_100.count).toBe(7);
    expect(f?.countyBackboneBefore).toBe(7);
    expect(f?.countyBackboneAfter).toBe(7);
    expect(f?.backbonePer100Before).toBeCloseTo(700 / 566, 12);
    // The principal still counts among the school's teachers, and among its backbone teachers of any level.
    expect(f?.teachersBefore).toBe(r.planned.teachers.filter((t) => t.schoolId === '341122001').length);
    expect(f?.backboneBefore).toBe(r.planned.teachers.filter((t) => t.schoolId === '341122001' && t.backbone !== 'none').length);
  });
});
