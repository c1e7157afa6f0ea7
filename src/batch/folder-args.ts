/**
 * Arguments that mix county folders and files, as the shell's `市/*` gives them when the city's
 * folder also holds a 说明.docx or a 汇总.xlsx. Each folder given was taken as one county's input
 * file (这是一个文件夹，不是CSV文件, once per county). Files that are no county input (a .docx, a
 * .txt, a .pdf) are left out and said so; a CSV file or workbook among folders is refused, since
 * it may be meant for every county (a city's policy file), which --policy or --locks gives.
 */
import { basename } from 'node:path';
import { isCountyFile, isFolder } from './run-batch.js';

export type FolderArgs =
  /** Not a batch: no folder given (or one file only). */
  | { kind: 'files' }
  /** County folders, and the other files given beside them that are no county input, left out. */
  | { kind: 'folders'; folders: string[]; leftOut: string[] }
  /** Folders with CSV files or workbooks beside them: refused, nothing planned. */
  | { kind: 'mixed'; folders: string[]; files: string[] };

/** How `rotate plan ARGS…` reads its arguments: one county's files, or county folders. */
export async function folderArgs(args: readonly string[]): Promise<FolderArgs> {
  const folder = await Promise.all(args.map((a) => isFolder(a)));
  const folders = args.filter((_, i) => folder[i] === true);
  const others = args.filter((_, i) => folder[i] !== true);
  if (folders.length === 0) return { kind: 'files' };
  const inputs = others.filter((f) => isCountyFile(basename(f)));
  if (inputs.length > 0) return { kind: 'mixed', folders, files: inputs };
  return { kind: 'folders', folders, leftOut: others };
}
