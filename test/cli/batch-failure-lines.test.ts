/**
 * A county that fails in a batch shows the head of what it printed (the heading says what failed:
 * 输入有误 (60), 无法同时满足以下硬性规则 …) and how many lines are not shown; it showed the last five
 * lines of the last 4,000 characters, without the heading, the count or a word that more were left.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/generate/write-county.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');

describe('a failed county among a batch', () => {
  it('is shown by its heading and first problems, with the number of lines left out', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rotate-batch-fail-'));
    await runGenerate(join(root, 'bad'), { teachers: 200, schools: 10, seed: 7, lang: 'zh', encoding: 'utf8' });
    // Sixty rows with a 人员状态 that is not one of the words: sixty issues, far more than 4,000 characters.
    const path = join(root, 'bad', 'teachers.csv');
    const rows = readFileSync(path, 'utf8').split('\n');
    const col = (rows[0] ?? '').split(',').indexOf('人员状态');
    for (let i = 1; i <= 60; i++) rows[i] = (rows[i] ?? '').split(',').map((c, j) => (j === col ? '在岗X' : c)).join(',');
    writeFileSync(path, rows.join('\n'));
    const alone = spawnSync(process.execPath, [BIN, 'plan', ...readdirSync(join(root, 'bad')).map((f) => join(root, 'bad', f)), '-o', join(root, 'alone'), '-q'], { encoding: 'utf8' });
    expect(alone.status).toBe(2);
    const all = alone.stderr.split('\n').filter((l) => l.trim() !== '');
    expect(all.length).toBeGreaterThan(60);
    const batch = spawnSync(process.execPath, [BIN, 'plan', join(root, 'bad'), '-o', join(root, 'plans')], { encoding: 'utf8' });
    expect(batch.status).toBe(2);
    const lines = batch.stderr.split('\n');
    const at = lines.findIndex((l) => l.includes('✗ (2) bad'));
    expect(lines[at]).toContain('输入有误 / bad input');
    expect(lines[at + 1]?.trim()).toBe(all[0]);
    expect(lines[at + 1]).toContain('(60)');
    expect(lines[at + 2]?.trim()).toBe(all[1]);
    expect(batch.stderr).toContain(`另有 ${all.length - 6} 行未列出; 单独规划此县可见全部 / ${all.length - 6} more lines`);
  }, 60_000);
});
