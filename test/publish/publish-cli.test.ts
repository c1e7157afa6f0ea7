/**
 * `rotate publish` spawned as a user runs it: --help teaches the two moments and the parameters;
 * the default folders; bad input and a folder that may not be replaced give exit 2 and write
 * nothing, with the same bilingual messages as `plan`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputsOf, ROOT, sampleCounty, tempDir } from './helpers.js';

const run = (args: string[], cwd: string) => spawnSync(process.execPath, [join(ROOT, 'bin/rotate.js'), 'publish', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('rotate publish on the command line', () => {
  it('--help names both moments, the outputs and every parameter', () => {
    const r = run(['--help'], ROOT);
    expect(r.status).toBe(0);
    for (const s of ['规划前', '规划后', 'publish.county', 'publish.start', 'publish.working_days', 'publish.objections_to', 'publish.exempt_reason', '原文', '身体健康原因', '个人信息保护法', 'eligibility.term_years', 'publish/eligible', 'publish/moves', 'print-all.html', 'index.html', '重新公示', '--baseline', '取消交流']) expect(r.stdout, s).toContain(s);
  });

  it('takes a county folder before planning, as plan does: the lists of its files', () => {
    const dir = sampleCounty();
    const byFiles = run([...inputsOf(dir), '--set', 'plan.year=2026', '-o', join(dir, 'by-files')], dir);
    expect(byFiles.status, byFiles.stderr).toBe(0);
    const byFolder = run([dir, '--set', 'plan.year=2026', '-o', join(dir, 'by-folder')], dir);
    expect(byFolder.status, byFolder.stderr).toBe(0);
    expect(byFolder.stdout).toContain('符合交流条件');
    for (const f of ['index.html', 'eligible.xlsx']) expect(readFileSync(join(dir, 'by-folder', f)).equals(readFileSync(join(dir, 'by-files', f))), f).toBe(true);
  });

  it('writes publish/eligible before planning and publish/moves after, by default, and never over the plan it reads', () => {
    const dir = sampleCounty();
    const inputs = inputsOf(dir);
    const a = run([...inputs, '--set', 'plan.year=2026'], dir);
    expect(a.status, a.stderr).toBe(0);
    expect(a.stdout).toContain('publish/eligible');
    expect(readdirSync(join(dir, 'publish', 'eligible'))).toContain('eligible.xlsx');
    const plan = spawnSync(process.execPath, [join(ROOT, 'bin/rotate.js'), 'plan', ...inputs, '-o', join(dir, 'plan'), '-q', '--set', 'plan.year=2026'], { encoding: 'utf8' });
    expect(plan.status, plan.stderr).toBe(0);
    const b = run(['plan'], dir);
    expect(b.status, b.stderr).toBe(0);
    expect(readdirSync(join(dir, 'publish', 'moves'))).toContain('moves.xlsx');
    // Both moments' folders stand side by side.
    expect(readdirSync(join(dir, 'publish')).sort()).toEqual(['eligible', 'moves']);
    // The plan folder read is never the one written.
    const before = readFileSync(join(dir, 'plan', 'assignments.csv'));
    const c = run(['plan', '-o', 'plan'], dir);
    expect(c.status).toBe(2);
    expect(readFileSync(join(dir, 'plan', 'assignments.csv')).equals(before)).toBe(true);
    // An edited list is not replaced without --force.
    writeFileSync(join(dir, 'publish', 'moves', 'index.html'), 'edited');
    const d = run(['plan'], dir);
    expect(d.status).toBe(2);
    expect(d.stderr).toContain('index.html');
    expect(readFileSync(join(dir, 'publish', 'moves', 'index.html'), 'utf8')).toBe('edited');
    const forced = run(['plan', '--force'], dir);
    expect(forced.status).toBe(0);
    // Replacing the lists written before is said, never silent: they may be the ones on the notice boards.
    expect(forced.stdout).toContain('替换了此前写出的名单 / replaced the lists written there before');
    expect(b.stdout).not.toContain('替换了');
    // The county not set: the pages name the school ids' code, and the terminal says how to name the bureau.
    expect(b.stdout).toContain('县名未设置（publish.county）, 页面上用「行政区划代码 341122」 / publish.county is not set: the pages name "行政区划代码 341122"');
    // A list edited in the plan folder (its last move deleted) is not published, nor written as the roster for the national system.
    const list = join(dir, 'plan', 'assignments.csv');
    writeFileSync(list, readFileSync(list, 'utf8').replace(/[^\n]*\r\n$/u, ''));
    const e = run(['plan', '-o', 'edited'], dir);
    expect(e.status).toBe(2);
    expect(e.stderr).toContain('assignments.csv: 在方案写出后被修改, 不能据此公示');
    expect(existsSync(join(dir, 'edited'))).toBe(false);
    const roster = spawnSync(process.execPath, [join(ROOT, 'bin/rotate.js'), 'roster', 'plan', '-o', 'roster'], { cwd: dir, encoding: 'utf8' });
    expect(roster.status).toBe(2);
    expect(roster.stderr).toContain('不能据此写花名册');
    expect(existsSync(join(dir, 'roster'))).toBe(false);
    const diff = spawnSync(process.execPath, [join(ROOT, 'bin/rotate.js'), 'diff', 'plan', 'plan'], { cwd: dir, encoding: 'utf8' });
    expect(diff.status).toBe(0);
    expect(diff.stdout).toContain('在方案写出后被修改, 按现在的内容比较');
  }, 120_000);

  it('-q prints nothing on success, as plan -q does, and writes the same lists', () => {
    const dir = sampleCounty();
    const quiet = run([...inputsOf(dir), '--set', 'plan.year=2026', '-o', 'quiet', '-q'], dir);
    expect(quiet.status, quiet.stderr).toBe(0);
    expect(quiet.stdout).toBe('');
    expect(readdirSync(join(dir, 'quiet'))).toContain('eligible.xlsx');
    // Bad input still says why on standard error.
    const bad = run([tempDir('rotate-not-a-plan-'), '-o', 'out', '--quiet'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('assignments.csv');
  }, 60_000);

  it('bad input: every problem named with file, row and column in both languages, exit 2, nothing written', () => {
    const dir = sampleCounty();
    const teachers = join(dir, '教师.csv');
    writeFileSync(teachers, readFileSync(teachers, 'utf8').replace('000001,王志,341122001,语文,8,', '000001,王志,341122001,语文,八,'));
    const r = run([...inputsOf(dir), '-o', 'out'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/教师\.csv 第2行「本校任教年限」.*\/ /u);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    const p = run([tempDir('rotate-not-a-plan-'), '-o', 'out2'], dir);
    expect(p.status).toBe(2);
    expect(p.stderr).toContain('assignments.csv');
    const fresh = sampleCounty();
    const s = run([...inputsOf(fresh), '--set', 'publish.start=2026-13-01', '-o', 'out3'], fresh);
    expect(s.status).toBe(2);
    expect(s.stderr).toContain('publish.start');
    expect(s.stderr).toMatch(/expected a date \(like 2026-08-31/u);
    expect(existsSync(join(fresh, 'out3'))).toBe(false);
  }, 60_000);
});
