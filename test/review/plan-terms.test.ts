import { describe, expect, it } from 'vitest';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { bookOf, bookOfMoves, moveIdsOf } from '../../src/plan/plan-book.js';
import { evaluateChange, rankTotals, termsOf, totalOf } from '../../src/plan/plan-terms.js';
import { TERM_NAMES } from '../../src/rules/registry.js';
import { verifyPlan } from '../../src/plan/verify.js';
import { ctxOf, smallCounty } from './helpers.js';

const clock = () => 0;

describe('objective terms recomputed from a plan', () => {
  it('equal the model\'s terms at the solution, and a single change equals a full recompute and the verifier', async () => {
    const county = await smallCounty();
    const cases: Record<string, string>[] = [{}, { 'weights.moves': '4' }, { 'rules.direction': 'no' }];
    for (const sets of cases) {
      const ctx = ctxOf(county, sets);
      const r = solveCounty(ctx, false, clock);
      if (r.kind !== 'planned') throw new Error(r.kind);
      const moves = r.plan.moves.map((m) => ({ teacherId: m.teacher.id, fromSchoolId: m.from.id, toSchoolId: m.to.id }));
      const book = bookOf(ctx, moves);
      const terms = termsOf(book);
      const model = { ...r.modelFigures.terms, ...r.plan.stageTwo } as Record<string, number>;
      for (const k of TERM_NAMES) expect(terms[k], k).toBeCloseTo(model[k] ?? 0, 6);
      let checked = 0;
      for (const t of ctx.teachers.filter((x) => ctx.eligibility.get(x.id)?.status === 'eligible')) {
        const dests = ctx.schools.map((s) => s.id).filter((s) => s !== t.schoolId && s !== book.dest.get(t.id));
        rankTotals(book, t, dests).forEach((total, i) => expect(total, `${t.id}→${dests[i]}`).toBeCloseTo(evaluateChange(book, t, dests[i] ?? null).total, 9));
        for (const to of [null, ...ctx.schools.map((s) => s.id).filter((s) => s !== t.schoolId)]) {
          const e = evaluateChange(book, t, to);
          const changed = moves.filter((m) => m.teacherId !== t.id);
          if (to !== null) changed.push({ teacherId: t.id, fromSchoolId: t.schoolId, toSchoolId: to });
          if (to === (book.dest.get(t.id) ?? null)) continue;
          const full = termsOf(bookOf(ctx, changed));
          for (const k of TERM_NAMES) expect(e.delta[k], `${t.id}→${to} ${k}`).toBeCloseTo(full[k] - terms[k], 6);
          expect(e.total).toBeCloseTo(totalOf(full) - totalOf(terms), 6);
          const failing = verifyPlan(ctx.county, ctx.policy, changed).filter((c) => !c.held).map((c) => c.rule).sort();
          expect([...e.breaks].sort(), `${t.id}→${to}`).toEqual(failing);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(100);
    }
  });

  it('keeps the book its plan was built with: explanations read it, the same as one made again from the moves', async () => {
    const county = await smallCounty();
    const ctx = ctxOf(county, {});
    const r = solveCounty(ctx, false, clock);
    if (r.kind !== 'planned') throw new Error(r.kind);
    const kept = bookOfMoves(ctx, r.plan.moves);
    expect(bookOfMoves(ctx, r.plan.moves)).toBe(kept);
    const again = bookOf(ctx, moveIdsOf(r.plan.moves));
    expect([...kept.dest]).toEqual([...again.dest]);
    expect(termsOf(kept)).toEqual(termsOf(again));
    // Another context, or another list of the same moves, gets a book of its own.
    expect(bookOfMoves(ctxOf(county, {}), r.plan.moves)).not.toBe(kept);
    expect(bookOfMoves(ctx, [...r.plan.moves])).not.toBe(kept);
  });

  it('with a baseline: its term is the model\'s, a plan against its own baseline is the same plan, and a weight change moves less', async () => {
    const county = await smallCounty();
    const first = solveCounty(ctxOf(county), false, clock);
    if (first.kind !== 'planned') throw new Error(first.kind);
    const baseline = new Map(first.plan.moves.map((m) => [m.teacher.id, m.to.id]));
    const again = solveCounty(ctxOf(county, {}, baseline), false, clock);
    if (again.kind !== 'planned') throw new Error(again.kind);
    expect(again.plan.moves.map((m) => `${m.teacher.id}>${m.to.id}`)).toEqual(first.plan.moves.map((m) => `${m.teacher.id}>${m.to.id}`));
    const churn = (sets: Record<string, string>, b: Map<string, string>) => {
      const ctx = ctxOf(county, sets, b);
      const r = solveCounty(ctx, false, clock);
      if (r.kind !== 'planned') throw new Error(r.kind);
      const moves = r.plan.moves.map((m) => ({ teacherId: m.teacher.id, fromSchoolId: m.from.id, toSchoolId: m.to.id }));
      const book = bookOf(ctx, moves);
      const terms = termsOf(book);
      const model = r.modelFigures.terms;
      for (const t of ctx.teachers.filter((x) => ctx.eligibility.get(x.id)?.status === 'eligible')) {
        const dests = ctx.schools.map((s) => s.id).filter((s) => s !== t.schoolId && s !== book.dest.get(t.id));
        rankTotals(book, t, dests).forEach((total, i) => expect(total).toBeCloseTo(evaluateChange(book, t, dests[i] ?? null).total, 9));
      }
      expect(terms.baseline).toBeCloseTo(model['baseline'] ?? 0, 6);
      return moves.filter((m) => baseline.get(m.teacherId) !== m.toSchoolId).length + [...baseline.keys()].filter((id) => !moves.some((m) => m.teacherId === id)).length;
    };
    expect(churn({ 'weights.moves': '12' }, baseline)).toBeLessThanOrEqual(churn({ 'weights.moves': '12' }, new Map()));
    expect(churn({ 'weights.moves': '12', 'weights.baseline': '50' }, baseline)).toBe(0);
  });
});
