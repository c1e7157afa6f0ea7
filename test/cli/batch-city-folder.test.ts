/**
 * The city's folder given where its county folders were meant (`rotate plan 市` for `rotate plan
 * 市/*`): it said only that the folder holds no CSV file or workbook, which a clerk who sees five
 * county folders in it does not understand. Now it names the folders that hold county files and the
 * command line that plans each.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/generate/write-county.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');

describe('a folder of county folders given as one county', () => {
  it('names its county folders and the command that plans them, in plan and in validate; an empty folder is told as before', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rotate-batch-city-'));
    const city = join(root, '市 教育局');
    await runGenerate(join(city, '甲县'), { teachers: 120, schools: 6, seed: 1, lang: 'zh', encoding: 'utf8' });
    await runGenerate(join(city, '乙县'), { teachers: 120, schools: 6, seed: 2, lang: 'zh', encoding: 'utf8' });
    mkdirSync(join(city, '说明'));
    const plan = spawnSync(process.execPath, [BIN, 'plan', city, '-o', join(root, 'plans')], { encoding: 'utf8' });
    expect(plan.status).toBe(2);
    expect(plan.stderr).toContain(`但其中 2 个文件夹有（乙县、甲县）: 若每个文件夹是一个县, 请写 ${join(city, '*')}`);
    expect(plan.stderr).toContain('but 2 of its folders do (乙县, 甲县)');
    const validate = spawnSync(process.execPath, [BIN, 'validate', city], { encoding: 'utf8' });
    expect(validate.status).toBe(2);
    expect(validate.stderr).toContain('但其中 2 个文件夹有（乙县、甲县）');
    const empty = spawnSync(process.execPath, [BIN, 'plan', join(city, '说明'), '-o', join(root, 'plans2')], { encoding: 'utf8' });
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('文件夹中没有CSV文件或工作簿（.csv、.xlsx、.xls） / the folder holds no CSV file or workbook');
  }, 30_000);
});
