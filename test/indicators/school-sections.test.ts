import { describe, expect, it } from 'vitest';
import { schoolSections, teacherSectionStage } from '../../src/indicators/school-sections.js';

describe('schoolSections', () => {
  it('gives a 小学 or 初中 one section with the school\'s students', () => {
    expect(schoolSections({ schoolId: 'A', stage: 'primary', students: 420, teachingPoint: true })).toEqual({ sections: [{ schoolId: 'A', stage: 'primary', students: 420, teachingPoint: true }], missing: [] });
    expect(schoolSections({ schoolId: 'B', stage: 'junior', students: 900 }).sections).toEqual([{ schoolId: 'B', stage: 'junior', students: 900, teachingPoint: false }]);
  });

  it('splits a 九年一贯制 into its 小学部 and 初中部 by their own students', () => {
    expect(schoolSections({ schoolId: 'N', stage: 'nine_year', students: 1000, primaryStudents: 640, juniorStudents: 360 }).sections.map((s) => [s.stage, s.students])).toEqual([['primary', 640], ['junior', 360]]);
  });

  it('keeps only the 初中部 of a 完全中学, and nothing of a 高中', () => {
    expect(schoolSections({ schoolId: 'C', stage: 'complete', students: 2000, juniorStudents: 800 }).sections.map((s) => [s.stage, s.students])).toEqual([['junior', 800]]);
    expect(schoolSections({ schoolId: 'H', stage: 'senior', students: 1500 })).toEqual({ sections: [], missing: [] });
  });

  it('names the per-section students a school lacks instead of guessing them', () => {
    expect(schoolSections({ schoolId: 'N', stage: 'nine_year', students: 1000, juniorStudents: 300 })).toEqual({ sections: [{ schoolId: 'N', stage: 'junior', students: 300, teachingPoint: false }], missing: ['primary_students'] });
    expect(schoolSections({ schoolId: 'C', stage: 'complete', students: 2000 }).missing).toEqual(['junior_students']);
  });
});

describe('teacherSectionStage', () => {
  it('is the school\'s stage in a 小学 or 初中, whatever the teacher says', () => {
    expect(teacherSectionStage('primary')).toBe('primary');
    expect(teacherSectionStage('junior', 'primary')).toBe('junior');
  });

  it('is the stage taught in a 九年一贯制 or 完全中学, none for 高中 or when it is not given', () => {
    expect(teacherSectionStage('nine_year', 'primary')).toBe('primary');
    expect(teacherSectionStage('nine_year', 'junior')).toBe('junior');
    expect(teacherSectionStage('nine_year')).toBeUndefined();
    expect(teacherSectionStage('complete', 'junior')).toBe('junior');
    expect(teacherSectionStage('complete', 'senior')).toBeUndefined();
    expect(teacherSectionStage('senior', 'senior')).toBeUndefined();
  });
});
