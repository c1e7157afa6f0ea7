/**
 * `data/*.csv` as rotate receives it when no shell expanded it: typed in Windows' cmd or
 * PowerShell, which leave a `*` to the program, or matching nothing (`data/*.cvs`), which a POSIX
 * shell passes on as typed. It was read as one file name and told 找不到此文件 / no such file.
 * The files it names are taken here, as a shell would take them (a `*` or `?` in the last part of
 * the path, hidden files left out, sorted by name); one that names none is told what the folder holds.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { InputIssue } from '../domain/types.js';
import { firstOf } from '../domain/text.js';
import { showPath } from '../safe/show-path.js';

/** The input files' extensions, listed when a pattern names none. */
const INPUT = /\.(?:csv|xlsx|xls)$/iu;

/** The arguments with their patterns expanded, and an issue for each pattern that names nothing. */
export interface Expanded {
  files: string[];
  issues: InputIssue[];
}

/** A pattern's last part as a regular expression: `*` any run of characters, `?` one. */
function matcher(pattern: string): RegExp {
  const body = [...pattern].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/gu, '\\$&'))).join('');
  return new RegExp(`^${body}$`, process.platform === 'win32' ? 'iu' : 'u');
}

/** The names in `dir`, or null when it is no folder that can be read. */
function namesIn(dir: string): string[] | null {
  try {
    return statSync(dir).isDirectory() ? readdirSync(dir) : null;
  } catch {
    return null;
  }
}

/**
 * `args` with each argument that names nothing and has a `*` or `?` in its last part replaced by
 * the files and folders it matches. An argument that exists, or has no pattern, is kept as given;
 * so is one with a pattern in a folder part, or a backslash off Windows: each is reported as a
 * path that names nothing.
 */
export function expandPatterns(args: readonly string[]): Expanded {
  const files: string[] = [];
  const issues: InputIssue[] = [];
  for (const arg of args) {
    const last = basename(arg);
    const dir = dirname(arg);
    // data\*.csv off Windows is told to use / (input/meant-path.ts), not searched for as one name.
    const backslashed = process.platform !== 'win32' && arg.includes('\\');
    if (!/[*?]/u.test(last) || /[*?]/u.test(dir) || backslashed || existsSync(arg)) {
      files.push(arg);
      continue;
    }
    const names = namesIn(dir);
    if (names === null) {
      issues.push({ file: showPath(arg), zh: `文件夹 ${showPath(dir)} 不存在`, en: `the folder ${showPath(dir)} does not exist` });
      continue;
    }
    const re = matcher(last);
    const matched = names.filter((n) => re.test(n) && (!n.startsWith('.') || last.startsWith('.'))).sort();
    if (matched.length > 0) {
      files.push(...matched.map((n) => join(dir, n)));
      continue;
    }
    const inputs = names.filter((n) => INPUT.test(n)).sort().map((n) => showPath(n));
    const holds = inputs.length > 0
      ? { zh: `; 其中有 ${firstOf(inputs, 5, '、', '…')}`, en: `; it holds ${firstOf(inputs, 5, ', ', '…')}` }
      : { zh: '; 其中没有CSV文件或工作簿', en: '; it holds no CSV file or workbook' };
    issues.push({ file: showPath(arg), zh: `没有与之相符的文件（文件夹 ${showPath(dir)}${holds.zh}）`, en: `no file matches it (the folder ${showPath(dir)}${holds.en})` });
  }
  return { files, issues };
}
