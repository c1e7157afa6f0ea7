/**
 * The benchmark's single run (dist/bench/plan-once.js) with the comparisons: the least shortage
 * any rule-abiding plan reaches is found (it was null on every county while the plan left its lazy
 * rules' rows out of the model it named teachers against), and the plan's own shortage is no less.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

describe('bench: one run with the comparisons', () => {
  it('finds the least shortage a plan can reach, at or below the plan\'s own', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'rotate-bench-once-')), 'county');
    const gen = spawnSync(process.execPath, [join(ROOT, 'bin/rotate.js'), 'generate', dir, '--teachers', '300', '--schools', '15', '--seed', '1'], { encoding: 'utf8' });
    expect(gen.status, gen.stderr).toBe(0);
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/bench/plan-once.js'), dir, 'auto', 'yes', 'plan.year=2026'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as { leastShortage: number | null; shortageAfter: number; shortageBefore: number };
    expect(typeof result.leastShortage).toBe('number');
    expect(result.leastShortage).toBeLessThanOrEqual(result.shortageAfter);
    expect(result.leastShortage).toBeLessThan(result.shortageBefore);
  }, 60_000);
});
