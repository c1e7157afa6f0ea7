/**
 * A batch run again into the same -o with a changed parameter replaced every county's plan without
 * a word (each county's run prints its summary, where a single run says what it replaced, to
 * nowhere): a clerk who then meant to rotate diff the two rounds found the first gone. Each county
 * now says what it replaced and how that plan was made otherwise, and the table names them; a run
 * with the same inputs and parameters (the same plans) says nothing.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/generate/write-county.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');

describe('a batch run again into the same output folder', () => {
  it('says per county what plan it replaced and how it was made otherwise', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rotate-batch-replaced-'));
    for (const [c, seed] of [['甲县', 1], ['乙县', 2]] as const) await runGenerate(join(root, c), { teachers: 150, schools: 8, seed, lang: 'zh', encoding: 'utf8' });
    const plans = join(root, 'plans');
    const run = (...sets: string[]): SpawnSyncReturns<string> => spawnSync(process.execPath, [BIN, 'plan', join(root, '甲县'), join(root, '乙县'), '-o', plans, '--set', 'plan.year=2026', ...sets], { encoding: 'utf8' });
    const first = run();
    expect(first.status).toBe(0);
    expect(first.stderr + first.stdout).not.toContain('替换了');
    const moved = (c: string): number => (JSON.parse(readFileSync(join(plans, c, 'summary.json'), 'utf8')) as { counts: { moved: number } }).counts.moved;
    const before = { 甲县: moved('甲县'), 乙县: moved('乙县') };
    const again = run('--set', 'weights.moves=3');
    expect(again.status).toBe(0);
    for (const c of ['甲县', '乙县'] as const) {
      expect(again.stderr).toContain(`替换了 ${join(plans, c)} 中之前的方案（交流 ${before[c]} 人）, 与本次不同: 参数 weights.moves 1 → 3`);
    }
    expect(again.stdout).toContain('替换了此前写入的、输入或参数不同的方案（见各县行）: 甲县、乙县');
    const same = run('--set', 'weights.moves=3');
    expect(same.status).toBe(0);
    expect(same.stderr + same.stdout).not.toContain('替换了');
  }, 90_000);
});
