/**
 * A mistyped command line is told in both languages and writes nothing: an option's value our
 * parsers refuse (--set, --jobs, --time-limit) is printed (it was exit 2 with no word), and
 * commander's own lines (a missing argument, an unknown option or command) have their Chinese.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bilingualError } from '../../src/cli/commander-text.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');
const DATA = join(import.meta.dirname, '../../data');
const SAMPLE = ['学校.csv', '教师.csv', '岗位.csv'].map((f) => join(DATA, f));

function rotate(args: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stderr: r.stderr };
}

describe('usage errors', () => {
  it('prints the refused value of --set, --jobs and --time-limit, exits 2 and writes nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rotate-usage-')), 'plan');
    const cases: [string[], string][] = [
      [['--set', 'weights.moves'], '--set 应为 名称=取值（等号两边不留空格）, 如 --set weights.moves=… / --set expects name=value with no spaces around =, as --set weights.moves=…; found "weights.moves"'],
      // A colon for the =, as YAML writes it or a Chinese input method types it: the line meant, with its value.
      [['--set', 'weights.moves：2'], '--set 应为 名称=取值（等号两边不留空格）, 如 --set weights.moves=2 / --set expects name=value with no spaces around =, as --set weights.moves=2; found "weights.moves：2"'],
      // A space for = (the shell cuts it into arguments): the line to type has the value typed after it.
      [['--set', 'weights.moves', '3'], '--set 应为 名称=取值（等号两边不留空格）, 如 --set weights.moves=3 / --set expects name=value with no spaces around =, as --set weights.moves=3; found "weights.moves"'],
      [['--set', 'plan.year', '=', '2027'], '--set 应为 名称=取值（等号两边不留空格）, 如 --set plan.year=2027 / --set expects name=value with no spaces around =, as --set plan.year=2027; found "plan.year"'],
      [['--set', 'plan.year:2027'], '--set 应为 名称=取值（等号两边不留空格）, 如 --set plan.year=2027 / --set expects name=value with no spaces around =, as --set plan.year=2027; found "plan.year:2027"'],
      [['--jobs', '0'], '--jobs 应为正整数 / --jobs expects a whole number ≥ 1, found "0"'],
      [['--time-limit', 'x'], '--time-limit 应为正数 / --time-limit expects a number of seconds > 0, found "x"'],
    ];
    for (const [flags, line] of cases) {
      const r = rotate(['plan', ...flags, ...SAMPLE, '-o', out]);
      expect(r.status, flags.join(' ')).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(line);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('gives commander\'s lines in Chinese too', () => {
    expect(rotate(['plan']).stderr.split('\n')[0]).toBe("缺少参数 files / error: missing required argument 'files'");
    expect(rotate(['plan', '--bogus', ...SAMPLE]).stderr.split('\n')[0]).toBe("未知选项 --bogus / error: unknown option '--bogus'");
    const typo = rotate(['plam']);
    expect(typo.status).toBe(2);
    expect(typo.stderr.split('\n').slice(0, 2)).toEqual(["未知命令 plam / error: unknown command 'plam'", '（是否要用 plan？） / (Did you mean plan?)']);
    expect(bilingualError('something else\n')).toBe('something else\n');
  });
});
