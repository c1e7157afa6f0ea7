/**
 * `rotate plan 市/*` where the city's folder also holds a 说明.docx: the arguments mixed folders and
 * a file, so they were read as one county's files, and every county folder was told "这是一个文件夹，
 * 不是CSV文件". Now a file that is no county input is left out with a line and the folders planned;
 * a CSV file or workbook beside folders (a city's policy file?) is refused with what to do instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/generate/write-county.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');

describe('county folders given with files', () => {
  it('plans the folders past a file that is no county input, and refuses a CSV file beside them', async () => {
    const city = join(mkdtempSync(join(tmpdir(), 'rotate-batch-mixed-')), '市');
    for (const [c, seed] of [['甲县', 1], ['乙县', 2]] as const) await runGenerate(join(city, c), { teachers: 120, schools: 6, seed, lang: 'zh', encoding: 'utf8' });
    writeFileSync(join(city, '说明.docx'), 'not a county file');
    const args = [join(city, '乙县'), join(city, '甲县'), join(city, '说明.docx')];
    const r = spawnSync(process.execPath, [BIN, 'plan', ...args, '-o', join(city, '..', 'plans')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${join(city, '说明.docx')}: 不是县文件夹, 也不是CSV文件或工作簿, 未读`);
    expect(r.stdout).toMatch(/2 of 2 counties planned/u);
    for (const c of ['甲县', '乙县']) expect(existsSync(join(city, '..', 'plans', c, 'summary.json')), c).toBe(true);
    writeFileSync(join(city, '全市参数.csv'), '参数,取值\nweights.moves,2\n');
    const mixed = spawnSync(process.execPath, [BIN, 'plan', ...args, join(city, '全市参数.csv'), '-o', join(city, '..', 'plans2')], { encoding: 'utf8' });
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toContain(`与CSV文件或工作簿（${join(city, '全市参数.csv')}）不能一起给出, 未规划`);
    expect(mixed.stderr).toContain('a file for every county goes with --policy');
    expect(mixed.stderr).not.toContain('不是CSV文件');
    expect(existsSync(join(city, '..', 'plans2'))).toBe(false);
  }, 60_000);
});
