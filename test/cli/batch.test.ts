import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/generate/write-county.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');

describe('rotate plan over several county folders', () => {
  it('plans each folder as its own county, in parallel, each exactly as a single run would', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rotate-batch-'));
    for (const seed of [1, 2, 3]) await runGenerate(join(root, 'in', `county${seed}`), { teachers: 300, schools: 15, seed, lang: 'zh', encoding: 'utf8' });
    const batch = spawnSync(process.execPath, [BIN, 'plan', join(root, 'in', 'county1'), join(root, 'in', 'county2'), join(root, 'in', 'county3'), '-o', join(root, 'plans'), '--jobs', '2', '--set', 'weights.moves=2'], { encoding: 'utf8' });
    expect(batch.status).toBe(0);
    expect(batch.stdout).toMatch(/3 of 3 counties planned/);
    const single = spawnSync(process.execPath, [BIN, 'plan', ...['posts.csv', 'schools.csv', 'teachers.csv'].map((f) => join(root, 'in', 'county2', f)), '-o', join(root, 'single'), '-q', '--set', 'weights.moves=2'], { encoding: 'utf8' });
    expect(single.status).toBe(0);
    for (const f of ['assignments.csv', 'schools.csv', 'summary.json']) {
      expect(readFileSync(join(root, 'plans', 'county2', f)).equals(readFileSync(join(root, 'single', f))), f).toBe(true);
    }
  });

  it('reports a county that fails and exits with its code, planning the others', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rotate-batch-bad-'));
    await runGenerate(join(root, 'good'), { teachers: 300, schools: 15, seed: 4, lang: 'zh', encoding: 'utf8' });
    await runGenerate(join(root, 'bad'), { teachers: 300, schools: 15, seed: 5, lang: 'zh', encoding: 'utf8' });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(root, 'bad', 'teachers.csv'), '工号,姓名\n1,张三\n');
    const r = spawnSync(process.execPath, [BIN, 'plan', join(root, 'good'), join(root, 'bad'), '--jobs', '2'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/✓ good/);
    expect(r.stderr).toMatch(/✗ \(2\) bad/);
    expect(readFileSync(join(root, 'good', 'plan', 'summary.json'), 'utf8')).toContain('"rules"');
  });
});
