import { describe, expect, it } from 'vitest';
import type { School, Teacher } from '../../src/domain/types.js';
import { objectiveByTerm } from '../../src/model/lp.js';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { bookOf } from '../../src/plan/plan-book.js';
import { evaluateChange, termsOf } from '../../src/plan/plan-terms.js';
import { verifyPlan } from '../../src/plan/verify.js';
import { breakpoints } from '../../src/rules/indicator-rows.js';
import { county, context, post, school, teachers } from '../helpers/make-county.js';

/**
 * Two urban primary schools with six PE teachers each and ten 语文 teachers (four school-level
 * backbone teachers each), and two rural schools with five open PE posts between them; the quota
 * asks for four movers. Filling every open PE post pushes the primary PE-and-arts CV from 0.40 to
 * about 0.55, above its 0.50; four movers placed well keep it at 0.40.
 */
function peCounty() {
  const schools: School[] = [school('U1', 'urban', { students: 1000 }), school('U2', 'urban', { students: 1000 }), school('R1', 'rural', { students: 300 }), school('R2', 'rural', { students: 300 })];
  const ts: Teacher[] = [
    ...teachers('a', 6, 'U1', '体育').map((t, i) => ({ ...t, backbone: i === 0 ? ('school' as const) : ('none' as const) })),
    ...teachers('b', 6, 'U2', '体育').map((t, i) => ({ ...t, backbone: i === 0 ? ('school' as const) : ('none' as const) })),
    ...teachers('c', 10, 'U1', '语文').map((t, i) => ({ ...t, backbone: i < 3 ? ('school' as const) : ('none' as const) })),
    ...teachers('d', 10, 'U2', '语文').map((t, i) => ({ ...t, backbone: i < 3 ? ('school' as const) : ('none' as const) })),
    ...teachers('e', 1, 'R2', '体育', { yearsAtSchool: 1 }),
  ];
  const posts = [post('U1', '体育', 6), post('U2', '体育', 6), post('R1', '体育', 3), post('R2', '体育', 3), post('U1', '语文', 10), post('U2', '语文', 10)];
  return county(schools, ts, posts);
}

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
    const model = objectiveByTerm(r.model.lp, r.solve.x)['indicator_spread'] ?? NaN;
    // To the solver's tolerance on the continuous columns.
    expect(termsOf(bookOf(ctx, movesOf(r))).indicator_spread).toBeCloseTo(model, 4);
    expect(model).toBeGreaterThan(0);
    const none = solveCounty(context(c, { 'plan.year': '2026', 'rules.cv_ceiling': 'no', 'weights.indicator_spread': '0' }), false, () => 0);
    expect(primaryPe(r).after).toBeLessThan(primaryPe(none).after);
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
