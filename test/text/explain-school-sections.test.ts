import { describe, expect, it } from 'vitest';
import type { SchoolExplain, SubjectFigures } from '../../src/plan/explain.js';
import { schoolExplainText } from '../../src/text/explain-text.js';

const figures = (subject: string, posts: number, teachers: [number, number], shortage: [number, number]): SubjectFigures => ({ school_id: 'N', subject, posts, teachers, shortage });

function nineYear(subjects: SubjectFigures[]): SchoolExplain {
  return {
    id: 'N', name: '九年一贯制学校', stage: 'nine_year', area: 'town', weak: false, students: 800, quota_school: true, subjects,
    terms: { shortage: [10, 10], backbone_balance: [0, 0] }, county_backbone: [8, 8], backbone_per_100: [1, 1], backbone_per_100_needed: 1,
    rules: { quota: null, outflow_cap: 3, backbone_outflow_cap: 1 }, outflow: [], inflow: [],
  };
}

describe('rotate explain on a school of two sections', () => {
  it('says why a subject shows 4 posts, 4 teachers and a shortage of 1: the sections are added up, their shortages apart', () => {
    // 小学部 English: 3 posts, 2 teachers; 初中部 English: 1 post, 2 teachers.
    const text = schoolExplainText(nineYear([figures('英语', 4, [4, 4], [1, 1])]));
    expect(text).toContain('    （岗位、教师为各学部合计; 缺员按学部分别计算后相加, 一个学部的富余不抵另一学部的缺员）');
    expect(text.some((l) => l.includes("one section's surplus does not fill the other's vacancy"))).toBe(true);
  });

  it('adds no note where every row reads as posts minus teachers', () => {
    const text = schoolExplainText(nineYear([figures('英语', 4, [3, 4], [1, 0])]));
    expect(text.some((l) => l.includes('学部合计'))).toBe(false);
  });
});
