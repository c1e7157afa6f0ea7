/**
 * What a county folder without a CSV file or workbook is told. A city clerk who gives the city's
 * folder (`市`) where each county is one of its folders (`市/*`) is told so, with the folders that
 * hold county files, rather than only that there is nothing to read.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Text } from '../domain/text.js';
import { showPath } from '../safe/show-path.js';
import { MANIFEST } from '../output/write-folder.js';

/** The plain message: the folder holds no county file. */
export const NO_FILES = { zh: '文件夹中没有CSV文件或工作簿（.csv、.xlsx、.xls）', en: 'the folder holds no CSV file or workbook (.csv, .xlsx, .xls)' } as const;

/** How many names the message lists before "…". */
const SHOWN = 3;

/**
 * The message for `folder`, which holds no county file: {@link NO_FILES}, and when some of its own
 * folders do hold county files (as `isCountyFile` tells them), how many, the first few by name,
 * and the command line that plans each as a county. Plan folders are not counted: the output
 * folder of an earlier batch holds them.
 */
export async function noCountyFiles(folder: string, isCountyFile: (name: string) => boolean): Promise<Text> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const inner: string[] = [];
  for (const e of entries.filter((x) => x.isDirectory() && !x.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const files = await readdir(join(folder, e.name)).catch((): string[] => []);
    // A plan folder (rotate's manifest in it) holds CSV files too, but it is no county.
    if (files.some(isCountyFile) && !files.includes(MANIFEST)) inner.push(e.name);
  }
  if (inner.length === 0) return NO_FILES;
  const names = inner.slice(0, SHOWN).join('、') + (inner.length > SHOWN ? '…' : '');
  const glob = showPath(join(folder, '*'));
  return {
    zh: `${NO_FILES.zh}, 但其中 ${inner.length} 个文件夹有（${names}）: 若每个文件夹是一个县, 请写 ${glob}`,
    en: `${NO_FILES.en}, but ${inner.length} of its folders do (${inner.slice(0, SHOWN).join(', ')}${inner.length > SHOWN ? '…' : ''}): if each is a county, give ${glob}`,
  };
}
