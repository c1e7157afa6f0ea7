import { describe, expect, it } from 'vitest';
import type { PostTable } from '../../src/domain/staffing.js';
import { schoolFigures } from '../../src/plan/school-figures.js';
import { county, policy, school, teacher } from '../helpers/make-county.js';

/**
 * A school's figures before and after the plan, counted by hand: teachers (principals too),
 * shortage per subject summed over the sections of a 九年一贯制 (a mover fills the section the
 * stage rule says), backbone and PE-and-arts teachers per 100 students, outflow and inflow.
 */
describe('school figures', () => {
  const c = county(
    [school('A', 'urban'), school('J', 'urban', { stage: 'junior' }), school('N', 'rural', { stage: 'nine_year', students: 1000, primaryStudents: 600, juniorStudents: 400 })],
    [
      teacher('a1', 'A', '语文'),
      teacher('a2', 'A', '语文'),
      teacher('a3', 'A', '数学', { backbone: 'county' }),
      teacher('p1', 'A', '语文', { role: 'principal' }),
      teacher('j1', 'J', '语文'),
      teacher('n1', 'N', '语文', { teachingStage: 'primary' }),
      teacher('n2', 'N', '语文', { teachingStage: 'junior' }),
      teacher('n3', 'N', '体育', { teachingStage: 'junior' }),
    ],
    [],
  );
  const posts: PostTable = new Map([
    ['A', new Map([['语文', 3], ['数学', 2]])],
    ['N@primary', new Map([['语文', 2], ['数学', 1]])],
    ['N@junior', new Map([['语文', 2], ['体育', 1]])],
  ]);
  const moves = [
    { teacherId: 'a1', fromSchoolId: 'A', toSchoolId: 'N' },
    { teacherId: 'a3', fromSchoolId: 'A', toSchoolId: 'N' },
    { teacherId: 'j1', fromSchoolId: 'J', toSchoolId: 'N' },
  ];
  const [a, , n] = schoolFigures(c, policy({ 'plan.year': '2026' }), posts, moves);

  it('counts the school the movers leave', () => {
    expect(a).toMatchObject({ teachersBefore: 4, teachersAfter: 2, posts: 5, shortageBefore: 2, shortageAfter: 4, countyBackboneBefore: 1, countyBackboneAfter: 0, outflow: 2, inflow: 0 });
    expect([...(a?.bySubject ?? [])]).toEqual([
      ['数学', { posts: 2, before: 1, after: 2 }],
      ['语文', { posts: 3, before: 1, after: 2 }],
    ]);
  });

  it('counts the movers in the section they fill at a nine-year school (the primary teachers in 小学部, the junior one in 初中部)', () => {
    expect(n).toMatchObject({ teachersBefore: 3, teachersAfter: 6, posts: 6, shortageBefore: 3, shortageAfter: 0, countyBackboneAfter: 1, backbonePer100After: 0.1, artsPePer100Before: 0.1, outflow: 0, inflow: 3 });
    expect([...(n?.bySubject ?? [])]).toEqual([
      // Each section's too (小学部, 初中部): what a move's reason names.
      ['体育', { posts: 1, before: 0, after: 0, sections: [{ posts: 0, before: 0, after: 0 }, { posts: 1, before: 0, after: 0 }] }],
      ['数学', { posts: 1, before: 1, after: 0, sections: [{ posts: 1, before: 1, after: 0 }, { posts: 0, before: 0, after: 0 }] }],
      ['语文', { posts: 4, before: 2, after: 0, sections: [{ posts: 2, before: 1, after: 0 }, { posts: 2, before: 1, after: 0 }] }],
    ]);
  });
});
