/**
 * The run's solver holds its thread and HiGHS's memory until released: runPlan releases it once,
 * after its last solve (the plan without its locks is one, when there are locks) and before the
 * plan folder is written, and also when a run stops early.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jslpSolver } from '../../src/solve/choose-solver.js';
import type { ReleasableSolver } from '../../src/solve/result.js';
import { planInProcess } from '../helpers/plan-run.js';

const BASE = 'test/fixtures/adversarial/_base';
const COUNTY = ['base-schools.csv', 'base-teachers.csv', 'base-posts.csv'].map((f) => join(BASE, f));

/** A solver that records each solve and each release, and whether the plan folder existed at the release. */
function recording(out: string) {
  const events: string[] = [];
  const solver: ReleasableSolver = Object.assign<ReleasableSolver, Pick<ReleasableSolver, 'release'>>(
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
  it('with locks: after the solve of the plan without them, once, before the folder is written', async () => {
    const out = outDir();
    const { solver, events } = recording(out);
    const outcome = await planInProcess([...COUNTY, locksFile()], out, {}, { solver });
    expect(outcome.kind).toBe('written');
    if (outcome.kind !== 'written') return;
    expect(outcome.report.locks.against?.reference).toBe('unlocked');
    expect(events.filter((e) => e === 'solve').length).toBeGreaterThanOrEqual(2);
    expect(events.at(-1)).toBe('release');
    expect(events.filter((e) => e.startsWith('release'))).toEqual(['release']);
    expect(existsSync(join(out, 'summary.json'))).toBe(true);
  });

  it('without locks: after the one solve, once', async () => {
    const out = outDir();
    const { solver, events } = recording(out);
    const outcome = await planInProcess(COUNTY, out, {}, { solver });
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
