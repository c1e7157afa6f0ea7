import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { COMPILE_TASKS_FLAG, compileTasks, loadHighs } from '../../src/solve/highs.js';

/**
 * V8 optimises HiGHS's WebAssembly in background tasks while a solve runs; one core is left to the
 * solve (on a 2-core machine the default, four at once, took the solve's core: a 300-teacher
 * county planned in 2.3–3.1 s with it and 1.4–1.7 s with one; see compileTasks).
 */
describe('HiGHS compile tasks', () => {
  it('leave one core to the solve, and there is always at least one', () => {
    // [cores, tasks]
    const cases: [number, number][] = [[1, 1], [2, 1], [4, 3], [16, 15]];
    expect(cases.map(([cores]) => compileTasks(cores))).toEqual(cases.map(([, tasks]) => tasks));
  });

  it("is a flag this Node's V8 knows (an unknown one would print an error line on every run)", () => {
    const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    expect(options).toContain(`  ${COMPILE_TASKS_FLAG} (`);
  });

  it('HiGHS loads and solves with the setting made', async () => {
    const h = await loadHighs();
    expect(h.solve('Maximize\n obj: x + y\nSubject To\n c: x + 2 y <= 4\nBounds\n 0 <= x <= 3\nEnd\n').ObjectiveValue).toBe(3.5);
  });
});
