/**
 * The rows a per-file warning names: the teachers picked, grouped by the file they were read from
 * (in the order they come), and the words that list a file's rows (the first eight).
 */
import { plural } from './plural.js';
import { firstOf } from './text.js';
import type { Teacher } from './types.js';

/** The rows of the teachers `pick` keeps, by file, in the order the teachers come. */
export function rowsByFile(teachers: readonly Teacher[], pick: (t: Teacher) => boolean): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (const t of teachers) {
    if (!pick(t)) continue;
    const list = rows.get(t.source.file) ?? [];
    list.push(t.source.row);
    rows.set(t.source.file, list);
  }
  return rows;
}

/** 第2、5…行 / rows 2, 5, …: the first eight of a file's rows. */
export function rowsAt(rows: readonly number[]): { zh: string; en: string } {
  return { zh: `第${firstOf(rows, 8, '、', '…')}行`, en: `${plural(rows.length, 'row')} ${firstOf(rows, 8, ', ', ', …')}` };
}
