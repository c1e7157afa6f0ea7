import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Backbone, School, Stage, Teacher } from '../../src/domain/types.js';
import { groundPlan } from '../../src/plan/build-plan.js';
import { qualityFigures } from '../../src/plan/quality.js';
import { schoolFigures } from '../../src/plan/school-figures.js';
import { verifyPlan, type MoveIds } from '../../src/plan/verify.js';
import { context, county, policy, post, school, teacher } from '../helpers/make-county.js';

const SUBJECTS = ['语文', '数学', '音乐', '体育'];
const STAGES: Stage[] = ['primary', 'junior', 'nine_year', 'complete'];
const LEVELS: Backbone[] = ['none', 'none', 'school', 'county', 'city'];

/** A random small county with two-section schools, principals and teachers given or not given a teaching stage. */
const arbCounty = fc
  .record({
    schools: fc.array(fc.record({ area: fc.constantFrom<School['area']>('urban', 'town', 'rural'), stage: fc.constantFrom(...STAGES), students: fc.integer({ min: 0, max: 1500 }) }), { minLength: 2, maxLength: 6 }),
    teachers: fc.array(fc.record({ school: fc.nat(), subject: fc.constantFrom(...SUBJECTS), years: fc.integer({ min: 0, max: 15 }), level: fc.constantFrom(...LEVELS), staged: fc.boolean(), principal: fc.boolean() }), { minLength: 1, maxLength: 50 }),
  })
  .map(({ schools, teachers }) => {
    const ss = schools.map((s, i) => school(`S${i}`, s.area, { stage: s.stage, students: s.students, ...(s.stage === 'nine_year' && { primaryStudents: Math.floor(s.students / 2), juniorStudents: s.students - Math.floor(s.students / 2) }) }));
    const ts: Teacher[] = teachers.map((t, i) => {
      const s = ss[t.school % ss.length] as School;
      const two = s.stage === 'nine_year' || s.stage === 'complete';
      return teacher(`T${String(i).padStart(3, '0')}`, s.id, t.subject, {
        yearsAtSchool: t.years,
        backbone: t.level,
        ...(two && t.staged && { teachingStage: s.stage === 'nine_year' ? 'junior' : 'senior' }),
        ...(t.principal && i % 9 === 0 && { role: 'principal' }),
      });
    });
    return county(ss, ts, ss.flatMap((s) => SUBJECTS.map((j) => post(s.id, j, 2))));
  });

/** Moves of random teachers to random schools of the county (some to their own school's neighbours, some by unknown ids). */
const movesIn = (n: number, picks: readonly [number, number][], c: ReturnType<typeof county>): MoveIds[] =>
  picks.slice(0, n).map(([ti, si]) => {
    const t = c.teachers[ti % c.teachers.length] as Teacher;
    const to = c.schools[si % (c.schools.length + 1)];
    return { teacherId: t.id, fromSchoolId: t.schoolId, toSchoolId: to?.id ?? 'NOWHERE' };
  });

const arbPicks = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 0, maxLength: 12 });

/**
 * What the county alone gives (every teacher's eligibility, the counts before the plan) is worked
 * out once per county and kept; each plan's figures and checks add its own moves to it. Several
 * plans of one county, one after another, must each come out as if it were the county's first,
 * and so must a plan figured after the ground was worked out ahead (as while the solver works).
 */
describe('the county side of the figures and checks, worked out once', () => {
  it('each plan of a county comes out as if figured on a fresh copy of the county', () => {
    fc.assert(
      fc.property(arbCounty, arbPicks, arbPicks, fc.boolean(), (c, a, b, ahead) => {
        const p = policy({ 'plan.year': '2026' });
        const ctx = context(c, { 'plan.year': '2026' });
        if (ahead) groundPlan(ctx);
        const first = movesIn(a.length, a, c);
        const second = movesIn(b.length, b, c);
        const figures = (cc: typeof c, moves: MoveIds[]) => ({
          checks: verifyPlan(cc, p, moves),
          schools: schoolFigures(cc, p, ctx.posts, moves),
          quality: qualityFigures(cc, p, moves),
        });
        const one = figures(ctx.county, first);
        const two = figures(ctx.county, second);
        expect(figures(structuredClone(ctx.county), first)).toEqual(one);
        expect(figures(structuredClone(ctx.county), second)).toEqual(two);
        // And the first plan again, after the second: nothing of a plan stays behind.
        expect(figures(ctx.county, first)).toEqual(one);
      }),
      { seed: 20261203, numRuns: 150 },
    );
  });
});
