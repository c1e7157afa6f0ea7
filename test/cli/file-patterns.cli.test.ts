/**
 * `data/*.csv` reaching rotate as typed: from Windows' cmd or PowerShell, which leave the `*` to the
 * program, or matching nothing (`data/*.cvs`), which a POSIX shell passes on. The first was told
 * 找不到此文件 / no such file though the files are there; it now names them, as a shell would.
 * The second is told that nothing matches and what the folder holds; exit 2, nothing written.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');
const DATA = join(import.meta.dirname, '../../data');
const FILES = ['学校.csv', '教师.csv', '岗位.csv'];

function rotate(args: string[], cwd: string): { status: number | null; stderr: string; stdout: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

/** A folder holding `county` (the sample county's files) and the folders named in `more`, each a copy of it. */
function workspace(more: readonly string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'rotate-patterns-'));
  for (const folder of ['data', ...more]) {
    mkdirSync(join(dir, folder), { recursive: true });
    for (const f of FILES) copyFileSync(join(DATA, f), join(dir, folder, f));
  }
  return dir;
}

describe('a file pattern no shell expanded', () => {
  it('names the files it matches: plan, validate, publish', () => {
    const dir = workspace();
    const plan = rotate(['plan', 'data/*.csv', '-o', 'plan', '-q'], dir);
    expect(plan.status, plan.stderr).toBe(0);
    expect(existsSync(join(dir, 'plan', 'assignments.csv'))).toBe(true);
    const validate = rotate(['validate', 'data/*.csv'], dir);
    expect(validate.status, validate.stderr).toBe(0);
    expect(validate.stdout).toContain('30 所学校 schools');
    expect(rotate(['publish', 'data/*.csv', '-o', 'lists', '-q'], dir).status).toBe(0);
  });

  it('that matches nothing says what the folder holds, exit 2, nothing written', () => {
    const dir = workspace();
    const cases: [string[], string][] = [
      [['plan', 'data/*.cvs', '-o', 'plan'], 'data/*.cvs: 没有与之相符的文件（文件夹 data; 其中有 学校.csv、岗位.csv、教师.csv） / no file matches it (the folder data; it holds 学校.csv, 岗位.csv, 教师.csv)'],
      [['validate', 'dat/*.csv'], 'dat/*.csv: 文件夹 dat 不存在 / the folder dat does not exist'],
      // Typed the Windows way: told to use /, as any such path is, not searched for as one name.
      [['validate', 'data\\*.csv'], 'data\\*.csv: 找不到此文件; 路径用 / 分隔, 不用 \\ / no such file; folders in a path are separated by /, not \\'],
      [['sweep', 'data/*.xlsx', '--set', 'weights.moves=1,2', '-o', 'sweep.csv'], 'data/*.xlsx: 没有与之相符的文件（文件夹 data; 其中有 学校.csv、岗位.csv、教师.csv） / no file matches it (the folder data; it holds 学校.csv, 岗位.csv, 教师.csv)'],
    ];
    for (const [args, line] of cases) {
      const r = rotate(args, dir);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n').slice(1), args.join(' ')).toEqual([line]);
    }
    expect(readdirSync(dir)).toEqual(['data']);
  });

  it('of county folders plans each county, the pattern kept off each county\'s command line', () => {
    const dir = workspace(['counties/甲县', 'counties/乙县']);
    const r = rotate(['plan', 'counties/*', '-o', 'plans', '-q'], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'plans')).sort()).toEqual(['乙县', '甲县'].sort());
  });
});
