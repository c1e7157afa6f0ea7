import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { School } from '../../src/domain/types.js';
import { buildContext, type ModelContext } from '../../src/model/context.js';
import type { Placement } from '../../src/plan/assign-teachers.js';
import { explainPlan } from '../../src/plan/explain.js';
import { bookOf } from '../../src/plan/plan-book.js';
import { alternatives, LISTED, LISTED_BREAKING } from '../../src/plan/alternatives.js';
import { evaluateChange, modelPartOf, termsOf, totalOf } from '../../src/plan/plan-terms.js';
import { destinationRanking } from '../../src/plan/rank-destinations.js';
import { isLeader } from '../../src/domain/leaders.js';
import { polishPlacements } from '../../src/plan/polish.js';
import { verifyPlan } from '../../src/plan/verify.js';
import { assignTeachers } from '../../src/plan/assign-teachers.js';
import { buildModel } from '../../src/plan/build-model.js';
import { moveClasses } from '../../src/rules/allows-move.js';
import { HARD_RULES } from '../../src/rules/registry.js';
import { jslpSolver } from '../../src/solve/choose-solver.js';
import { planInProcess } from '../helpers/plan-run.js';
import { county, policy } from '../helpers/make-county.js';
import { drawnCounty, SCHOOL_DRAW, TEACHER_DRAW } from '../helpers/random-county.js';


const arbCase = fc.record({
  schools: fc.array(SCHOOL_DRAW, { minLength: 3, maxLength: 20 }),
  teachers: fc.array(
    fc.record({
      ...TEACHER_DRAW,
    }),
    { minLength: 10, maxLength: 60 },
  ),
  posts: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 60, maxLength: 60 }),
  sets: fc.constantFrom<Record<string, string>[]>({}, { 'weights.preference': '0.7', 'weights.home_township': '0.3', 'weights.priority': '0.1' }, { 'rules.direction': 'no', 'weights.home_township': '3' }, { 'weights.home_township': '30', 'weights.preference': '20' }),
  // How far the model's terms may fall (the solve's gap); set by each test.
  room: fc.constant<number>(0),
});

/** One drawn case. */
type Case = typeof arbCase extends fc.Arbitrary<infer T> ? T : never;

function build(c: Case) {
  const { ss, at, ts, ps, locks } = drawnCounty(c);
  const ctx = buildContext(county(ss, ts, ps, locks), policy(c.sets));
  // Any plan, rule-abiding or not: the polish keeps what holds and changes nothing it may not.
  const placements = c.teachers.flatMap((t, i) => {
    const id = ts[i]?.id ?? '';
    const from = ts[i]?.schoolId ?? '';
    const lockTo = ctx.moveLock.get(id)?.schoolId;
    if (lockTo !== undefined && lockTo !== from) return [{ teacherId: id, fromSchoolId: from, toSchoolId: lockTo, locked: true }];
    return t.moveTo !== null && at(t.moveTo) !== from ? [{ teacherId: id, fromSchoolId: from, toSchoolId: at(t.moveTo), locked: false }] : [];
  });
  return { ctx, placements };
}

/** Rules about a teacher's own move, which no other teacher's place changes. */
const OWN_MOVE = new Set(HARD_RULES.filter((r) => r.moveOnly === true).map((r) => r.name));

