/**
 * A batch's output folder (rotate plan 市/* -o 方案) given where one plan is meant (rotate diff,
 * explain, publish, --baseline of one county's files) was told 方案文件夹中没有 assignments.csv（是
 * rotate plan 写出的文件夹吗？）: it is one, and the clerk was left to guess. Now the folder is named
 * as a batch's, with the counties' plans in it and one to give instead.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/generate/write-county.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');

describe('a batch output folder given for one plan', () => {
  it('is named as a batch of county plans, with one of them to give instead', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rotate-batch-as-plan-'));
    for (const [c, seed] of [['甲县', 1], ['乙县', 2]] as const) await runGenerate(join(root, c), { teachers: 120, schools: 6, seed, lang: 'zh', encoding: 'utf8' });
    const plans = join(root, 'plans');
    const rotate = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
    expect(rotate('plan', join(root, '甲县'), join(root, '乙县'), '-o', plans, '-q').status).toBe(0);
    const told = `${plans}: 这是批量规划的输出文件夹, 其中每个县一个方案（2 个: 乙县、甲县）, 不是一个方案; 请给出其中一个县的方案文件夹, 如 ${join(plans, '乙县')}`;
    for (const args of [['diff', plans, join(plans, '甲县')], ['explain', plans, '000001'], ['publish', plans, '-o', join(root, 'lists')], ['plan', ...['schools.csv', 'teachers.csv', 'posts.csv'].map((f) => join(root, '甲县', f)), '--baseline', plans, '-o', join(root, 'p2')]]) {
      const r = rotate(...args);
      expect(r.status, args[0]).toBe(2);
      expect(r.stderr, args[0]).toContain(told);
      expect(r.stderr, args[0]).not.toContain('是 rotate plan 写出的文件夹吗');
    }
    expect(rotate('diff', join(plans, '甲县'), join(plans, '乙县')).status).toBe(0);
  }, 90_000);
});
