/**
 * `rotate init 县数据` or `rotate generate county` where 县数据 (or a folder above it) is a file:
 * creating the folder failed with EEXIST or ENOTDIR, told as an internal error (exit 1) or an
 * environment error (exit 5). Checked before anything is written, it is a mistake on the command
 * line: one bilingual line, exit 2.
 */
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { showPath } from '../safe/show-path.js';

/**
 * The line that says `dir` cannot be a folder because it, or the nearest existing folder above
 * it, is a file; null when the folder exists or can be made.
 */
export async function fileInTheWay(dir: string): Promise<string | null> {
  const shown = showPath(dir);
  // Up the path as typed, so that the file is named as the user would name it.
  for (let up = dir; ; up = dirname(up)) {
    const info = await stat(up).catch(() => null);
    if (info?.isDirectory() === true) return null;
    if (info) {
      const which = showPath(up);
      const [zh, en] = up === dir ? [which, which] : [`${shown} 中的 ${which}`, `${which}, in ${shown},`];
      return `${zh} 是一个文件而不是文件夹, 未写入任何文件; 请另选文件夹 / ${en} is a file, not a folder; nothing was written: choose another folder`;
    }
    if (dirname(up) === up) return null;
  }
}
