import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/generate/write-county.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');

describe('--solver auto', () => {
  it('plans a county on which javascript-lp-solver stalls, by handing it to HiGHS', async () => {
    // Measured: javascript-lp-solver 1.0.3 gives no plan for this county in 90 s (--solver jslp
    // --time-limit 90). Seed 1, used before, plans in 5 s since the 2024 retirement law changed
    // the statuses of its teachers near retirement.
    const root = mkdtempSync(join(tmpdir(), 'rotate-stall-'));
    const paths = await runGenerate(join(root, 'in'), { teachers: 1500, schools: 60, seed: 12, lang: 'zh', encoding: 'utf8' });
    const r = spawnSync(process.execPath, [BIN, 'plan', ...paths, '-o', join(root, 'plan'), '-q'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const s = JSON.parse(readFileSync(join(root, 'plan', 'summary.json'), 'utf8')) as { solver: { name: string; method: string }; rules: { held: boolean }[] };
    expect(s.solver.name).toBe('highs');
    expect(s.solver.method).toMatch(/javascript-lp-solver gave no plan .*then HiGHS/);
    expect(s.rules.every((x) => x.held)).toBe(true);
  });
});
