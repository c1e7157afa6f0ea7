import { describe, expect, it } from 'vitest';
import { postTable } from '../../src/domain/staffing.js';
import type { Post } from '../../src/domain/types.js';
import { schoolFigures } from '../../src/plan/school-figures.js';
import { county, policy, school, teacher } from '../helpers/make-county.js';

const sectionPost = (schoolId: string, subject: string, posts: number, section: Post['section']): Post => ({ schoolId, subject, subjectLabel: subject, posts, section, source: { file: 'posts.csv', row: 2 } });

describe('the figures of a 十二年一贯制 school (three sections)', () => {
  it('count each section\'s teachers before and after apart, where the 高中部\'s fell into the 小学部\'s after and were lost', () => {
    // Seen: a plan that moved one 小学部 英语 teacher out and one in showed the school's shortage 42 → 46,
    // while every subject of every section read unchanged in rotate explain.
    const t = school('T', 'town', { stage: 'twelve_year', primaryStudents: 600, juniorStudents: 300, seniorStudents: 300, students: 1200 });
    const r = school('R', 'rural');
    const ts = [
      teacher('p1', 'T', '语文', { teachingStage: 'primary' }),
      teacher('j1', 'T', '语文', { teachingStage: 'junior' }),
      teacher('s1', 'T', '语文', { teachingStage: 'senior' }),
      teacher('s2', 'T', '语文', { teachingStage: 'senior' }),
      teacher('r1', 'R', '语文'),
    ];
    const c = county([t, r], ts, [sectionPost('T', '语文', 2, 'primary'), sectionPost('T', '语文', 2, 'junior'), sectionPost('T', '语文', 2, 'senior'), sectionPost('R', '语文', 3, undefined)]);
    const p = policy({ 'plan.year': '2026' });
    const posts = postTable(c, p);
    const none = schoolFigures(c, p, posts, []).find((f) => f.school.id === 'T');
    // Each section has 2 posts: 小学部 1 teacher, 初中部 1, 高中部 2: shortage 1 + 1 + 0.
    expect([none?.shortageBefore, none?.shortageAfter]).toEqual([2, 2]);
    expect(none?.bySubject.get('语文')?.sections).toEqual([{ posts: 2, before: 1, after: 1 }, { posts: 2, before: 1, after: 1 }, { posts: 2, before: 0, after: 0 }]);
    const moved = schoolFigures(c, p, posts, [{ teacherId: 'p1', fromSchoolId: 'T', toSchoolId: 'R' }]).find((f) => f.school.id === 'T');
    expect([moved?.shortageBefore, moved?.shortageAfter]).toEqual([2, 3]);
    expect(moved?.bySubject.get('语文')?.sections).toEqual([{ posts: 2, before: 1, after: 2 }, { posts: 2, before: 1, after: 1 }, { posts: 2, before: 0, after: 0 }]);
  });
});
