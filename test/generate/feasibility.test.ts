import { describe, expect, it } from 'vitest';
import type { Post, School, Teacher } from '../../src/domain/types.js';
import { buildCounty, defaultPolicy } from '../../src/generate/build-county.js';
import { checkFeasibilityHints } from '../../src/generate/feasibility-hints.js';

const policy = defaultPolicy(2026);
const src = { file: 'x.csv', row: 2 };

function school(id: string, area: School['area'], weak = false): School {
  return { id, name: id, stage: 'primary', area, students: 300, weak, source: src };
}

function teacher(id: string, schoolId: string, subject: string, more: Partial<Teacher> = {}): Teacher {
  return { id, name: id, schoolId, subject, subjectLabel: subject, yearsAtSchool: 8, gender: 'M', birthYear: 1986, backbone: 'none', title: 'intermediate', ruralYears: 0, role: 'teacher', preferences: [], source: src, ...more };
}

function post(schoolId: string, subject: string, posts: number): Post {
  return { schoolId, subject, subjectLabel: subject, posts, source: src };
}

describe('checkFeasibilityHints', () => {
  it('counts quota, vacancies and backbone supply on a hand-made county', () => {
    const teachers = [
      ...Array.from({ length: 10 }, (_, i) => teacher(`u${i}`, 'U', '语文', { backbone: i < 4 ? 'county' : 'none' })),
      teacher('x1', 'U', '语文', { yearsAtSchool: 2 }), // not eligible
      teacher('x2', 'U', '语文', { exempt: '重病' }), // exempt
      teacher('x3', 'U', '语文', { birthYear: 1970, gender: 'F' }), // 56: near retirement
      teacher('r1', 'R', '语文'),
    ];
    const posts = [post('U', '语文', 8), post('R', '语文', 3), post('R', '音乐', 2), post('W', '音乐', 1)];
    const h = checkFeasibilityHints({ schools: [school('U', 'urban'), school('R', 'rural'), school('W', 'town', true)], teachers, posts }, policy);
    expect(h).toMatchObject({
      teachers: 14,
      eligible: 11,
      quotaSchools: 1,
      quotaEligible: 10,
      quotaUpper: 1,
      countyQuota: 1,
      schoolMinimum: 1,
      vacancies: 5,
      vacanciesBySubject: { 语文: 2, 音乐: 3 },
      placeable: 2,
      eligibleBackbone: 4,
      movableBackbone: 1, // ⌊30% × 4⌋
      placeableBackbone: 2,
      backboneNeeded: 1,
    });
    expect(h.problems).toEqual(['backbone teachers movable within the caps vs the backbone share: 1 < 1.5 × 1']);
  });

  const sizes = [
    { teachers: 300, schools: 15 },
    { teachers: 800, schools: 30 },
    { teachers: 3000, schools: 120 },
  ];
  for (const size of sizes) {
    it(`holds with a 1.5× margin for ${size.teachers} teachers / ${size.schools} schools, over several seeds`, () => {
      for (const seed of [2026, 1, 2, 3, 4, 5]) {
        const c = buildCounty({ ...size, seed, lang: 'zh' });
        const h = checkFeasibilityHints(c, policy);
        expect(h.problems, `seed ${seed}`).toEqual([]);
        expect(h.quotaUpper).toBeGreaterThan(0);
        expect(h.vacancies).toBeGreaterThanOrEqual(1.5 * h.quotaUpper);
        expect(h.movableBackbone).toBeGreaterThanOrEqual(1.5 * h.backboneNeeded);
        // Most vacancies are in the scarce subjects; from 30 schools on, every scarce
        // subject of the primary curriculum has some (a 15-school county may lack one).
        const scarce = policy.scarce.reduce((a, s) => a + (h.vacanciesBySubject[s] ?? 0), 0);
        expect(scarce).toBeGreaterThan(h.vacancies / 2);
        if (size.schools >= 30) for (const s of ['音乐', '体育', '美术', '信息科技', '科学']) expect(h.vacanciesBySubject[s] ?? 0, `${s}, seed ${seed}`).toBeGreaterThan(0);
      }
    });
  }
});
