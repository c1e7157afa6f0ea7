/**
 * Two folders that hold the same county in one batch. A folder given again through a link was
 * planned twice, under two names; a copy of a county (a backup beside the original) was planned as a
 * second county, and whoever added the plans up counted its teachers twice. Now a folder is one
 * county however it is reached, and a county whose schools table is another's is named as the same
 * county and counted once in the city's total.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/generate/write-county.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');
const moved = (dir: string): number => (JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { counts: { moved: number } }).counts.moved;

describe('the same county twice in a batch', () => {
  it('plans a folder reached through a link once, and counts a copied county once in the total', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rotate-batch-same-'));
    await runGenerate(join(root, '市', '甲县'), { teachers: 200, schools: 10, seed: 1, lang: 'zh', encoding: 'utf8' });
    await runGenerate(join(root, '市', '乙县'), { teachers: 200, schools: 10, seed: 2, lang: 'zh', encoding: 'utf8' });
    cpSync(join(root, '市', '甲县'), join(root, '备份', '甲县'), { recursive: true });
    symlinkSync(join(root, '市', '乙县'), join(root, '乙县链接'));
    const plans = join(root, 'plans');
    const r = spawnSync(process.execPath, [BIN, 'plan', join(root, '市', '甲县'), join(root, '备份', '甲县'), join(root, '市', '乙县'), join(root, '乙县链接'), '-o', plans], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('planning 3 counties');
    expect(existsSync(join(plans, '乙县链接'))).toBe(false);
    expect(r.stdout).toMatch(/备份_甲县 +✓ 已规划 = 市_甲县/u);
    expect(r.stdout).toContain('备份_甲县 与 市_甲县 的学校表相同, 是同一个县的两份数据: 合计只计 市_甲县');
    const total = (r.stdout.split('\n').find((l) => l.includes('合计 total')) ?? '').trim().split(/ {2,}/u);
    expect(total[1]).toBe('2 个县 counties');
    expect(total[2]).toBe(String(moved(join(plans, '市_甲县')) + moved(join(plans, '乙县'))));
  }, 60_000);
});
