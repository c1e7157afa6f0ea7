/**
 * The CLI's one hold on the process: its output streams, the version, and the option parsers
 * that turn a bad flag into exit code 2.
 */
import { CommanderError, Help, type HelpConfiguration, type Option } from 'commander';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import stringWidth from 'string-width';
import type { PolicySetting } from '../domain/policy.js';
import type { InputIssue } from '../domain/types.js';
import { formatIssues } from '../schema/format-issue.js';
import { EXIT } from './exit-codes.js';
import { guardStreams } from './std-streams.js';
import { WRITTEN } from '../env-error.js';
import { maskIdCards } from '../safe/id-card.js';
import type { Text } from '../domain/text.js';

/** The package's version (package.json). */
export const version = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/** The guarded streams: every line made safe (no ID number, no forged line); a failing stream is exit 5 with one line. */
const streams = guardStreams();

/** Lines to standard output. */
export const out = (lines: readonly string[]): void => streams.out([...lines]);

/** Lines to standard error. */
export const err = (lines: readonly string[]): void => streams.err([...lines]);

/** Records that the plan folder was written: a later failure to print says so (std-streams.ts). */
export const planWritten = (dir: string): void => streams.wrote({ path: dir, what: WRITTEN.plan });

/** Records what another command wrote (`what`: one of {@link WRITTEN}): a later failure to print says so. */
export const wrote = (path: string, what: Text): void => streams.wrote({ path, what });

/** Sets the exit code the process ends with. */
export const exit = (code: number): void => {
  process.exitCode = code;
};

/** Input issues on standard error, exit code 2. */
export function badInput(issues: readonly InputIssue[], header = `输入有误 / bad input (${issues.length}):`): void {
  // The output folder refused (exists and is not rotate's, holds an input…) is no fault of the inputs.
  const heading = issues.length > 0 && issues.every((i) => i.output === true) ? `输出文件夹不能使用, 未写入任何文件 / the output folder cannot be used, nothing was written (${issues.length}):` : header;
  err([heading, ...formatIssues(issues)]);
  exit(EXIT.badInput);
}

/** What was read other than as written (ids a spreadsheet changed), on standard error; nothing when none. */
export function inputWarnings(warnings: readonly InputIssue[] | undefined): void {
  if (warnings && warnings.length > 0) err(formatIssues(warnings));
}

/**
 * The value typed after a --set's name with a space for = (`--set plan.year 2027`, `--set
 * plan.year = 2027`): the argument after `name` in `argv`, or null when none follows it, or it is
 * an option or names a file (an input, not a value).
 */
function spacedValue(name: string, argv: readonly string[]): string | null {
  const at = argv.findIndex((a, i) => a === name && argv[i - 1] === '--set');
  if (at < 0) return null;
  const next = argv[at + 1];
  const typed = next === '=' || next === '＝' ? argv[at + 2] : next?.replace(/^[=＝]/u, '');
  return typed === undefined || typed === '' || typed.startsWith('-') || existsSync(typed) ? null : typed;
}

/** `--set name=value`, repeatable: each adds a setting (later wins). The full-width ＝ a Chinese input method types is an =. */
export function parseSet(value: string, previous: PolicySetting[]): PolicySetting[] {
  const m = /^([^=＝]+)[=＝](.*)$/u.exec(value);
  if (!m) {
    // `--set plan.year` (the value forgotten) or `--set plan.year = 2026` (spaces around =, cut into three arguments): the line to type.
    // `--set weights.moves:2` (a colon, as in YAML or a list's 学科:比例): the same with =.
    const colon = /^([^:：]*[^:：\s])\s*[:：]\s*(\S.*)$/u.exec(value.trim());
    const meant = colon ? `--set ${colon[1] ?? ''}=${colon[2] ?? ''}` : `--set ${value.trim() === '' ? '名称' : value.trim()}=${spacedValue(value, process.argv) ?? '…'}`;
    throw new CommanderError(EXIT.badInput, 'rotate.set', `--set 应为 名称=取值（等号两边不留空格）, 如 ${meant} / --set expects name=value with no spaces around =, as ${meant.replace('名称', 'name')}; found "${value}"`);
  }
  // A value goes as typed into summary.json, the report and the lists: an ID number typed there is masked.
  return [...previous, { key: (m[1] ?? '').trim(), value: maskIdCards(m[2] ?? ''), file: '--set' }];
}

/**
 * The help of every command (set on the program, inherited by each command): a repeatable
 * option (--set, --policy, --locks) starts from an empty list, which commander would print as
 * "(default: [])" on each of them; an empty list is no default worth saying. Any other default
 * is printed as commander prints it. Widths are counted in terminal columns (a Chinese character
 * is two), so that descriptions wrap within the terminal's width.
 */
export const HELP_CONFIG: HelpConfiguration = {
  // A Chinese character takes two columns of a terminal: counted as one, a description wrapped
  // at 80 characters ran to 110 columns, and the terminal broke its lines inside words and paths.
  displayWidth: (str: string): number => stringWidth(str),
  optionDescription(this: Help, option: Option): string {
    const empty = Array.isArray(option.defaultValue) && option.defaultValue.length === 0;
    // A copy without the default, so that commander's own wording of everything else is kept.
    const shown = empty ? Object.assign(Object.create(Object.getPrototypeOf(option) as object) as Option, option, { defaultValue: undefined }) : option;
    return Help.prototype.optionDescription.call(this, shown);
  },
};

