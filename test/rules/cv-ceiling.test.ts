import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withSections } from '../../src/domain/teacher-sections.js';
import type { School, Teacher } from '../../src/domain/types.js';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { buildContext } from '../../src/model/context.js';
import { bookOf } from '../../src/plan/plan-book.js';
import type { PlanBook } from '../../src/rules/book.js';
import { cvCeiling } from '../../src/rules/cv-ceiling.js';
import { changedState, indicatorStates } from '../../src/rules/indicator-book.js';
import { passes, stageIndicators } from '../../src/rules/indicator-sections.js';
import { evaluateChange, termsOf } from '../../src/plan/plan-terms.js';
import { verifyPlan } from '../../src/plan/verify.js';
import { breakpoints } from '../../src/rules/indicator-rows.js';
import { county, context, policy, post, school, teacher } from '../helpers/make-county.js';
import { peCounty } from '../helpers/pe-county.js';

const movesOf = (r: ReturnType<typeof solveCounty>) => {
  if (r.kind !== 'planned') throw new Error(r.kind);
  return r.plan.moves.map((m) => ({ teacherId: m.teacher.id, fromSchoolId: m.from.id, toSchoolId: m.to.id }));
};

const primaryPe = (r: ReturnType<typeof solveCounty>) => {
  if (r.kind !== 'planned') throw new Error(r.kind);
  const e = r.plan.quality.cv.find((c) => c.stage === 'primary' && c.indicator === 'arts_pe_per_100');
  if (!e) throw new Error('no primary PE CV');
  return e;
};

