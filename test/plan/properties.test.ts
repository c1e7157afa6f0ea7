import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import type { Backbone, School, Teacher } from '../../src/domain/types.js';
import { verifyPlan } from '../../src/plan/verify.js';
import { context, county, policy, post, school, teacher } from '../helpers/make-county.js';

const SUBJECTS = ['语文', '数学', '音乐', '体育'];
const AREAS: School['area'][] = ['urban', 'town', 'rural'];
const LEVELS: Backbone[] = ['none', 'none', 'none', 'school', 'county', 'city'];

/** A random small county: schools of every kind, teachers with random years and backbone levels, posts around them. */
const arbCounty = fc
  .record({
    schools: fc.array(fc.record({ area: fc.constantFrom(...AREAS), weak: fc.boolean(), students: fc.integer({ min: 50, max: 2000 }) }), { minLength: 2, maxLength: 7 }),
    teachers: fc.array(fc.record({ school: fc.nat(), subject: fc.constantFrom(...SUBJECTS), years: fc.integer({ min: 0, max: 20 }), level: fc.constantFrom(...LEVELS), exempt: fc.boolean() }), { minLength: 1, maxLength: 80 }),
    posts: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 28, maxLength: 28 }),
  })
  .map(({ schools, teachers, posts }) => {
    const ss = schools.map((s, i) => school(`S${i}`, s.area, { weak: s.weak, students: s.students }));
    const ts: Teacher[] = teachers.map((t, i) =>
      teacher(`T${String(i).padStart(3, '0')}`, `S${t.school % ss.length}`, t.subject, { yearsAtSchool: t.years, backbone: t.level, ...(t.exempt && i % 7 === 0 ? { exempt: '重病' } : {}) }),
    );
    const ps = ss.flatMap((s, i) =>
      SUBJECTS.map((j, k) => {
        const have = ts.filter((t) => t.schoolId === s.id && t.subject === j).length;
        return post(s.id, j, Math.max(0, have + (posts[(i * 4 + k) % posts.length] ?? 0)));
      }),
    );
    return county(ss, ts, ps);
  });

const clock = () => 0;
const movesOf = (r: ReturnType<typeof solveCounty>) => (r.kind === 'planned' ? r.plan.moves.map((m) => `${m.teacher.id}>${m.to.id}`).sort() : r.kind);

describe('seeded properties', () => {
  it('a plan is always written or refused with a diagnosis; a written plan keeps every hard rule', () => {
    fc.assert(
      fc.property(arbCounty, fc.boolean(), (c, relax) => {
        const r = solveCounty(context(c), relax, clock);
        expect(['planned', 'infeasible']).toContain(r.kind);
        if (r.kind === 'planned') {
          const checks = verifyPlan(c, policy(), r.plan.moves.map((m) => ({ teacherId: m.teacher.id, fromSchoolId: m.from.id, toSchoolId: m.to.id })));
          for (const ch of checks) expect(ch.held || (r.relaxed && ch.relaxable), ch.rule).toBe(true);
        }
        if (r.kind === 'infeasible') expect(r.conflicts.length).toBeGreaterThan(0);
      }),
      { seed: 20261122, numRuns: 120 },
    );
  });

  it('shuffling the input rows changes nothing', () => {
    fc.assert(
      fc.property(arbCounty, fc.integer(), (c, seed) => {
        const shuffled = { ...c, schools: shuffle(c.schools, seed), teachers: shuffle(c.teachers, seed + 1), posts: shuffle(c.posts ?? [], seed + 2) };
        expect(movesOf(solveCounty(context(shuffled), true, clock))).toEqual(movesOf(solveCounty(context(c), true, clock)));
      }),
      { seed: 7, numRuns: 60 },
    );
  });

  it('adding an ineligible teacher where nothing can depend on it changes no move', () => {
    fc.assert(
      fc.property(arbCounty, (c) => {
        // A school with no eligible teacher sends nobody, so its head count bounds nothing; a subject
        // without posts has no shortage; a teacher without backbone level counts in no indicator.
        const p = policy();
        const quiet = c.schools.find((s) => !c.teachers.some((t) => t.schoolId === s.id && t.yearsAtSchool >= p.minYears && !t.exempt));
        if (!quiet) return;
        const extra = teacher('ZZZ', quiet.id, '劳动', { yearsAtSchool: 1 });
        const a = solveCounty(context(c), true, clock);
        const b = solveCounty(context({ ...c, teachers: [...c.teachers, extra] }), true, clock);
        expect(movesOf(b)).toEqual(movesOf(a));
      }),
      { seed: 11, numRuns: 60 },
    );
  });
});

function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const a = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1664525 + 1013904223) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}
