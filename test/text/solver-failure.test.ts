import { describe, expect, it } from 'vitest';
import type { SolveResult } from '../../src/solve/result.js';
import { solverFailureText } from '../../src/text/solver-failure.js';

const timedOut = (solver: string, method: string): SolveResult => ({ status: 'timedout', x: [], objective: NaN, seconds: 77.2, solver, method });

describe('the lines of a solve that ran out of time', () => {
  it('point to HiGHS when javascript-lp-solver alone ran out (rotate plan c3000 --solver jslp said only: give it more time)', () => {
    const lines = solverFailureText(timedOut('javascript-lp-solver', 'stopped by the watchdog after 77.0 s (time limit 60 s)'), 60);
    expect(lines[1]).toBe('  可放宽时限再试: --time-limit 240（或 --set solver.time_limit=240）; 或改用 HiGHS: --solver highs（默认 --solver auto 对较大的模型即用 HiGHS）');
    expect(lines[3]).toBe('  try again with more time: --time-limit 240 (or --set solver.time_limit=240); or use HiGHS: --solver highs (the default, --solver auto, gives larger models to HiGHS)');
    // HiGHS itself out of time: more time is the one thing to try.
    const highs = solverFailureText(timedOut('highs', 'HiGHS branch and cut on the whole model: no solution within the time limit'), 60);
    expect(highs[1]).toBe('  可放宽时限再试: --time-limit 240（或 --set solver.time_limit=240）');
    expect(highs.join('\n')).not.toContain('--solver');
  });
});
