/**
 * The last line under a list of conflicting rules says what --relax does where it can, and not
 * where it cannot: after `--relax` wrote the closest plan it still said "add --relax to write the
 * closest plan"; a lock that breaks a hard rule (never relaxed) got the same advice, with --relax
 * given or not, and so did `rotate validate`, whose conflicts are all locks'.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');
const DATA = join(import.meta.dirname, '../../data');
const SAMPLE = ['学校.csv', '教师.csv', '岗位.csv'].map((f) => join(DATA, f));
const ADD_RELAX = 'add --relax to write the closest plan';

function rotate(args: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stderr: r.stderr };
}

/** A locks file whose one lock sends a town teacher to a city school, against the direction rule. */
function badLock(dir: string): string {
  const file = join(dir, 'locks.csv');
  writeFileSync(file, '\uFEFF工号,操作,学校代码\r\n000575,调往,341122002\r\n');
  return file;
}

describe('what the conflict report advises', () => {
  it('after --relax wrote the closest plan: that it did, not to add --relax', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'relax-advice-')), 'plan');
    const r = rotate(['plan', ...SAMPLE, '--set', 'plan.year=2026', '--set', 'rules.quota_share=30%', '--set', 'rules.max_outflow_share=5%', '--relax', '-o', out, '-q']);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain(ADD_RELAX);
    expect(r.stderr.trimEnd().split('\n').pop()).toBe('已按 --relax 放宽以上规则, 写出的是最接近的方案（各输出文件已注明）/ these rules were relaxed (--relax): the plan written is the closest one, and every output says so');
  }, 60_000);

  it('a lock that breaks a hard rule: that no --relax drops a lock, with --relax or without', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relax-advice-'));
    const locks = badLock(dir);
    const line = '锁定不会被放宽（加不加 --relax 都一样）: 请按建议修改或删除该锁定 / a lock is never relaxed, with --relax or without: change or delete it as the hint says';
    for (const relax of [[], ['--relax']]) {
      const r = rotate(['plan', ...SAMPLE, locks, '--set', 'plan.year=2026', ...relax, '-o', join(dir, 'plan')]);
      expect(r.status, relax.join(' ')).toBe(3);
      expect(r.stderr, relax.join(' ')).not.toContain(ADD_RELAX);
      expect(r.stderr.trimEnd().split('\n').slice(-2), relax.join(' ')).toEqual([line, '未写入任何文件 / nothing was written']);
    }
    expect(existsSync(join(dir, 'plan'))).toBe(false);
    const v = rotate(['validate', ...SAMPLE, locks, '--set', 'plan.year=2026']);
    expect(v.status).toBe(3);
    expect(v.stderr).not.toContain('with --relax it writes');
    expect(v.stderr.trimEnd().split('\n').pop()).toBe('rotate plan 将在求解前停止（退出码 3）; 锁定不会被放宽（加不加 --relax 都一样）: 请按建议修改或删除该锁定 / rotate plan would stop here before solving (exit 3); a lock is never relaxed, with --relax or without: change or delete it as the hint says');
  }, 60_000);
});
