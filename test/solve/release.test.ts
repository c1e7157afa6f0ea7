import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildModel } from '../../src/plan/build-model.js';
import { runGenerate } from '../../src/generate/write-county.js';
import { loadCounty } from '../../src/schema/load-county.js';
import { context } from '../helpers/make-county.js';
// The compiled build: the solver thread needs the .js files (`npm test` compiles first).
import { compiled } from '../helpers/compiled.js';

const { chooseSolver } = await compiled<typeof import('../../src/solve/choose-solver.js')>('solve/choose-solver.js');

async function model() {
  const dir = mkdtempSync(join(tmpdir(), 'rotate-release-'));
  const paths = await runGenerate(dir, { teachers: 300, schools: 15, seed: 4, lang: 'en', encoding: 'utf8' });
  const loaded = await loadCounty(paths);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues.slice(0, 3)));
  return buildModel(context(loaded.value), { elastic: false }).lp;
}

describe('releasing a solver', () => {
  it('ends its thread without breaking it: a solve after the release starts afresh and gives the same answer', async () => {
    const lp = await model();
    const now = () => performance.now();
    for (const name of ['jslp', 'highs'] as const) {
      const solver = chooseSolver(name, undefined, true);
      const before = solver(lp, { timeLimit: 30 }, now);
      expect(['optimal', 'feasible']).toContain(before.status);
      solver.release();
      solver.release();
      const after = solver(lp, { timeLimit: 30 }, now);
      expect(after.status).toBe(before.status);
      expect(after.objective).toBeCloseTo(before.objective, 6);
      solver.release();
    }
  });
});
