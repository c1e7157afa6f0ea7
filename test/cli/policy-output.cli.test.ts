/**
 * `rotate policy` ends with the ways to set a parameter (用法 / use). Each was one line of the
 * command, its Chinese and its English, 124 to 164 columns wide, wrapped by the terminal wherever
 * it ran out. Each command is now a line of its own, its Chinese and English under it, every line
 * within 100 columns (a Chinese character counted as two). The parameter table and the rule list
 * above and below it give each description on one line by design, some wider than 100: a
 * description is a sentence a clerk copies whole; this test holds only the 用法 block.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');

describe('rotate policy: the 用法 / use block', () => {
  it('has no line wider than 100 columns, and each command on one line, whole', async () => {
    const { default: stringWidth } = await import('string-width');
    const r = spawnSync(process.execPath, [BIN, 'policy'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(0);
    const start = r.stdout.indexOf('\n用法 / use:\n');
    expect(start).toBeGreaterThan(0);
    const block = (r.stdout.slice(start + 1).split('\n\n')[0] ?? '').split('\n');
    expect(block.length).toBeGreaterThan(5);
    expect(block.filter((l) => stringWidth(l) > 100).map((l) => `${stringWidth(l)}: ${l}`)).toEqual([]);
    const commands = block.filter((l) => /^ {2}rotate /u.test(l)).map((l) => l.trim());
    expect(commands).toContain('rotate plan data/*.csv --set weights.moves=2 --set rules.quota_share=15%');
    expect(commands).toContain('rotate sweep data/*.csv --set weights.indicator_keep=0,5,10,20');
    expect(commands).toContain('rotate plan data/*.csv --policy 我的参数.csv');
  });
});
