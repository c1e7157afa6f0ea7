import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin/rotate.js');
const DATA = readdirSync(join(ROOT, 'data')).sort().map((f) => join(ROOT, 'data', f));
const rotate = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const dir = mkdtempSync(join(tmpdir(), 'rotate-roster-relaxed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the roster of a plan that relaxed hard rules (--relax)', () => {
  it('is written, with a note on the terminal as rotate publish gives one: it goes to the national system', () => {
    const plan = join(dir, 'plan');
    expect(rotate('plan', ...DATA, '--set', 'plan.year=2026', '--set', 'rules.quota_share=0.5', '--relax', '-o', plan, '-q').status).toBe(0);
    const r = rotate('roster', plan, '-o', join(dir, 'roster'));
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('注意: 此方案放宽了相互冲突的硬性规则（--relax）, 上报前请确认 / note: this plan relaxes hard rules that conflict (--relax); check it before reporting it');
    const plain = join(dir, 'plain');
    expect(rotate('plan', ...DATA, '--set', 'plan.year=2026', '-o', plain, '-q').status).toBe(0);
    const first = rotate('roster', plain, '-o', join(dir, 'roster2'));
    expect(first.stderr).not.toContain('--relax');
    expect(first.stdout).not.toContain('替换了');
    // Written again over the roster of another plan: said, as rotate publish says it.
    expect(rotate('roster', plan, '-o', join(dir, 'roster2')).stdout).toContain('替换了此前写出的花名册 / replaced the roster written there before');
  }, 120_000);
});