/** What explain lists for a free teacher (eligible, not a principal, not locked), or any other destination the move rules allow, holds no change that lowers the objective, keeps every rule and leaves the model's terms as they are, or lowers them by less than `room`. */
function expectNoBetterChange(ctx: ModelContext, placements: readonly Placement[], room = 0): void {
  const taken = (m: number): boolean => Math.abs(m) <= 1e-9 || (m < 0 && m > -room + 1e-6);
  const book = bookOf(ctx, placements);
  const rank = destinationRanking(book, { room: LISTED, full: LISTED_BREAKING });
  const judge = moveClasses(ctx.schools, ctx);
  const free = ctx.teachers.filter((t) => ctx.eligibility.get(t.id)?.status === 'eligible' && !isLeader(t) && !ctx.stayLock.has(t.id) && !ctx.moveLock.has(t.id));
  for (const t of free) {
    const listed = [...alternatives(book, t, rank(t)).listed.map((a) => ({ total: a.delta, terms: a.terms, breaks: a.breaks })), ...(book.dest.has(t.id) ? [evaluateChange(book, t, null)].map((e) => ({ total: e.total, terms: e.delta, breaks: e.breaks })) : [])];
    for (const a of listed) if (a.breaks.length === 0 && taken(modelPartOf(a.terms))) expect(a.total, `${t.id}: ${JSON.stringify(a)}`).toBeGreaterThanOrEqual(-1e-9);
    // Nor does any destination explain leaves unlisted, among those every move rule allows.
    const from = ctx.schoolById.get(t.schoolId);
    for (const d of ctx.schools) {
      if (!from || d.id === t.schoolId || d.id === book.dest.get(t.id) || !judge.allowsMove({ teacher: t, from, to: d })) continue;
      const e = evaluateChange(book, t, d.id);
      if (e.breaks.length === 0 && taken(modelPartOf(e.delta))) expect(e.total, `${t.id} → ${d.id}: ${JSON.stringify(e)}`).toBeGreaterThanOrEqual(-1e-9);
    }
  }
}

const idsOf = (ps: readonly { teacherId: string }[]): string[] => ps.map((p) => p.teacherId);

/** The polish of any plan, rule-abiding or not, in one drawn case: what it says it did, what it kept, and that explain then lists no better change. Counts a case that changed the plan, and one that lowered the model's terms. */
function polishOnce(c: Case, seen: { changed: number; lowered: number }): void {
  const { ctx, placements } = build(c);
  const before = termsOf(bookOf(ctx, placements));
  const held = new Map(verifyPlan(ctx.county, ctx.policy, placements).map((r) => [r.rule, r.held]));
  const out = polishPlacements(ctx, placements, c.room === 0 ? undefined : modelPartOf(before) - c.room);
  const after = termsOf(bookOf(ctx, out.placements));
  expect(totalOf(after)).toBeCloseTo(totalOf(before) - out.gain, 9);
  const fall = modelPartOf(before) - modelPartOf(after);
  if (c.room === 0) expect(fall).toBeCloseTo(0, 6);
  expect(fall).toBeGreaterThanOrEqual(-1e-6);
  expect(fall).toBeLessThanOrEqual(c.room + 1e-6);
  // What is left: how far the model's terms are above the floor.
  if (c.room > 0) expect(out.room).toBeCloseTo(c.room - fall, 6);
  if (fall > 1e-6) seen.lowered++;
  if (out.changes === 0) expect(out.placements).toEqual(placements);
  else expect(out.gain).toBeGreaterThan(0);
  // The rules' single-change checks judge a plan that keeps them all (the pipeline polishes only such a plan; see below): here, any plan, the rules that held and judge a teacher's own move still hold.
  for (const r of verifyPlan(ctx.county, ctx.policy, out.placements)) if (held.get(r.rule) === true && OWN_MOVE.has(r.rule)) expect(r.held, r.rule).toBe(true);
  // Locked, not eligible or principals: where they were.
  const fixed = ctx.teachers.filter((t) => ctx.eligibility.get(t.id)?.status !== 'eligible' || ctx.stayLock.has(t.id) || ctx.moveLock.has(t.id));
  const dest = (ps: readonly { teacherId: string; toSchoolId: string }[], id: string): string | undefined => ps.find((p) => p.teacherId === id)?.toSchoolId;
  for (const t of fixed) expect(dest(out.placements, t.id), t.id).toBe(dest(placements, t.id));
  for (const p of placements.filter((x) => x.locked)) expect(out.placements).toContainEqual(p);
  expect(new Set(idsOf(out.placements)).size).toBe(out.placements.length);
  expectNoBetterChange(ctx, out.placements, c.room - fall);
  if (out.changes > 0) seen.changed++;
}

