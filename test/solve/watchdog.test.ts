import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/plan/build-model.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGenerate } from '../../src/generate/write-county.js';
import { loadCounty } from '../../src/schema/load-county.js';
import { context } from '../helpers/make-county.js';
// The compiled build: the watchdog runs the solver in a worker thread, which needs the .js files
// (`npm test` compiles first).
import { compiled } from '../helpers/compiled.js';
// From the sources the worker's file is not there: the solve runs in this thread.
import { guardedSolver as guardedFromSources } from '../../src/solve/guarded-solver.js';
import type { SolveResult } from '../../src/solve/result.js';

const { guardedSolver } = await compiled<typeof import('../../src/solve/guarded-solver.js')>('solve/guarded-solver.js');
const { solveModel } = await compiled<typeof import('../../src/solve/solve-model.js')>('solve/solve-model.js');

async function model(teachers: number, schools: number) {
  const dir = mkdtempSync(join(tmpdir(), 'rotate-watchdog-'));
  const paths = await runGenerate(dir, { teachers, schools, seed: 9, lang: 'en', encoding: 'utf8' });
  const loaded = await loadCounty(paths);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues.slice(0, 3)));
  return buildModel(context(loaded.value), { elastic: false }).lp;
}

describe('the solver watchdog', () => {
  it('returns the worker\'s answer when it comes in time', async () => {
    const lp = await model(300, 15);
    const r = guardedSolver(solveModel)(lp, { timeLimit: 30 }, () => performance.now());
    expect(['optimal', 'feasible']).toContain(r.status);
    expect(r.x.length).toBe(lp.vars.length);
  });

  it("runs the caller's work once while the worker solves, and keeps it out of the message", async () => {
    const lp = await model(300, 15);
    let calls = 0;
    // A function in the options sent to the worker could not be cloned: the solve would throw.
    const r = guardedSolver(solveModel)(lp, { timeLimit: 30, whileSolving: () => void calls++ }, () => performance.now());
    expect(['optimal', 'feasible']).toContain(r.status);
    expect(calls).toBe(1);
  });

  it("does the caller's work first where the solve runs in this thread", () => {
    const events: string[] = [];
    const inline = (): SolveResult => {
      events.push('solve');
      return { status: 'failed', x: [], objective: NaN, seconds: 0, solver: 'test', method: 'test' };
    };
    guardedFromSources(inline)({ vars: [], rows: [], constants: {} } as never, { timeLimit: 1, whileSolving: () => events.push('caller') }, () => 0);
    expect(events).toEqual(['caller', 'solve']);
  });

  it('stops a solver that runs past its limit and says so', async () => {
    const lp = await model(3000, 120);
    const t0 = performance.now();
    const r = guardedSolver(solveModel, () => 0.2)(lp, { timeLimit: 0.05 }, () => performance.now());
    expect(r.status).toBe('timedout');
    expect(r.method).toMatch(/watchdog/);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
