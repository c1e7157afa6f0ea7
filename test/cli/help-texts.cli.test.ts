/**
 * Each command's --help says what the command does, no more: the exit codes it can give (diff and
 * sweep write one CSV, not a folder, and look up no id), what sweep sweeps, what --baseline takes,
 * and no "(default: [])" on the repeatable options.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');
const DATA = join(import.meta.dirname, '../../data');

/** The help of one command, as a user sees it. */
function help(command: string): string {
  const r = spawnSync(process.execPath, [BIN, command, '--help'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(r.status, command).toBe(0);
  return r.stdout;
}

/** The help's text with every line break and indentation as one space: a phrase wrapped over two lines is found. */
const flat = (text: string): string => text.replace(/\s*\n\s*/gu, ' ');

/** The lines of one exit code in a help's exit-code list (the code's line and its continuation lines). */
function exitLines(text: string, code: number): string {
  const list = text.slice(text.indexOf('退出码 / exit codes:'));
  const start = list.search(new RegExp(`^ {2}${code} {2}`, 'm'));
  if (start < 0) return '';
  const next = list.slice(start + 1).search(/^ {2}\d {2}/m);
  return next < 0 ? list.slice(start) : list.slice(start, start + 1 + next);
}

/** The command lines of a help's examples, as typed: the note after a command (two spaces on) left out. */
function examples(text: string): string[] {
  const start = text.search(/^示例 \/ examples?:$/mu);
  if (start < 0) return [];
  const block = text.slice(start).split('\n\n')[0] ?? '';
  return block.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('rotate ')).map((l) => l.split(/\s{2,}/u)[0] ?? '');
}

describe('--help matches what each command does', () => {
  it('policy and init: examples that run as written from the repository folder, and their exit codes', () => {
    for (const c of ['policy', 'init']) {
      const h = help(c);
      const typed = examples(h);
      expect(typed.length, c).toBeGreaterThan(1);
      // A folder holding a copy of the repository's data/: what the examples write stays out of the repository.
      const dir = mkdtempSync(join(tmpdir(), `rotate-help-${c}-`));
      cpSync(DATA, join(dir, 'data'), { recursive: true });
      for (const line of typed) {
        const r = spawnSync('sh', ['-c', line.replace(/^rotate /u, `"${process.execPath}" "${BIN}" `)], { cwd: dir, encoding: 'utf8' });
        expect(r.status, `${c}: ${line}\n${r.stderr}`).toBe(0);
      }
      expect(h, c).toContain('退出码 / exit codes:');
      for (const code of [0, 1, 2, 5]) expect(exitLines(h, code), `${c} ${code}`).not.toBe('');
      expect(h, c).not.toMatch(/^ {2}[34] /mu);
    }
    // policy reads no file: its 2 is a command line mistake; init's is also a folder inside a plan folder.
    expect(exitLines(help('policy'), 2)).toContain('command line');
    expect(exitLines(help('policy'), 2)).not.toContain('row');
    expect(flat(exitLines(help('init'), 2))).toContain('inside a plan folder');
  }, 60_000);


  it('plan and validate: their files may be county folders, and an example of one says how to get one and runs as written', () => {
    for (const c of ['plan', 'validate']) {
      const h = help(c);
      const args = flat(h.slice(h.indexOf('Arguments:'), h.indexOf('Options:')));
      expect(args, c).toContain('或县文件夹');
      expect(args, c).toContain('or county folders');
      // An example on folders the repository does not have (counties/*, 县数据/): the help names the command that writes one.
      const onFolders = examples(h).filter((e) => !e.split(' ').slice(2).some((a) => a.startsWith('data/')));
      expect(onFolders.length, c).toBeGreaterThan(0);
      for (const line of onFolders) {
        const root = (line.split(' ')[2] ?? '').replace(/[/*].*$/u, '');
        const maker = new RegExp(`rotate (?:init|generate) ${root}(?:/\\S*)?(?=[ ）)])`, 'u').exec(h)?.[0];
        expect(maker, `${c}: ${line}`).toBeDefined();
        const dir = mkdtempSync(join(tmpdir(), `rotate-help-${c}-`));
        for (const typed of [maker ?? '', line]) {
          const r = spawnSync('sh', ['-c', typed.replace(/^rotate /u, `"${process.execPath}" "${BIN}" `)], { cwd: dir, encoding: 'utf8' });
          expect(r.status, `${c}: ${typed}\n${r.stderr}`).toBe(0);
        }
      }
    }
  }, 60_000);

  it('explain, diff and roster: the examples write the plans they read first, and run as written in order', () => {
    for (const c of ['explain', 'diff', 'roster']) {
      const lines = examples(help(c));
      expect(lines[0], c).toBe('rotate plan data/*.csv');
      const dir = mkdtempSync(join(tmpdir(), `rotate-help-${c}-`));
      cpSync(DATA, join(dir, 'data'), { recursive: true });
      for (const typed of lines) {
        const r = spawnSync('sh', ['-c', typed.replace(/^rotate /u, `"${process.execPath}" "${BIN}" `)], { cwd: dir, encoding: 'utf8' });
        expect(r.status, `${c}: ${typed}\n${r.stderr}`).toBe(0);
      }
    }
  }, 120_000);

  it('diff: its own exit codes, about its two folders and its CSV', () => {
    const h = help('diff');
    const two = exitLines(h, 2);
    expect(two).toContain('not a whole plan');
    expect(two).toContain('--csv');
    expect(two).not.toContain('unknown id');
    const five = exitLines(h, 5);
    expect(five).toContain('CSV');
    expect(five).not.toContain('output folder');
    expect(five).not.toContain('plan was written');
    expect(h).not.toMatch(/^ {2}[34] /m);
  });

  it('sweep: one or two parameters, weights or rules, and a file (not a folder) in its exit codes', () => {
    const h = help('sweep');
    expect(h).toContain('one or two parameters');
    expect(h).not.toContain('one or two weights');
    expect(h).toContain('一到两个参数');
    expect(h).toContain('--set rules.max_backbone_outflow_share=');
    const two = exitLines(h, 2);
    expect(two).toContain('-o file');
    expect(two).not.toContain('output folder');
    const five = exitLines(h, 5);
    expect(five).toContain('CSV');
    expect(five).not.toContain('output folder');
    expect(five).not.toContain('plan was written');
  });

  it('plan: an example that names the user\'s own file says how to get it', () => {
    const h = help('plan');
    const block = h.slice(h.indexOf('示例 / examples:'), h.indexOf('退出码 / exit codes:'));
    // One example: its command line and the note lines under it.
    const entries = block.split(/\n(?= {2}rotate )/u).map((e) => flat(e).trim());
    const about = (file: string): string => entries.find((e) => e.startsWith('rotate ') && e.includes(file)) ?? '';
    expect(about('my-policy.csv')).toMatch(/rotate init 写出的 参数\.csv.*the 参数\.csv that rotate init writes/u);
    expect(about('edited/assignments.csv')).toMatch(/assignments\.csv 的副本, 在 Excel 中.*a copy of plan\/assignments\.csv edited in Excel/u);
    expect(about('异议.csv')).toMatch(/各列见 README.*its columns in the README/u);
  });

  it('an option\'s Chinese and English say the same', () => {
    /** One option's description, its lines joined. */
    const option = (h: string, flag: string): string => {
      const at = h.indexOf(`  ${flag} `);
      return flat(h.slice(at, h.indexOf('\n  -', at + 1)));
    };
    // --policy: in both languages, that it wins over the inputs' policy file, a later over an earlier, --set over all.
    for (const c of ['plan', 'validate', 'sweep']) {
      const policy = option(help(c), '--policy');
      for (const s of ['优先于输入中的参数文件', '后给出的优先于先给出的', '--set 又优先于它们', 'win over a policy file among the inputs', 'a later one over an earlier one', '--set over them all']) expect(policy, `${c}: ${s}`).toContain(s);
    }
    const plan = help('plan');
    expect(option(plan, '--baseline')).toContain('各县用其中自己的方案（<dir>/<文件夹名>）');
    expect(option(plan, '--baseline')).toContain('its own plan there (<dir>/<folder>)');
    expect(option(help('diff'), '--csv')).toContain('同时把差异写入CSV文件 / also write the differences as CSV');
    expect(option(help('sweep'), '-o, --out')).toContain('同时把权衡表写入CSV文件 / also write the table as CSV');
    // What the English of the roster and publish notes says of summary.json and --set, the Chinese says too.
    expect(flat(help('roster'))).toContain('取值来自方案的 summary.json, --set 只改花名册中的取值');
    const publish = flat(help('publish'));
    expect(publish).toContain('参数取自方案的 summary.json, --set 只改名单所用的取值');
    expect(publish).toContain('方案未用 --baseline 做出时, 按首次公示');
  });

  it('plan: --baseline takes a plan folder or one assignments.csv or plan.xlsx', () => {
    const h = help('plan');
    const baseline = h.slice(h.indexOf('--baseline'), h.indexOf('--export-model'));
    expect(baseline).not.toContain('<plan_dir>');
    for (const s of ['plan folder', 'assignments.csv', 'plan.xlsx']) expect(flat(baseline), s).toContain(s);
  });

  it('plan: code 4 is a time-out without any plan, as --time-limit says a plan found by then is written', () => {
    const h = help('plan');
    expect(flat(h)).toContain('the best verified plan found by then is');
    const four = exitLines(h, 4);
    expect(four).toContain('ran out of time before finding any plan');
    expect(four).toContain('exit 0, marked not proven optimal');
  });

  it('plan: the exit code of a batch, where the counties planned are written though another fails', () => {
    const h = help('plan');
    const batch = h.slice(h.indexOf('参数为县文件夹时 / for county folders'));
    expect(batch).toContain('the first county (in the order given) not planned');
    expect(batch).toContain('130');
  });

  it('publish: -q, --quiet, as plan has', () => {
    expect(help('publish')).toMatch(/^ {2}-q, --quiet {2,}不打印摘要 \/ print no summary$/m);
    expect(help('plan')).toMatch(/^ {2}-q, --quiet {2,}不打印摘要 \/ print no summary$/m);
  });

  it('no "(default: [])" on a repeatable option; other defaults still shown', () => {
    for (const c of ['plan', 'sweep', 'publish', 'roster']) {
      const h = help(c);
      expect(h, c).toContain('--set');
      expect(h, c).not.toContain('default: []');
    }
    const plan = flat(help('plan'));
    expect(plan).toContain('(default: "plan")');
    expect(plan).toContain('default: "auto"');
    expect(flat(help('roster'))).toContain('(default: "roster")');
  });
});

describe('rotate --help, for someone who has never used it', () => {
  it('lists the commands to begin with, in order, each running as written; --help and --version in Chinese too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-start-'));
    const top = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }).stdout;
    const block = top.slice(top.indexOf('开始 / getting started:')).split('\n\n')[0] ?? '';
    const lines = block.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('rotate ')).map((l) => l.split(/\s{2,}/u)[0] ?? '');
    expect(lines.map((l) => l.split(' ')[1])).toEqual(['init', 'validate', 'plan', 'explain', 'plan']);
    for (const line of lines) {
      // As a shell runs it: the pattern expanded, here by rotate itself.
      const r = spawnSync(process.execPath, [BIN, ...line.split(' ').slice(1)], { encoding: 'utf8', cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
      expect(r.status, `${line}\n${r.stderr}`).toBe(0);
    }
    expect(top).toContain('-h, --help                            显示帮助 / display help');
    expect(top).toContain('-V, --version                         显示版本号 / output the version number');
    expect(help('plan')).toContain('-h, --help                显示帮助 / display help');
  }, 60_000);

  it('rotate alone prints it on standard error, says why, and ends with code 2', () => {
    const r = spawnSync(process.execPath, [BIN], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('开始 / getting started:');
    expect(r.stderr.trim().split('\n').at(-1)).toBe('缺少命令; 第一次使用见上方「开始」/ no command given; new here? see getting started above');
  });
});

describe('--help fits the terminal', () => {
  it('has no line wider than 100 columns, in any command\'s help, examples and exit codes included', async () => {
    const { default: stringWidth } = await import('string-width');
    const top = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }).stdout;
    // Every command the top help lists (help itself aside), so that a command added later is walked too.
    const commands = [...(top.slice(top.indexOf('Commands:')).split('\n\n')[0] ?? '').matchAll(/^ {2}([a-z]+)\b/gmu)].map((m) => m[1] ?? '').filter((c) => c !== 'help');
    expect(commands).toEqual(expect.arrayContaining(['plan', 'validate', 'generate', 'policy', 'explain', 'diff', 'sweep', 'init', 'publish', 'roster']));
    for (const [name, text] of [['rotate', top] as const, ...commands.map((c) => [c, help(c)] as const)]) {
      const wide = text.split('\n').filter((l) => stringWidth(l) > 100).map((l) => `${stringWidth(l)}: ${l}`);
      expect(wide, name).toEqual([]);
    }
  }, 60_000);

  it('wraps the commands, arguments and options within 80 columns, a Chinese character counted as two', async () => {
    const { default: stringWidth } = await import('string-width');
    for (const c of ['plan', 'validate', 'generate', 'explain', 'diff', 'sweep', 'publish', 'roster']) {
      const h = help(c);
      // Commander's part, before the examples and exit codes the command adds.
      const listed = h.slice(h.indexOf('\nArguments:') >= 0 ? h.indexOf('\nArguments:') : h.indexOf('\nOptions:'), h.indexOf('  -h, --help'));
      // A line may run past 80 columns only when it is one run with no space to break it at.
      const over = listed.split('\n').filter((l) => stringWidth(l) > 80 && /\S\s+\S/u.test(l.trim().replace(/^(?:-\S+,? )*-\S+(?: <[^>]+>)?\s{2,}/u, '')));
      expect(over, c).toEqual([]);
    }
    const top = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' }).stdout;
    const commands = top.slice(top.indexOf('Commands:')).split('\n\n')[0] ?? '';
    expect(commands.split('\n').filter((l) => stringWidth(l) > 80 && /\S\s+\S/u.test(l.trim().replace(/^\S+(?: \[options\])?(?: <[^>]+>)*\s{2,}/u, '')))).toEqual([]);
  });
});