describe('cv_ceiling: a CV within its threshold before the plan is not pushed above it', () => {
  const c = peCounty();
  const off = { 'plan.year': '2026', 'rules.cv_ceiling': 'no', 'weights.indicator_spread': '0' };

  it('without the rule the shortage fills every post and the CV goes above; with it the plan stops short', () => {
    const free = solveCounty(context(c, off), false, () => 0);
    const e0 = primaryPe(free);
    expect(e0.before).toBeLessThanOrEqual(0.5);
    expect(e0.after).toBeGreaterThan(0.5);
    const held = solveCounty(context(c, { 'plan.year': '2026', 'weights.indicator_spread': '0' }), false, () => 0);
    const e1 = primaryPe(held);
    expect(e1.after).toBeLessThanOrEqual(0.5);
    expect(movesOf(held).length).toBeLessThan(movesOf(free).length);
    if (held.kind !== 'planned') throw new Error(held.kind);
    expect(held.plan.checks.find((k) => k.rule === 'cv_ceiling')).toMatchObject({ held: true, value: '1/1' });
  });

  it('the verifier finds the rule broken in the plan made without it, and names the CV', () => {
    const moves = movesOf(solveCounty(context(c, off), false, () => 0));
    const check = verifyPlan(c, context(c, { 'plan.year': '2026' }).policy, moves).find((k) => k.rule === 'cv_ceiling');
    expect(check?.held).toBe(false);
    expect(check?.failures[0]?.zh).toMatch(/小学体育艺术教师 差异系数 0\.\d{3} → 0\.\d{3}, 超过 0\.5/);
  });

  it('a margin loosens it: the plan without it holds with rules.cv_ceiling_margin 0.1', () => {
    const moves = movesOf(solveCounty(context(c, off), false, () => 0));
    expect(verifyPlan(c, context(c, { 'plan.year': '2026', 'rules.cv_ceiling_margin': '0.1' }).policy, moves).find((k) => k.rule === 'cv_ceiling')?.held).toBe(true);
  });

  it('a single change that would push the CV above is said to break it, as the verifier says', () => {
    const ctx = context(c, { 'plan.year': '2026', 'weights.indicator_spread': '0' });
    const moves = movesOf(solveCounty(ctx, false, () => 0));
    const book = bookOf(ctx, moves);
    let seen = 0;
    for (const t of ctx.teachers.filter((x) => x.subject === '体育' && x.schoolId.startsWith('U') && !book.dest.has(x.id))) {
      for (const to of ['R1', 'R2']) {
        const changed = [...moves, { teacherId: t.id, fromSchoolId: t.schoolId, toSchoolId: to }];
        const broken = verifyPlan(c, ctx.policy, changed).filter((k) => !k.held).map((k) => k.rule);
        expect(evaluateChange(book, t, to).breaks.includes('cv_ceiling')).toBe(broken.includes('cv_ceiling'));
        if (broken.includes('cv_ceiling')) seen++;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('indicator_spread: the spread between schools as a soft term', () => {
  it('takes in the model the value recomputed from the plan, and a weight lowers the CVs', () => {
    const c = peCounty();
    const ctx = context(c, { 'plan.year': '2026', 'rules.cv_ceiling': 'no', 'weights.indicator_spread': '30' });
    const r = solveCounty(ctx, false, () => 0);
    if (r.kind !== 'planned') throw new Error(r.kind);
    const model = r.modelFigures.terms['indicator_spread'] ?? NaN;
    // To the solver's tolerance on the continuous columns.
    expect(termsOf(bookOf(ctx, movesOf(r))).indicator_spread).toBeCloseTo(model, 4);
    expect(model).toBeGreaterThan(0);
    const none = solveCounty(context(c, { 'plan.year': '2026', 'rules.cv_ceiling': 'no', 'weights.indicator_spread': '0' }), false, () => 0);
    // A CV the plan without the weight does not give compares as NaN, which nothing is less than.
    expect(primaryPe(r).after).toBeLessThan(primaryPe(none).after ?? Number.NaN);
  });
});

describe('breakpoints of the piecewise-linear variance', () => {
  it('are every count near the marks, then doubling steps, both ends included', () => {
    expect(breakpoints(0, 30, [10])).toEqual([0, 1, 5, 7, 8, 9, 10, 11, 12, 13, 15, 19, 27, 30]);
    expect(breakpoints(4, 4, [4])).toEqual([4]);
    const b = breakpoints(0, 200, [3, 90]);
    for (const m of [0, 1, 2, 3, 4, 5, 6, 87, 90, 93, 200]) expect(b).toContain(m);
  });
});

/**
 * The rule's `breaks` judges a change on the held indicators worked out once per plan, and skips a
 * change that moves no counted teacher. This pins it to the full recomputation it replaced: every
 * held indicator re-filtered, its state after the plan copied with the change, and the whole
 * variance recomputed before and after the change.
 */
describe('cv_ceiling: breaks, judged once per plan, is the full recomputation', () => {
  const STAGES: School['stage'][] = ['primary', 'primary', 'junior', 'nine_year'];
  const SUBJECTS = ['体育', '音乐', '语文', '数学'];
  const LEVELS: Teacher['backbone'][] = ['none', 'none', 'school', 'county', 'city'];
  const arbCase = fc.record({
    schools: fc.array(fc.record({ stage: fc.constantFrom(...STAGES), area: fc.constantFrom<School['area']>('urban', 'town', 'rural'), students: fc.integer({ min: 30, max: 1500 }), split: fc.integer({ min: 10, max: 90 }) }), { minLength: 2, maxLength: 12 }),
    teachers: fc.array(fc.record({ school: fc.nat(), subject: fc.constantFrom(...SUBJECTS), level: fc.constantFrom(...LEVELS), junior: fc.boolean(), moveTo: fc.option(fc.nat(), { freq: 3 }) }), { minLength: 4, maxLength: 60 }),
    sets: fc.constantFrom<Record<string, string>>(
      { 'indicator.cv_primary': '0.5', 'indicator.cv_junior': '0.45' },
      { 'indicator.cv_primary': '0.3', 'indicator.cv_junior': '0.3' },
      { 'indicator.cv_primary': '0.8', 'indicator.cv_junior': '0.7', 'rules.cv_ceiling_margin': '0.05' },
      { 'indicator.cv_primary': '1.2', 'indicator.cv_junior': '1' },
      { 'rules.cv_ceiling': 'no' },
    ),
  });

  /** The rule's answer as it was computed before: nothing worked out ahead. */
  function fullBreaks(book: PlanBook, t: Teacher, cur: string | undefined, next: string | undefined): boolean {
    const ctx = book.ctx;
    const p = ctx.policy;
    const gs = !p.cvCeiling ? [] : stageIndicators(ctx).filter((g) => g.total > 0 && passes(g, g.sections.map((s) => s.before), g.total)).map((g) => (p.cvCeilingMargin > 0 ? { ...g, threshold: g.threshold + p.cvCeilingMargin } : g));
    const states = indicatorStates(book);
    return gs.some((g) => {
      const st = states.find((s) => s.g.stage === g.stage && s.g.indicator === g.indicator);
      if (!st) return false;
      const c = changedState(ctx, st, t, cur, next);
      return passes(g, st.counts, st.total) && !passes(g, c.counts, c.total);
    });
  }

  it('gives the same answer for every teacher and every destination of random plans', () => {
    let judged = 0;
    let broken = 0;
    fc.assert(
      fc.property(arbCase, (c) => {
        const ss = c.schools.map((s, i) => {
          const two = s.stage === 'nine_year';
          const primary = Math.round((s.students * s.split) / 100);
          return school(`S${i}`, s.area, { stage: s.stage, students: s.students, ...(two ? { primaryStudents: primary, juniorStudents: s.students - primary } : {}) });
        });
        const at = (n: number): School => ss[n % ss.length] as School;
        const ts = c.teachers.map((x, i) => teacher(`T${String(i).padStart(3, '0')}`, at(x.school).id, x.subject, { backbone: x.level, ...(at(x.school).stage === 'nine_year' ? { teachingStage: x.junior ? 'junior' : 'primary' } : {}) }));
        const ps = ss.flatMap((s) => SUBJECTS.map((j) => post(s.id, j, 3)));
        const ctx = buildContext(withSections(county(ss, ts, ps)), policy({ 'plan.year': '2026', ...c.sets }));
        const moves = c.teachers.flatMap((x, i) => (x.moveTo !== null && at(x.moveTo).id !== ts[i]?.schoolId ? [{ teacherId: ts[i]?.id ?? '', fromSchoolId: ts[i]?.schoolId ?? '', toSchoolId: at(x.moveTo).id }] : []));
        const book = bookOf(ctx, moves);
        for (const t of ctx.teachers) {
          const cur = book.dest.get(t.id);
          for (const next of [undefined, ...ss.map((s) => s.id)]) {
            if (next === cur || next === t.schoolId) continue;
            const fast = cvCeiling.breaks?.(book, t, cur, next, 0);
            expect(fast, `${t.id} ${cur ?? '-'} → ${next ?? '-'}`).toBe(fullBreaks(book, t, cur, next));
            judged++;
            if (fast) broken++;
          }
        }
      }),
      { seed: 20261202, numRuns: 300 },
    );
    expect(judged).toBeGreaterThan(10000);
    expect(broken).toBeGreaterThan(100);
  });
});
