import { describe, expect, it } from 'vitest';
import { unpostedSubjectWarnings } from '../../src/domain/unposted-subjects.js';
import { county, policy, post, school, teacher } from '../helpers/make-county.js';

describe('teachers of a subject the posts file has no posts in', () => {
  const schools = [school('A', 'urban'), school('C', 'urban', { stage: 'complete' })];
  const ts = [
    teacher('T1', 'A', '语文'),
    teacher('T2', 'A', '书法', { source: { file: 'teachers.csv', row: 7 } }),
    teacher('T3', 'A', '书法'),
    // A 高中部 teacher takes no part (rules.scope): his subject needs no post here.
    teacher('T4', 'C', '通用技术', { teachingStage: 'senior' }),
  ];

  it('are told once per subject, with how many and the first row; out-of-scope teachers and posted subjects are not', () => {
    const w = unpostedSubjectWarnings(county(schools, ts, [post('A', '语文', 2)]), policy());
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ file: 'teachers.csv', row: 7, column: '任教学科' });
    expect(w[0]?.zh).toContain('岗位表中没有「书法」的岗位: 任教此学科的 2 名教师不能调往任何学校');
  });

  it('need a posts file to be told of (estimated posts follow the policy\'s subject shares)', () => {
    expect(unpostedSubjectWarnings({ ...county(schools, ts, []), posts: null }, policy())).toEqual([]);
  });
});
