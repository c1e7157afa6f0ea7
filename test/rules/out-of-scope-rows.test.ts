import { describe, expect, it } from 'vitest';
import type { School } from '../../src/domain/types.js';
import { verifyPlan } from '../../src/plan/verify.js';
import { county, policy, post, school, teachers } from '../helpers/make-county.js';

/** The checklist rows that count schools or places, as [threshold, value]. */
const ROWS = ['subject_cover', 'school_quota', 'outflow_cap', 'backbone_outflow_cap'] as const;
function rows(c: ReturnType<typeof county>, sets: Record<string, string> = {}): Record<string, [string, string, boolean]> {
  const checks = verifyPlan(c, policy({ 'plan.year': '2026', ...sets }), []);
  const out: Record<string, [string, string, boolean]> = {};
  for (const r of ROWS) {
    const ch = checks.find((x) => x.rule === r);
    out[r] = [ch?.threshold ?? '', ch?.value ?? '', ch?.held ?? false];
  }
  return out;
}

/** An urban and a rural 高中, each with teachers and posts of two subjects. */
const seniors: School[] = [school('H1', 'urban', { stage: 'senior' }), school('H2', 'rural', { stage: 'senior' })];
const seniorTeachers = [...teachers('h1y', 3, 'H1', '语文'), ...teachers('h1s', 3, 'H1', '数学', { backbone: 'county' }), ...teachers('h2y', 2, 'H2', '语文')];
const seniorPosts = [post('H1', '语文', 3), post('H1', '数学', 3), post('H2', '语文', 3)];

describe('the checklist rows that count schools leave out those outside rules.scope', () => {
  it('a county of 高中 planned with the default scope (小学;初中) has nothing to count: a dash, not 10% 1/1 and 3/3', () => {
    const c = county(seniors, seniorTeachers, seniorPosts);
    for (const r of ROWS) expect(rows(c)[r], r).toEqual(['—', '—', true]);
  });

  it('with 高中 in the scope they count as before', () => {
    const c = county(seniors, seniorTeachers, seniorPosts);
    expect(rows(c, { 'rules.scope': '小学;初中;高中' })).toEqual({
      subject_cover: ['3/3', '3/3', true],
      school_quota: ['10%', '1/1', true],
      outflow_cap: ['≤ 20%', '2/2', true],
      backbone_outflow_cap: ['≤ 30%', '2/2', true],
    });
  });

  it('beside schools that take part, the 高中 and a 完全中学\'s 高中部 are left out of the counts', () => {
    const schools: School[] = [...seniors, school('P', 'urban'), school('R', 'rural'), school('C', 'urban', { stage: 'complete' })];
    const ts = [
      ...seniorTeachers,
      ...teachers('p', 9, 'P', '语文'),
      ...teachers('r', 2, 'R', '语文'),
      ...teachers('cj', 4, 'C', '语文', { teachingStage: 'junior' }),
      ...teachers('cs', 4, 'C', '数学', { teachingStage: 'senior' }),
    ];
    const posts = [...seniorPosts, post('P', '语文', 9), post('R', '语文', 4), { ...post('C', '语文', 4), stage: 'junior' as const }, { ...post('C', '数学', 4), stage: 'senior' as const }];
    // P, R, C take part (C by its 初中部); of the places with posts, P, R and C's 初中部 语文: three; quota schools P and C.
    expect(rows(county(schools, ts, posts))).toEqual({
      subject_cover: ['3/3', '3/3', true],
      school_quota: ['10%', '2/2', true],
      outflow_cap: ['≤ 20%', '3/3', true],
      backbone_outflow_cap: ['≤ 30%', '3/3', true],
    });
  });
});