/** What --policy says on the commands that take it before planning (plan, validate, sweep): the order settings win in. */
export const POLICY_OPTION = '参数文件（参数,取值）, 可重复; 其中的值优先于输入中的参数文件, 后给出的优先于先给出的, --set 又优先于它们 / a policy file (key,value), repeatable; its values win over a policy file among the inputs, a later one over an earlier one, and --set over them all';

/** A repeatable option collecting its values. */
export const collect = (v: string, prev: string[]): string[] => [...prev, v];

/**
 * An option's number as typed with a Chinese input method: full-width digits and point (`６０`,
 * `０．５`) as half-width ones, as --set and the input files read them; spaces around dropped.
 */
export const halfWidth = (v: string): string => v.normalize('NFKC').trim();

/** A parser for an option that takes a whole number > 0. */
export const positiveInt =
  (name: string) =>
  (typed: string): number => {
    const v = halfWidth(typed);
    if (!/^\d+$/.test(v) || Number(v) <= 0) throw new CommanderError(EXIT.badInput, 'rotate.int', `${name} 应为正整数 / ${name} expects a whole number > 0, found "${typed}"`);
    return Number(v);
  };

/** What each exit code means, as --help lists it (the code 0 line is the command's own). */
const EXIT_LINES: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: '  1  内部错误 / internal error: e.g. a solved plan broke a hard rule (it is never written)',
  2: `  2  输入有误 / bad input or command line: every problem is listed with file, row and column;
     also an output folder holding edited or other files (use --force); nothing is written`,
  3: '  3  规则冲突, 无可行方案 / no feasible plan: the conflicting rules are listed with numbers',
  4: `  4  求解失败或超时前未找到方案 / the solver failed, ran out of time before finding any plan
     (one found by then is written, exit 0, marked not proven optimal) or gave an answer that is
     not a solution; what was tried is listed; nothing is written`,
  5: envExit('the plan was written'),
};

/**
 * Code 5 of a command that writes files and then prints: `written` is what that one line then
 * says (`the plan was written`, `the roster was written`: see env-error.ts WRITTEN).
 */
export function envExit(written: string): string {
  return `  5  环境错误 / environment error: a read-only or full disk, no permission to write, output
     closed, too many open files, the output folder in use by another run; one line names the
     cause; nothing is written unless that line says ${written}`;
}

/**
 * The exit codes one command can give, as its --help lists them: `ok` says what code 0 means
 * for that command (a plan written, the input checked), `codes` the others it may end with
 * (a number for the shared wording, a whole line where the command means something narrower).
 */
export function exitHelp(ok: string, codes: readonly (1 | 2 | 3 | 4 | 5 | string)[]): string {
  return ['', '退出码 / exit codes:', `  0  ${ok}`, ...codes.map((c) => (typeof c === 'string' ? c : EXIT_LINES[c]))].join('\n');
}

/** The exit codes of `rotate plan`, as its --help lists them. */
export const EXIT_HELP = exitHelp('方案已写入 / plan written', [1, 2, 3, 4, 5]);

/** Code 2 of `rotate explain`: a plan folder read, nothing written. */
export const PLAN_FOLDER_BAD = `  2  输入有误 / bad input or command line: a folder that is not a whole plan, a file in it that
     cannot be read (named with its row), or an unknown id`;

/** Code 2 of `rotate roster`: a plan folder read, a roster folder written. */
export const ROSTER_BAD = `  2  输入有误 / bad input or command line: a folder that is not a whole plan, a file in it that
     cannot be read (named with its row), a --set value out of range, a --teachers file that
     is not the one the plan was made from, or an output folder that may not be replaced (files
     edited or not rotate's, another command's folder: use --force; the plan folder, inside it
     or holding it: never); nothing is written`;

/** Code 1 for the commands that do not solve: only a bug in rotate ends with it. */
export const INTERNAL = '  1  内部错误 / internal error: a bug in rotate; nothing half-written is left';

/** Code 2 of `rotate diff`: two plan folders read, and a --csv file that may be refused before anything is read. */
export const DIFF_BAD = `  2  输入有误 / bad input or command line: a folder that is not a whole plan, a file in it that
     cannot be read (named with its row), or a --csv file that may not be written (an input,
     inside a plan folder, a file rotate did not write: use --force); nothing is written`;

/** Code 2 of `rotate sweep`: the county's inputs, the swept settings, and a -o file that may be refused before any plan. */
export const SWEEP_BAD = `  2  输入有误 / bad input or command line: every problem is listed with file, row and column;
     also no swept parameter or more than two, too many points, or an -o file that may not be
     written (an input, inside a plan folder, a file rotate did not write: use --force);
     nothing is written`;

/** Code 5 of the commands whose one output is a CSV file, when asked for (diff --csv, sweep -o): no folder, no lock. */
export const ENV_CSV = `  5  环境错误 / environment error: the CSV cannot be written (a read-only or full disk, no
     permission), output closed, too many open files; one line names the cause; the CSV is
     written whole or not at all, and that line says when it was written`;

/** Code 5 where a command writes nothing (explain). */
export const ENV_READ_ONLY = '  5  环境错误 / environment error: output closed, too many open files; one line names the cause';
