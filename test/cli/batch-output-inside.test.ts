/**
 * A city clerk who keeps the plans beside the counties (`rotate plan 市/* -o 市/方案`) and runs the
 * same command again: 市/* now also names 市/方案, which the batch took for a county: it failed with
 * exit 2 and told the clerk to plan 市/方案/* (the plan folders, as if they were counties). The output
 * folder among the folders is now left out with a line saying so; plan folders are never offered as
 * counties; and the output folder alone is exit 2 (it spun for ever).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/generate/write-county.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');
const plan = (args: string[]): SpawnSyncReturns<string> => spawnSync(process.execPath, [BIN, 'plan', ...args], { encoding: 'utf8', timeout: 30_000 });

describe('the output folder among the county folders', () => {
  it('is left out with a word, on a second run of the same command', async () => {
    const city = join(mkdtempSync(join(tmpdir(), 'rotate-batch-inside-')), '市');
    for (const [name, seed] of [['甲县', 1], ['乙县', 2]] as const) await runGenerate(join(city, name), { teachers: 150, schools: 8, seed, lang: 'zh', encoding: 'utf8' });
    const out = join(city, '方案');
    const first = plan([join(city, '乙县'), join(city, '甲县'), '-o', out]);
    expect(first.status, first.stderr).toBe(0);
    // The shell's 市/* now gives 方案 too.
    const again = plan([join(city, '乙县'), join(city, '方案'), join(city, '甲县'), '-o', out]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain(`${out}: 是输出文件夹（-o）, 不是县, 未规划 / the output folder (-o), not a county: not planned`);
    expect(again.stderr).toContain('planning 2 counties');
    expect(existsSync(join(out, '方案'))).toBe(false);
    // A folder of plan folders is not offered as a folder of counties.
    const plans = plan([out, '-o', join(city, '..', 'other')]);
    expect(plans.status).toBe(2);
    expect(plans.stderr).toContain('the folder holds no CSV file or workbook');
    expect(plans.stderr).not.toContain('if each is a county');
    // The output folder alone: nothing to plan, said and ended.
    const alone = plan([out, '-o', out]);
    expect(alone.error).toBeUndefined();
    expect(alone.status).toBe(2);
  }, 60_000);
});
