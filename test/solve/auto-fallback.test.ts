import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/generate/write-county.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');

describe('--solver auto', () => {
  it('hands a county whose LP relaxation is not whole to HiGHS, never after a timed branch and bound', async () => {
    // Measured: javascript-lp-solver 1.0.3 gave no plan for this county in 90 s (--solver jslp
    // --time-limit 90) before the stage rule; under auto it now never runs branch and bound, so a
    // plan cannot depend on how far a timed search got on a busy machine.
    const root = mkdtempSync(join(tmpdir(), 'rotate-stall-'));
    const paths = await runGenerate(join(root, 'in'), { teachers: 1500, schools: 60, seed: 12, lang: 'zh', encoding: 'utf8' });
    const r = spawnSync(process.execPath, [BIN, 'plan', ...paths, '-o', join(root, 'plan'), '-q'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const s = JSON.parse(readFileSync(join(root, 'plan', 'summary.json'), 'utf8')) as { solver: { name: string; method: string }; rules: { held: boolean }[] };
    expect(s.solver.name).toBe('highs');
    expect(s.solver.method).not.toMatch(/branch and bound/);
    expect(s.solver.method).toMatch(/^(javascript-lp-solver('s LP relaxation: \d+ fractional columns| gave no plan .*); then )?HiGHS /);
    expect(s.rules.every((x) => x.held)).toBe(true);
  });
});
