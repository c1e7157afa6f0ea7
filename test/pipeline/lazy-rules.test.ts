/**
 * Lazy rules (HardRule.lazy, solveCounty): the first model leaves their rows out, the plan is
 * checked against them, and only a plan that breaks one is solved again with every rule's rows.
 * The plan must keep the rule either way, at the objective of a solve with the rows from the start.
 */
import { describe, expect, it } from 'vitest';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { buildModel } from '../../src/plan/build-model.js';
import { LAZY_RULES } from '../../src/rules/registry.js';
import { chooseSolver } from '../../src/solve/choose-solver.js';
import { loadHighs } from '../../src/solve/highs.js';
import type { PlanSolver } from '../../src/solve/result.js';
import { context } from '../helpers/make-county.js';
import { peCounty } from '../helpers/pe-county.js';

const clock = (): number => 0;

/** HiGHS, each model it is given recorded by whether it has cv_ceiling's rows, and whether packed. */
async function recorded(events: string[]): Promise<PlanSolver> {
  const s = chooseSolver('highs', await loadHighs());
  const packed = s.packed;
  if (!packed) throw new Error('HiGHS offers no packed solve');
  return Object.assign<PlanSolver, Pick<PlanSolver, 'packed'>>(
    (lp, o, now) => {
      events.push(lp.rows.some((r) => r.family === 'cv_ceiling') ? 'solved with cv_ceiling' : 'solved without cv_ceiling');
      return s(lp, o, now);
    },
    {
      packed: (lp, o, now) => {
        events.push('packed solved');
        return packed(lp, o, now);
      },
    },
  );
}

const ceilingOf = (r: ReturnType<typeof solveCounty>) => (r.kind === 'planned' ? r.plan.checks.find((c) => c.rule === 'cv_ceiling') : undefined);

describe('lazy rules', () => {
  it('cv_ceiling is one', () => {
    expect([...LAZY_RULES]).toEqual(['cv_ceiling']);
  });

  it('a plan that breaks one is solved again with its rows, keeps it, at the objective of the model with them from the start', async () => {
    // Without the ceiling's rows the shortage fills every PE post and the CV goes above 0.50 (cv-ceiling.test.ts).
    const sets = { 'plan.year': '2026', 'weights.indicator_spread': '0' };
    const events: string[] = [];
    const laps: string[] = [];
    const lazy = solveCounty(context(peCounty(), sets), false, clock, await recorded(events), (s) => laps.push(s), () => laps.push('solved all'));
    expect(events).toEqual(['solved without cv_ceiling', 'solved with cv_ceiling']);
    expect(laps).toEqual(['model', 'solve', 'solved all', 'assign', 'model', 'solve', 'solved all', 'assign']);
    expect(ceilingOf(lazy)).toMatchObject({ held: true, value: '1/1' });
    const eager = solveCounty(context(peCounty(), sets), false, clock, await recorded([]), undefined, undefined, undefined, new Set());
    expect(lazy.kind).toBe('planned');
    expect(eager.kind).toBe('planned');
    if (lazy.kind === 'planned' && eager.kind === 'planned') expect(lazy.solve.objective).toBeCloseTo(eager.solve.objective, 9);
  });

  it('a plan that keeps it is solved once, without its rows', async () => {
    // The threshold raised by 0.1: the plan without the ceiling's rows keeps it.
    const events: string[] = [];
    const ctx = context(peCounty(), { 'plan.year': '2026', 'weights.indicator_spread': '0', 'rules.cv_ceiling_margin': '0.1' });
    const r = solveCounty(ctx, false, clock, await recorded(events));
    expect(events).toEqual(['solved without cv_ceiling']);
    expect(ceilingOf(r)).toMatchObject({ held: true });
    const rows = (omit: string[]) => buildModel(ctx, { elastic: false, omit: new Set(omit) }).lp.rows.length;
    expect(rows([])).toBeGreaterThan(rows(['cv_ceiling']));
    expect(r.kind === 'planned' ? r.modelFigures.size.rows : -1).toBe(rows(['cv_ceiling']));
  });

  it('a lean solve that breaks one: the solver is released after each solve that returned a plan, and the plan keeps the rule', async () => {
    const events: string[] = [];
    const r = solveCounty(context(peCounty(), { 'plan.year': '2026', 'weights.indicator_spread': '0' }), false, clock, await recorded(events), (s) => events.push(s), () => events.push('solved all'), 0);
    expect(events).toEqual(['model', 'packed solved', 'solve', 'solved all', 'assign', 'model', 'packed solved', 'solve', 'solved all', 'assign']);
    expect(ceilingOf(r)).toMatchObject({ held: true, value: '1/1' });
  });
});
