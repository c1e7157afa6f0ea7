/**
 * A file given to --baseline that holds no plan's table: a plan's summary.json or report.html
 * (given for its folder) was read as a CSV file, an error for each of its lines; it is one line
 * that names the folder to give instead.
 */
import { basename, dirname } from 'node:path';
import type { InputIssue } from '../domain/types.js';
import { showPath } from '../safe/show-path.js';
import { isPlanFolder } from './is-plan-folder.js';

/** The files a plan's moves are read from: a CSV file (assignments.csv, edited or not, or saved as .txt) or a workbook (plan.xlsx). */
const TABLE = /\.(csv|txt|tsv|xlsx|xls)$/iu;

/** The issue for a --baseline file that is no CSV file or workbook, or null when it may be one. */
export async function notABaselineFile(path: string): Promise<InputIssue | null> {
  if (TABLE.test(path)) return null;
  const file = showPath(path);
  const parent = dirname(path);
  if (await isPlanFolder(parent)) {
    const name = showPath(basename(path));
    return { file, zh: `--baseline 取方案文件夹或其中的 assignments.csv、plan.xlsx, 不取 ${name}; 请给出它所在的文件夹 ${showPath(parent)}`, en: `--baseline takes a plan folder, or its assignments.csv or plan.xlsx, not ${name}; give its folder ${showPath(parent)}` };
  }
  return { file, zh: '--baseline 取方案文件夹, 或一个 assignments.csv 或 plan.xlsx 文件', en: '--baseline takes a plan folder, or one assignments.csv or plan.xlsx file' };
}
