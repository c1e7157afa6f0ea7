import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTwoWay } from '../../src/domain/direction.js';
import { isLeader } from '../../src/domain/leaders.js';
import { arrivalPlaceOf, buildContext, postsAt, teachersOf } from '../../src/model/context.js';
import { assignTeachers } from '../../src/plan/assign-teachers.js';
import { buildModel } from '../../src/plan/build-model.js';
import { bookOf } from '../../src/plan/plan-book.js';
import { evaluateChange, modelPartOf } from '../../src/plan/plan-terms.js';
import { verifyPlan } from '../../src/plan/verify.js';
import { jslpSolver } from '../../src/solve/choose-solver.js';
import { county, policy } from '../helpers/make-county.js';
import { drawnCounty, SCHOOL_DRAW, TEACHER_DRAW } from '../helpers/random-county.js';

const arbCase = fc.record({
  schools: fc.array(SCHOOL_DRAW, { minLength: 3, maxLength: 12 }),
  teachers: fc.array(fc.record({ ...TEACHER_DRAW }), { minLength: 10, maxLength: 40 }),
  posts: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 60, maxLength: 60 }),
});

/**
 * The counting model offers every plan the rules allow that is one change away from its optimum,
 * but one kind: a 跟岗交流 into a place that has more teachers than posts in the subject before the
 * plan. The rules allow it when the school sends out enough; the model opens no place there
 * (src/model/columns.ts). Widening it for them was measured and left out (README, explain).
 */
describe('the counting model against the rules', () => {
  it('leaves no single change that keeps every rule and lowers the model terms of a plan at its proven optimum, but a 跟岗交流 into a place over its posts', () => {
    let solved = 0;
    fc.assert(
      fc.property(arbCase, (c) => {
        // Quotas and shares a small random county seldom meets are set to nothing; no teacher is locked to a move.
        const { ss, ts, ps, locks } = drawnCounty({ ...c, teachers: c.teachers.map((t) => (t.lock === 'move' ? { ...t, lock: 'none' } : t)) });
        const ctx = buildContext(county(ss, ts, ps, locks), policy({ 'rules.quota_share': '0', 'rules.backbone_share': '0', 'rules.max_outflow_share': '0.5', 'rules.max_backbone_outflow_share': '0.5' }));
        const model = buildModel(ctx, { elastic: false });
        const solve = jslpSolver(model.lp, { timeLimit: 10 }, () => 0);
        if (solve.status !== 'optimal') return;
        const named = assignTeachers(ctx, model, solve.x);
        if (!named.ok || verifyPlan(ctx.county, ctx.policy, named.placements).some((r) => !r.held)) return;
        solved++;
        const book = bookOf(ctx, named.placements);
        const free = ctx.teachers.filter((t) => ctx.eligibility.get(t.id)?.status === 'eligible' && !isLeader(t) && !ctx.stayLock.has(t.id) && !ctx.moveLock.has(t.id));
        const lower: string[] = [];
        for (const t of free) {
          const from = ctx.schoolById.get(t.schoolId);
          for (const to of [undefined, ...ctx.schools]) {
            if (!from || to?.id === t.schoolId) continue;
            const e = evaluateChange(book, t, to?.id ?? null);
            if (e.breaks.length > 0 || modelPartOf(e.delta) >= -1e-6) continue;
            const place = to ? arrivalPlaceOf(ctx, t, to) : undefined;
            const overPosts = to !== undefined && place !== undefined && isTwoWay(from, to, ctx.policy) && teachersOf(ctx, place, t.subject) > postsAt(ctx, place, t.subject);
            if (!overPosts) lower.push(`${t.id} ${t.schoolId} → ${to?.id ?? 'stays'}: ${modelPartOf(e.delta).toFixed(2)}`);
          }
        }
        expect(lower).toEqual([]);
      }),
      { numRuns: 250, seed: 20261206 },
    );
    expect(solved).toBeGreaterThan(100);
  });
});
