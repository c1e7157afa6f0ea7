/**
 * The run's solver holds its thread and HiGHS's memory until released: runPlan releases it once,
 * after its last solve (the plan without its locks is one, when there are locks) and before the
 * plan folder is written, and also when a run stops early. solveCounty says when it has made its
 * last solve, before the teachers are named.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { jslpSolver } from '../../src/solve/choose-solver.js';
import type { ModelSolver, Releasable, ReleasableSolver } from '../../src/solve/result.js';
import { context, county, post, school, teachers } from '../helpers/make-county.js';
import { planInProcess } from '../helpers/plan-run.js';

const BASE = 'test/fixtures/adversarial/_base';
const COUNTY = ['base-schools.csv', 'base-teachers.csv', 'base-posts.csv'].map((f) => join(BASE, f));
/**
 * With its retiring teachers counted out, this county's first plan pushes a CV over its ceiling and
 * the lazy rule's rows bring a second solve, the solver released after each (solve-county.ts): kept
 * counted here, so that the runs have the one solve these tests are about.
 */
const ONE_SOLVE = { sets: [{ key: 'eligibility.retirees_leave', value: 'no', file: '--set' }] };

/** A solver that records each solve and each release, and whether the plan folder existed at the release. */
function recording(out: string) {
  const events: string[] = [];
  const solver: ReleasableSolver = Object.assign<ModelSolver, Releasable>(
    (lp, opts, now) => {
      events.push('solve');
      return jslpSolver(lp, opts, now);
    },
    { release: () => events.push(existsSync(out) ? 'release after the write' : 'release') },
  );
  return { solver, events };
}

const outDir = (): string => join(mkdtempSync(join(tmpdir(), 'rotate-release-')), 'plan');

/** A locks file keeping one teacher who would otherwise be free to go. */
function locksFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'rotate-release-locks-')), 'locks.csv');
  writeFileSync(path, 'teacher_id,action,school_id\nT0002,stay,\n');
  return path;
}

describe('the solver is released after the last solve', () => {
  it('with locks: after the last solve (the plan without them, then the plan with them where they bind), once, before the folder is written', async () => {
    const out = outDir();
    const { solver, events } = recording(out);
    const outcome = await planInProcess([...COUNTY, locksFile()], out, ONE_SOLVE, { solver });
    expect(outcome.kind).toBe('written');
    if (outcome.kind !== 'written') return;
    expect(outcome.report.locks.against?.reference).toBe('unlocked');
    // The plan without the locks keeps this stay lock (unlocked-first.ts): one solve, then the release.
    expect(events.filter((e) => e === 'solve').length).toBeGreaterThanOrEqual(1);
    expect(events.at(-1)).toBe('release');
    expect(events.filter((e) => e.startsWith('release'))).toEqual(['release']);
    expect(existsSync(join(out, 'summary.json'))).toBe(true);
  });

  it('without locks: after the one solve, once', async () => {
    const out = outDir();
    const { solver, events } = recording(out);
    const outcome = await planInProcess(COUNTY, out, ONE_SOLVE, { solver });
    expect(outcome.kind).toBe('written');
    expect(events).toEqual(['solve', 'release']);
  });

  it('a run that stops before solving releases it too', async () => {
    const out = outDir();
    const { solver, events } = recording(out);
    const outcome = await planInProcess([...COUNTY, 'test/fixtures/adversarial/contradictory-locks/locks-contradict.csv'], out, {}, { solver });
    expect(outcome.kind).not.toBe('written');
    expect(events).toEqual(['release']);
    expect(existsSync(out)).toBe(false);
  });
});

describe('solveCounty tells when it has made its last solve', () => {
  const clock = () => 0;
  /** Records each call of the solver and each stage's end (the lap); the teachers are named in the stage assign. */
  function traced() {
    const events: string[] = [];
    const solver: ModelSolver = (lp, opts, now) => {
      events.push('solver called');
      return jslpSolver(lp, opts, now);
    };
    return { events, solver, lap: (stage: string) => events.push(stage), solvedAll: () => events.push('solved all') };
  }
  const plannable = () => county([school('U1', 'urban'), school('R1', 'rural')], [...teachers('a', 10, 'U1', '语文', { yearsAtSchool: 12 }), ...teachers('b', 10, 'U1', '数学')], [post('U1', '语文', 10), post('U1', '数学', 10), post('R1', '语文', 1), post('R1', '数学', 1)]);
  /** Two town schools with many eligible teachers but few backbone teachers: the backbone share cannot be met. */
  const conflicting = () =>
    county([school('S1', 'urban'), school('S2', 'town'), school('R1', 'rural')], [...teachers('A', 30, 'S1', '语文'), ...teachers('AB', 2, 'S1', '语文', { backbone: 'county' }), ...teachers('B', 30, 'S2', '数学'), ...teachers('BB', 1, 'S2', '数学', { backbone: 'city' })], [post('S1', '语文', 32), post('S2', '数学', 31), post('R1', '语文', 20), post('R1', '数学', 20)]);

  it('after the one solve, before the teachers are named', () => {
    const t = traced();
    const r = solveCounty(context(plannable(), { 'rules.backbone_share': '0' }), false, clock, t.solver, t.lap, t.solvedAll);
    expect(r.kind).toBe('planned');
    expect(t.events).toEqual(['model', 'solver called', 'solve', 'solved all', 'assign']);
  });

  it('relaxed: after the diagnosis\'s solves, before the closest plan\'s teachers are named', () => {
    const t = traced();
    const r = solveCounty(context(conflicting()), true, clock, t.solver, t.lap, t.solvedAll);
    expect(r.kind).toBe('planned');
    expect(t.events.filter((e) => e === 'solver called').length).toBeGreaterThan(2);
    expect(t.events.slice(t.events.indexOf('solved all'))).toEqual(['solved all', 'assign']);
    expect(t.events.filter((e) => e === 'solved all')).toHaveLength(1);
  });

  it('not at all when no plan is named (the caller releases the solver when the run ends)', () => {
    const t = traced();
    const r = solveCounty(context(conflicting()), false, clock, t.solver, t.lap, t.solvedAll);
    expect(r.kind).toBe('infeasible');
    expect(t.events).not.toContain('solved all');
  });
});