describe('the polish after the teachers are named', () => {
  it('on any plan: lowers the objective by what it says, leaves the model terms as they are, keeps the rules on own moves that held, leaves fixed teachers alone, and explain then lists no better change', () => {
    const seen = { changed: 0, lowered: 0 };
    fc.assert(
      fc.property(arbCase, (c) => polishOnce({ ...c, room: 0 }, seen)),
      { numRuns: 600, seed: 20261204 },
    );
    // The cases must exercise the changes, not only plans left as they were.
    expect(seen.changed).toBeGreaterThan(20);
  });

  it('given a room (the gap of the solve): lowers the model terms within it, and explain then lists no better change that stays within what is left of it', () => {
    const seen = { changed: 0, lowered: 0 };
    fc.assert(
      fc.property(arbCase, fc.constantFrom(0.4, 1, 3), (c, room) => polishOnce({ ...c, room }, seen)),
      // Many runs: a change that opens one lowering the model's terms, made after the rounds that looked for them, is rare (a polish that did not look again failed at the 2,206th case of this seed).
      { numRuns: 2500, seed: 20261204 },
    );
    expect(seen.lowered).toBeGreaterThan(100);
  });
});

describe('the polish of a plan the model names', () => {
  it('keeps every rule of a plan that keeps them all, and explain then lists no better change for a free teacher', () => {
    let changed = 0;
    fc.assert(
      fc.property(arbCase, (c) => {
        // Quotas and shares a small random county seldom meets are set to nothing, and no teacher is locked to a move (a lock may break a rule); the direction, posts, caps and the rest hold.
        const { ctx } = build({ ...c, teachers: c.teachers.map((t) => (t.lock === 'move' ? { ...t, lock: 'none' } : t)), sets: { ...c.sets, 'rules.quota_share': '0', 'rules.backbone_share': '0', 'rules.max_outflow_share': '0.5', 'rules.max_backbone_outflow_share': '0.5' } });
        const model = buildModel(ctx, { elastic: false });
        const solve = jslpSolver(model.lp, { timeLimit: 10 }, () => 0);
        if (solve.status !== 'optimal') return;
        const named = assignTeachers(ctx, model, solve.x);
        if (!named.ok || verifyPlan(ctx.county, ctx.policy, named.placements).some((r) => !r.held)) return;
        const out = polishPlacements(ctx, named.placements);
        for (const r of verifyPlan(ctx.county, ctx.policy, out.placements)) expect(r.held, r.rule).toBe(true);
        expect(modelPartOf(termsOf(bookOf(ctx, out.placements)))).toBeCloseTo(modelPartOf(termsOf(bookOf(ctx, named.placements))), 6);
        expectNoBetterChange(ctx, out.placements);
        if (out.changes > 0) changed++;
      }),
      { numRuns: 200, seed: 20261205 },
    );
    // Plans the model names leave the polish something to do (ties the model cannot see).
    expect(changed).toBeGreaterThan(10);
  });
});

describe('the sample county after the polish', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rotate-polish-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists no better alternative that keeps every rule and the model terms as they are, for any free teacher, and says what the polish did', async () => {
    const { readdirSync } = await import('node:fs');
    const inputs = readdirSync('data').filter((f) => f.endsWith('.csv')).map((f) => join('data', f));
    // Without subject_cover (which came later and leaves the polish nothing to do here), the sample's model
    // ties five movers' places that a home township tells apart (measured when the polish came).
    const r = await planInProcess(inputs, join(dir, 'plan'), { sets: [{ key: 'rules.keep_subject_teachers', value: '0', file: '--set' }] });
    if (r.kind !== 'written') throw new Error(r.kind);
    const { plan, solve, summary } = r.report;
    expect(plan.polish?.changes ?? 0).toBeGreaterThan(0);
    expect(solve.method).toMatch(/then \d+ single changes? of named teachers lowered the terms' total by [\d.]+$/);
    const { explanation } = explainPlan(ctxOf(r.report), plan, false);
    const better = explanation.teachers.filter((t) => !t.move?.locked && t.alternatives.some((a) => a.delta < -1e-9 && a.breaks.length === 0 && Math.abs(modelPartOf(a.terms)) <= 1e-9));
    expect(better.map((t) => t.id)).toEqual([]);
    // The model's total is at the plan, not above its bound.
    const o = summary.objective;
    expect(o.bound).not.toBeNull();
    expect(o.model_total).toBeGreaterThanOrEqual((o.bound ?? 0) - 1e-6);
    expect(o.terms_total).toBeCloseTo(explanation.total, 6);
  });
});

function ctxOf(report: { county: Parameters<typeof buildContext>[0]; policy: Parameters<typeof buildContext>[1] }) {
  return buildContext(report.county, report.policy);
}
