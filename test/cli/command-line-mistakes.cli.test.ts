/**
 * A clerk's mistakes on the command line: each is told in a few bilingual lines that say what was
 * wrong and what to type instead, exit 2, and nothing is written.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');
const DATA = join(import.meta.dirname, '../../data');
const SAMPLE = ['学校.csv', '教师.csv', '岗位.csv'].map((f) => join(DATA, f));

function rotate(args: string[], cwd?: string): { status: number | null; stderr: string; stdout: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, ...(cwd !== undefined && { cwd }) });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');

describe('command line mistakes', () => {
  it('a mistake is followed by one line naming the command\'s --help, not by the whole help', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rotate-mistake-')), 'plan');
    const cases: [string[], string, string][] = [
      [['pln', ...SAMPLE], "未知命令 pln / error: unknown command 'pln'", '运行 rotate --help 查看全部命令 / run rotate --help to list the commands'],
      [['help', 'pln'], "未知命令 pln / error: unknown command 'pln'", '运行 rotate --help 查看全部命令 / run rotate --help to list the commands'],
      [['plan', ...SAMPLE, '-o', out, '--bogus'], "未知选项 --bogus / error: unknown option '--bogus'", '运行 rotate plan --help 查看全部选项和示例 / run rotate plan --help for its options and examples'],
      [['plan', ...SAMPLE, '-o', out, '--set'], "选项 --set <name=value> 缺少取值 / error: option '--set <name=value>' argument missing", '运行 rotate plan --help 查看全部选项和示例 / run rotate plan --help for its options and examples'],
      [['explain', out], "缺少参数 id / error: missing required argument 'id'", '运行 rotate explain --help 查看全部选项和示例 / run rotate explain --help for its options and examples'],
    ];
    for (const [args, first, last] of cases) {
      const r = rotate(args);
      expect(r.status, args[0]).toBe(2);
      const said = lines(r.stderr);
      expect(said[0]).toBe(first);
      expect(said.at(-1)).toBe(last);
      expect(said.length, r.stderr).toBeLessThanOrEqual(3);
      expect(r.stderr).not.toContain('Usage:');
    }
    expect(existsSync(out)).toBe(false);
    // help for a command that is one is still that command's help.
    const known = rotate(['help', 'plan']);
    expect(known.status).toBe(0);
    expect(known.stdout).toContain('Usage: rotate plan');
  });

  it('a value not among an option\'s choices is told in Chinese too', () => {
    const r = rotate(['plan', ...SAMPLE, '--solver', 'cplex']);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)[0]).toBe("选项 --solver <name> 的取值「cplex」无效, 可选: auto, jslp, highs / error: option '--solver <name>' argument 'cplex' is invalid. Allowed choices are auto, jslp, highs.");
  });

  it('a parameter typed as an option is told the --set that sets it', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rotate-mistake-')), 'plan');
    const r = rotate(['plan', ...SAMPLE, '-o', out, '--yera', '2026']);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)[1]).toBe('（参数用 --set 设置, 是否要用 --set plan.year=2026？） / (parameters are set with --set: did you mean --set plan.year=2026?)');
    expect(lines(rotate(['validate', ...SAMPLE, '--quota-share=0.15']).stderr)[1]).toContain('--set rules.quota_share=0.15');
    // A command without --set is not told to use one.
    expect(rotate(['generate', out, '--year', '2026']).stderr).not.toContain('--set');
    expect(existsSync(out)).toBe(false);
  });
});

describe('paths that name nothing', () => {
  it('are named as typed, with what to type instead, and nothing is written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-paths-'));
    mkdirSync(join(dir, 'data'));
    mkdirSync(join(dir, 'my county'));
    for (const f of ['学校.csv', '教师.csv', '岗位.csv']) copyFileSync(join(DATA, f), join(dir, 'data', f));
    copyFileSync(join(DATA, '学校.csv'), join(dir, 'my county', '学校 2026.csv'));
    const cases: [string[], string][] = [
      [['data/学校.csv', 'data/教师.csv', 'data/岗位'], 'data/岗位: 找不到此文件; 是否指 data/岗位.csv？ / no such file; did you mean data/岗位.csv?'],
      [['data\\学校.csv', 'data/教师.csv'], 'data\\学校.csv: 找不到此文件; 路径用 / 分隔, 不用 \\: 请写 data/学校.csv / no such file; folders in a path are separated by /, not \\: type data/学校.csv'],
      [['data/学校.csv/', 'data/教师.csv'], 'data/学校.csv/: 路径中有一部分是文件而不是文件夹 / a part of the path is a file, not a folder'],
      [['县数据/'], '县数据/: 找不到此文件 / no such file'],
      [['my', 'county/学校', '2026.csv', 'data/教师.csv'], 'my county/学校 2026.csv: 路径中有空格, 被分成了 3 个参数; 请加引号: "my county/学校 2026.csv" / the path holds spaces and was cut into 3 arguments; put it in quotes: "my county/学校 2026.csv"'],
    ];
    for (const [args, line] of cases) {
      const r = rotate(['plan', ...args, '-o', 'out'], dir);
      expect(r.status, args.join(' ')).toBe(2);
      expect(lines(r.stderr).slice(1), args.join(' ')).toEqual([line]);
    }
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('a file given for a plan folder', () => {
  it('names the plan folder to give instead, in one line, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-planfile-'));
    expect(rotate(['plan', ...SAMPLE, '-o', 'plan', '-q'], dir).status).toBe(0);
    const cases: [string[], string][] = [
      [['explain', 'plan/summary.json', '000021'], "plan/summary.json: 这是方案中的一个文件, 不是方案文件夹; 请给出它所在的文件夹 plan / this is a file of a plan, not the plan's folder; give its folder plan"],
      [['roster', 'plan/assignments.csv', '-o', 'out'], "plan/assignments.csv: 这是方案中的一个文件, 不是方案文件夹; 请给出它所在的文件夹 plan / this is a file of a plan, not the plan's folder; give its folder plan"],
      [['diff', 'plan', SAMPLE[0]!], `${SAMPLE[0]!}: 这是一个文件, 不是方案文件夹（请给出 rotate plan 写出的文件夹） / this is a file, not a plan folder (give a folder written by rotate plan)`],
      [['plan', ...SAMPLE, '--baseline', 'plan/summary.json', '-o', 'out'], 'plan/summary.json: --baseline 取方案文件夹或其中的 assignments.csv、plan.xlsx, 不取 summary.json; 请给出它所在的文件夹 plan / --baseline takes a plan folder, or its assignments.csv or plan.xlsx, not summary.json; give its folder plan'],
    ];
    for (const [args, line] of cases) {
      const r = rotate(args, dir);
      expect(r.status, args.join(' ')).toBe(2);
      expect(lines(r.stderr).slice(1), args.join(' ')).toEqual([line]);
    }
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('numbers typed with a Chinese input method', () => {
  it('--time-limit, --jobs and generate\'s counts take full-width digits, as --set does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-fullwidth-'));
    const plan = rotate(['plan', ...SAMPLE, '-o', 'plan', '-q', '--time-limit', '６０', '--jobs', '２'], dir);
    expect(plan.status, plan.stderr).toBe(0);
    const generated = rotate(['generate', 'county', '--teachers', '３００', '--schools', '１２'], dir);
    expect(generated.status, generated.stderr).toBe(0);
    expect(rotate(['validate', 'county'], dir).stdout).toContain('12 所学校 schools, 300 名教师 teachers');
  });
});

describe('options typed with a Chinese input method on', () => {
  it('are named with the half-width option to type, exit 2, and nothing is written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-wide-'));
    const told = (typed: string, meant: string): string => `「${typed}」中有中文输入法的全角字符, 选项要用半角输入: ${meant} / "${typed}" holds full-width characters from a Chinese input method: type the option half-width, ${meant}`;
    const cases: [string[], string][] = [
      [['－－set', 'weights.moves=3', '-o', 'plan2'], told('－－set', '--set')],
      [['——set', 'weights.moves=3', '-o', 'plan2'], told('——set', '--set')],
      [['—o', 'plan2'], told('—o', '-o')],
      [['--ｓｅｔ', 'weights.moves=3', '-o', 'plan2'], told('--ｓｅｔ', '--set')],
      // A full-width space makes one argument of an option and its value: a plan went to a folder named "　plan2".
      [['-o\u3000plan2'], told('-o\u3000plan2', '-o plan2')],
    ];
    for (const [args, line] of cases) {
      const r = rotate(['plan', ...SAMPLE, ...args], dir);
      expect(r.status, args.join(' ')).toBe(2);
      expect(lines(r.stderr), args.join(' ')).toEqual([line, '运行 rotate plan --help 查看全部选项和示例 / run rotate plan --help for its options and examples']);
    }
    expect(readdirSync(dir)).toEqual([]);
    // Full-width text in a value is the value's: ＝ and a full-width space inside it are kept as they are.
    const kept = rotate(['plan', ...SAMPLE, '-o', 'plan', '-q', '--set', 'weights.moves＝3', '--set', 'publish.county=定远县\u3000教育局'], dir);
    expect(kept.status, kept.stderr).toBe(0);
  });
});

describe('options before the command', () => {
  it('are shown after it, in the command line to type, exit 2, and nothing is written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-before-'));
    mkdirSync(join(dir, '县 数据'));
    const cases: [string[], string, string][] = [
      [['-o', 'plan2', 'plan', ...SAMPLE], '-o', ['rotate', 'plan', ...SAMPLE, '-o', 'plan2'].join(' ')],
      [['--set', 'plan.year=2027', 'validate', '县 数据'], '--set', 'rotate validate "县 数据" --set plan.year=2027'],
    ];
    for (const [args, option, meant] of cases) {
      const r = rotate(args, dir);
      expect(r.status, args.join(' ')).toBe(2);
      expect(lines(r.stderr), args.join(' ')).toEqual([
        `未知选项 ${option} / error: unknown option '${option}'`,
        `（选项要写在命令之后: ${meant}） / (options go after the command: ${meant})`,
        '运行 rotate --help 查看全部命令 / run rotate --help to list the commands',
      ]);
    }
    expect(readdirSync(dir)).toEqual(['县 数据']);
  });
});

describe('an option\'s value forgotten before another option', () => {
  it('is told as a missing value, not taken for the value: exit 2, nothing written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-novalue-'));
    const cases: [string[], string][] = [
      // The plan went to a folder named --force.
      [['plan', ...SAMPLE, '-o', '--force'], "选项 -o, --out <dir> 缺少取值: 其后的 --force 是另一个选项 / error: option '-o, --out <dir>' argument missing: --force after it is another option"],
      [['validate', ...SAMPLE, '--set', '--policy', 'p.csv'], "选项 --set <name=value> 缺少取值: 其后的 --policy 是另一个选项 / error: option '--set <name=value>' argument missing: --policy after it is another option"],
    ];
    for (const [args, line] of cases) {
      const r = rotate(args, dir);
      expect(r.status, args.join(' ')).toBe(2);
      expect(lines(r.stderr), args.join(' ')).toEqual([line, `运行 rotate ${args[0]} --help 查看全部选项和示例 / run rotate ${args[0]} --help for its options and examples`]);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('an option typed with the wrong dashes or in capitals', () => {
  it('is told the option meant, exit 2, nothing written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-dashes-'));
    const cases: [string[], string, string][] = [
      [['-set', 'weights.moves=3', '-o', 'plan2'], '-set', '--set'],
      [['--o', 'plan2'], '--o', '-o'],
      [['-O', 'plan2'], '-O', '-o'],
    ];
    for (const [args, typed, meant] of cases) {
      const r = rotate(['plan', ...SAMPLE, ...args], dir);
      expect(r.status, args.join(' ')).toBe(2);
      expect(lines(r.stderr).slice(0, 2), args.join(' ')).toEqual([`未知选项 ${typed} / error: unknown option '${typed}'`, `（是否要用 ${meant}？） / (Did you mean ${meant}?)`]);
    }
    expect(readdirSync(dir)).toEqual([]);
    // rotate -v, as many tools spell it, for rotate's -V.
    const v = rotate(['-v'], dir);
    expect(v.status).toBe(2);
    expect(lines(v.stderr).slice(0, 2)).toEqual(["未知选项 -v / error: unknown option '-v'", '（是否要用 -V？） / (Did you mean -V?)']);
  });
});

describe('explain\'s two arguments the other way round', () => {
  it('are told so, with the command line to type, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-explain-order-'));
    expect(rotate(['plan', ...SAMPLE, '-o', '方案 2026', '-q'], dir).status).toBe(0);
    const r = rotate(['explain', '000021', '方案 2026'], dir);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual(['000021 与 方案 2026 顺序反了: 先给方案文件夹, 再给工号、学校代码或姓名: rotate explain "方案 2026" 000021 / 000021 and 方案 2026 are the other way round: the plan folder comes first, then the id or name: rotate explain "方案 2026" 000021']);
    expect(rotate(['explain', '方案 2026', '000021'], dir).status).toBe(0);
  });
});

describe('help typed after the command', () => {
  it('is the command\'s help, as rotate help plan is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-help-after-'));
    for (const command of ['plan', 'explain']) {
      const r = rotate([command, 'help'], dir);
      expect(r.status, command).toBe(0);
      expect(r.stdout).toBe(rotate(['help', command], dir).stdout);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a command in capitals or full-width letters', () => {
  it('is told the command meant, exit 2', () => {
    for (const typed of ['PLAN', 'ｐｌａｎ']) {
      const r = rotate([typed, ...SAMPLE]);
      expect(r.status, typed).toBe(2);
      expect(lines(r.stderr), typed).toEqual([`未知命令 ${typed} / error: unknown command '${typed}'`, '（是否要用 plan？） / (Did you mean plan?)', '运行 rotate --help 查看全部命令 / run rotate --help to list the commands']);
    }
  });
});

describe('an output path typed with backslashes', () => {
  it('is told the path with /, exit 2, nothing written (it was one folder named out\\plan2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-backslash-out-'));
    const told = (typed: string, meant: string): string => `${typed}: 路径用 / 分隔, 不用 \\: 请写 ${meant}, 未写入任何文件 / folders in a path are separated by /, not \\: type ${meant}; nothing was written`;
    const cases: [string[], string][] = [
      [['plan', ...SAMPLE, '-o', 'out\\plan2'], told('out\\plan2', 'out/plan2')],
      [['plan', ...SAMPLE, '--out=out\\plan2'], told('out\\plan2', 'out/plan2')],
      [['init', '县数据\\甲县'], told('县数据\\甲县', '县数据/甲县')],
      [['generate', 'c\\d', '--teachers', '300'], told('c\\d', 'c/d')],
    ];
    for (const [args, line] of cases) {
      const r = rotate(args, dir);
      expect(r.status, args.join(' ')).toBe(2);
      expect(lines(r.stderr), args.join(' ')).toEqual([line]);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});
