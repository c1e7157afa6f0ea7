/**
 * A sweep whose locks break a hard rule says so in its rows: they read "冲突 infeasible: direction",
 * as if the direction rule conflicted with another at that weight, and nothing named a lock.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSweep } from '../../src/cli/sweep-command.js';

const DATA = join(import.meta.dirname, '../../data');
const INPUTS = ['学校.csv', '教师.csv', '岗位.csv'].map((f) => join(DATA, f));

describe('sweep with a lock that breaks a hard rule', () => {
  it('marks each row as the lock\'s and says where to find it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sweep-locks-'));
    writeFileSync(join(dir, 'locks.csv'), '\uFEFF工号,操作,学校代码\r\n000575,调往,341122002\r\n');
    const r = await runSweep({ inputs: [...INPUTS, join(dir, 'locks.csv')], sets: [{ key: 'weights.moves', value: '1,2', file: '--set' }] }, () => 0, 2026, 'sweep-locks', () => undefined);
    if (r.kind !== 'swept') throw new Error(r.kind);
    expect(r.rows.map((x) => x.status)).toEqual(['infeasible', 'infeasible']);
    // A point's row in the first of the tables the terminal's width cuts the figures into: its status.
    const rows = r.lines.filter((l) => /^\s+[12]\s+冲突/u.test(l));
    expect(rows).toHaveLength(2);
    // The rule in Chinese too, as the rule table of rotate plan names it.
    for (const l of rows) expect(l).toContain('冲突 infeasible');
    // Each point's rules under the tables, wrapped to the terminal's width: read without the line breaks.
    const flat = (s: string): string => s.replace(/\s+/gu, '');
    const text = flat(r.lines.join(''));
    for (const w of ['1', '2']) expect(text).toContain(flat(`weights.moves=${w}: 锁定 lock → 交流方向：城镇→乡村、优质→薄弱 direction`));
    expect(text).toContain(flat('锁定 lock → 规则 = 有锁定违反该硬性规则; rotate validate 同样的输入列出是哪条锁定、怎样解决 / lock → rule: a lock breaks that hard rule; rotate validate on the same inputs names the lock and what would lift it'));
  }, 60_000);
});
