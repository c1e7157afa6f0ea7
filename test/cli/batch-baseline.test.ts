/**
 * A city re-plans its counties against last round's plans: `rotate plan 市/* -o 方案2 --baseline 方案`.
 * Every county was given the batch's output folder itself as its baseline, and each failed with
 * "方案/assignments.csv: the plan folder has no assignments.csv". Now each county takes its own plan
 * in that folder; a plan folder given is still every county's baseline, as written.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/generate/write-county.js';
import { countyArgs } from '../../src/cli/batch-args.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');
const summary = (dir: string): { counts: { moved: number }; locks: { against: { reference: string; moves: number } | null } } => JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));

describe('--baseline with county folders', () => {
  it('gives each county its own plan in an earlier batch\'s output folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rotate-batch-baseline-'));
    await runGenerate(join(root, '市', '甲县'), { teachers: 150, schools: 8, seed: 1, lang: 'zh', encoding: 'utf8' });
    await runGenerate(join(root, '市', '乙县'), { teachers: 300, schools: 14, seed: 2, lang: 'zh', encoding: 'utf8' });
    const folders = ['甲县', '乙县'].map((c) => join(root, '市', c));
    const first = spawnSync(process.execPath, [BIN, 'plan', ...folders, '-o', join(root, '方案')], { encoding: 'utf8' });
    expect(first.status, first.stderr).toBe(0);
    const again = spawnSync(process.execPath, [BIN, 'plan', ...folders, '-o', join(root, '方案2'), '--baseline', join(root, '方案'), '--set', 'weights.moves=3'], { encoding: 'utf8' });
    expect(again.status, again.stderr).toBe(0);
    for (const c of ['甲县', '乙县']) {
      const against = summary(join(root, '方案2', c)).locks.against;
      expect(against?.reference, c).toBe('baseline');
      expect(against?.moves, c).toBe(summary(join(root, '方案', c)).counts.moved);
    }
  }, 60_000);

  it('passes the other options on, and takes --baseline and --baseline= out of them', () => {
    expect(countyArgs(['a', 'b', '--baseline', 'old', '--set', 'x=1', '-o', 'out', '-j', '2'], ['a', 'b'])).toEqual({ pass: ['--set', 'x=1'], baseline: 'old' });
    expect(countyArgs(['a', '--baseline=old', '-q'], ['a'])).toEqual({ pass: ['-q'], baseline: 'old' });
    expect(countyArgs(['a', '--relax'], ['a'])).toEqual({ pass: ['--relax'] });
  });
});
