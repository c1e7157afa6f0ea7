/**
 * `rotate publish` before planning, on files where no teacher is eligible (here the sample with
 * eligibility.min_years=40): the terminal said only 符合交流条件 0 人（or only the principals）,
 * 暂缓/免交流 126 人, the 590 teachers too few years at their school in neither figure, and every
 * page read as a posting of nobody without a word. Now the terminal says why as validate says it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputsOf, ROOT, sampleCounty } from './helpers.js';

const rotate = (args: string[], cwd: string) => spawnSync(process.execPath, [join(ROOT, 'bin/rotate.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const NOBODY = ['--set', 'plan.year=2026', '--set', 'eligibility.min_years=40'];

describe('publish before planning where nobody is eligible', () => {
  it('says why on the terminal, as validate does, in words true before any plan', () => {
    const dir = sampleCounty();
    const inputs = inputsOf(dir);
    const p = rotate(['publish', ...inputs, ...NOBODY, '-o', join(dir, 'pub')], dir);
    expect(p.status, p.stderr).toBe(0);
    const v = rotate(['validate', ...inputs, ...NOBODY], dir);
    expect(v.status, v.stderr).toBe(0);
    const why = v.stdout.split('\n').filter((l) => /没有符合交流条件的教师|^ {4}\S.* \d+ 人: /u.test(l));
    expect(why[0]).toBe('  没有符合交流条件的教师（校长、副校长除外）, 按现有数据和参数, 规划将无人交流。各原因人数, 及可核对或调整之处:');
    expect(why[1]).toMatch(/^ {4}本校任教未满40年 590 人: .*eligibility\.min_years（现为 40）/u);
    // validate and publish say the same lines; neither speaks of a plan that does not exist yet.
    const lines = p.stdout.split('\n');
    for (const l of why) expect(lines).toContain(l);
    expect(lines.indexOf(why[0] ?? '')).toBe(1);
    expect(p.stdout + v.stdout).not.toContain('本方案');
  });

});
