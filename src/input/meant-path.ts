/**
 * What a path that names nothing was most likely meant to be, for the line that says so: a
 * Windows path typed with backslashes (`data\学校.csv`, which here is one file name), a file name
 * without its extension (`data/岗位` for `data/岗位.csv`), or a path with spaces that the shell
 * cut into several arguments (`my county/学校 2026.csv` typed without quotes).
 */
import { existsSync } from 'node:fs';
import type { Text } from '../domain/text.js';
import { showPath } from '../safe/show-path.js';

/** The extensions an input file has, tried after a name given without one. */
const EXTENSIONS = ['.csv', '.xlsx', '.xls'];

/** The most that a path cut at its spaces is looked for in (words of one path). */
const MAX_WORDS = 8;

/**
 * What to type instead of `path`, which names nothing, or null when nothing near it exists.
 * `exists` tells whether a path names a file or folder (tests may pass their own).
 */
export function meantPath(path: string, exists: (p: string) => boolean = existsSync): Text | null {
  if (path.includes('\\')) {
    const slashed = path.replace(/\\/gu, '/');
    const shown = exists(slashed) ? showPath(slashed) : null;
    return shown !== null
      ? { zh: `路径用 / 分隔, 不用 \\: 请写 ${shown}`, en: `folders in a path are separated by /, not \\: type ${shown}` }
      : { zh: '路径用 / 分隔, 不用 \\', en: 'folders in a path are separated by /, not \\' };
  }
  const withExtension = EXTENSIONS.map((e) => `${path}${e}`).find((p) => exists(p));
  if (withExtension !== undefined) return { zh: `是否指 ${showPath(withExtension)}？`, en: `did you mean ${showPath(withExtension)}?` };
  return null;
}

/** A run of arguments that names nothing, whose words joined with spaces name one file or folder. */
export interface SpacedPath {
  /** Index of the run's first argument. */
  from: number;
  /** How many arguments the run is. */
  count: number;
  /** The path they make, joined with spaces. */
  path: string;
}

/**
 * The paths the shell cut at their spaces: each run of arguments, none of which names anything,
 * that joined with single spaces names a file or folder. Runs do not overlap; the longest run
 * from an argument is taken.
 */
export function spacedPaths(args: readonly string[], exists: (p: string) => boolean = existsSync): SpacedPath[] {
  const runs: SpacedPath[] = [];
  const missing = args.map((a) => !exists(a));
  for (let i = 0; i < args.length; i++) {
    if (!missing[i]) continue;
    let found: SpacedPath | null = null;
    for (let j = i + 1; j < Math.min(args.length, i + MAX_WORDS); j++) {
      if (!missing[j]) break;
      const path = args.slice(i, j + 1).join(' ');
      if (exists(path)) found = { from: i, count: j - i + 1, path };
    }
    if (found !== null) {
      runs.push(found);
      i += found.count - 1;
    }
  }
  return runs;
}

/** The line for a path cut at its spaces: quote it. */
export function spacedPathText(run: SpacedPath): Text {
  const shown = showPath(run.path);
  return {
    zh: `路径中有空格, 被分成了 ${run.count} 个参数; 请加引号: "${shown}"`,
    en: `the path holds spaces and was cut into ${run.count} arguments; put it in quotes: "${shown}"`,
  };
}
