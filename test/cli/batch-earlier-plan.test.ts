/**
 * A county planned in one batch, then broken by an edit and planned again: its run writes nothing,
 * rightly, but its plan folder still holds last run's plan, complete, beside the counties planned
 * now; a city clerk gathering the output folder took it for this round's. The batch now says so
 * under the county's line and under the table.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/generate/write-county.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');

describe('a county that fails where an earlier batch wrote its plan', () => {
  it('is said to leave the earlier plan in its folder; a county failing the first time is not', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rotate-batch-earlier-'));
    for (const [c, seed] of [['甲县', 1], ['乙县', 2]] as const) await runGenerate(join(root, c), { teachers: 150, schools: 8, seed, lang: 'zh', encoding: 'utf8' });
    const plans = join(root, 'plans');
    const run = (): SpawnSyncReturns<string> => spawnSync(process.execPath, [BIN, 'plan', join(root, '甲县'), join(root, '乙县'), '-o', plans], { encoding: 'utf8' });
    expect(run().status).toBe(0);
    writeFileSync(join(root, '乙县', 'teachers.csv'), '工号,姓名\n1,张三\n');
    const again = run();
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(`注意: ${join(plans, '乙县')} 中仍是此前写入的方案, 不是这次的输入`);
    expect(again.stdout).toContain('其输出文件夹中仍是此前写入的方案（不是这次的输入）: 乙县');
    const fresh = spawnSync(process.execPath, [BIN, 'plan', join(root, '乙县'), '-o', join(root, 'plans2')], { encoding: 'utf8' });
    expect(fresh.status).toBe(2);
    expect(fresh.stderr + fresh.stdout).not.toContain('此前写入的方案');
  }, 60_000);
});
