import fc from 'fast-check';
import type { Backbone, Lock, School, Teacher } from '../../src/domain/types.js';
import { lock, post, school, teacher } from './make-county.js';

/** The subjects, backbone levels and townships of the random counties the property tests draw. */
export const SUBJECTS = ['语文', '数学', '音乐'];
export const LEVELS: Backbone[] = ['none', 'none', 'school', 'county', 'city'];
export const TOWNS = ['甲镇', '乙镇', '丙乡'];

/** A drawn school: area, weak or not, students, township (or none). */
export const SCHOOL_DRAW = fc.record({ area: fc.constantFrom('urban', 'rural', 'rural', 'town') as fc.Arbitrary<School['area']>, weak: fc.boolean(), students: fc.integer({ min: 50, max: 1500 }), town: fc.option(fc.constantFrom(...TOWNS)) });

/** A drawn teacher's fields: school (by position), subject, years there, backbone level, preferences, home township, a lock (and the school it names) and a destination in the plan drawn (or none). */
export const TEACHER_DRAW = {
      school: fc.nat(),
      subject: fc.constantFrom(...SUBJECTS),
      years: fc.integer({ min: 4, max: 20 }),
      level: fc.constantFrom(...LEVELS),
      prefs: fc.array(fc.nat(), { maxLength: 3 }),
      home: fc.option(fc.constantFrom(...TOWNS)),
      lock: fc.constantFrom('none', 'none', 'none', 'stay', 'move', 'forbid'),
      lockAt: fc.nat(),
      moveTo: fc.option(fc.nat(), { freq: 2 }),
};

/** What a random county is drawn as: schools, teachers (their school by position, wrapped), and posts around the head counts. */
export interface CountyDraw {
  schools: { area: School['area']; weak: boolean; students: number; town: string | null }[];
  teachers: { school: number; subject: string; years: number; level: Backbone; prefs: number[]; home: string | null; lock: string; lockAt: number }[];
  /** Per school and subject (three per school): posts above (or, negative, below) the teachers there. */
  posts: number[];
}

/** The schools, teachers, posts and locks of a drawn county (a forbid lock names `forbidden` schools from its own on); `at(n)` is the id of the n-th school, wrapped. */
export function drawnCounty(c: CountyDraw, forbidden = 1) {
  const ss = c.schools.map((s, i) => school(`S${i}`, s.area, { weak: s.weak, students: s.students, ...(s.town !== null ? { township: s.town } : {}) }));
  const at = (n: number): string => `S${n % ss.length}`;
  const ts: Teacher[] = c.teachers.map((t, i) =>
    teacher(`T${String(i).padStart(3, '0')}`, at(t.school), t.subject, { yearsAtSchool: t.years, backbone: t.level, preferences: t.prefs.map(at), ...(t.home !== null ? { homeTownship: t.home } : {}) }),
  );
  const ps = ss.flatMap((s, i) => SUBJECTS.map((j, k) => post(s.id, j, Math.max(0, ts.filter((t) => t.schoolId === s.id && t.subject === j).length + (c.posts[i * 3 + k] ?? 0)))));
  const locks: Lock[] = [];
  c.teachers.forEach((t, i) => {
    const id = ts[i]?.id ?? '';
    if (t.lock === 'stay') locks.push(lock(id, 'stay'));
    if (t.lock === 'move') locks.push(lock(id, 'move', at(t.lockAt)));
    if (t.lock === 'forbid') for (let k = 0; k < forbidden; k++) locks.push(lock(id, 'forbid', at(t.lockAt + k)));
  });
  return { ss, at, ts, ps, locks };
}

/** The drawn teachers' moves as placements (a teacher whose drawn destination is the own school stays): a plan, rule-abiding or not. */
export function drawnMoves(c: { teachers: readonly { moveTo: number | null }[] }, d: { ts: readonly Teacher[]; at: (n: number) => string }): { teacherId: string; fromSchoolId: string; toSchoolId: string }[] {
  return c.teachers.flatMap((t, i) => {
    const id = d.ts[i]?.id ?? '';
    const from = d.ts[i]?.schoolId ?? '';
    return t.moveTo !== null && d.at(t.moveTo) !== from ? [{ teacherId: id, fromSchoolId: from, toSchoolId: d.at(t.moveTo) }] : [];
  });
}
