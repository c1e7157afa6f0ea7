/**
 * Data rows a sheet hides: filtered out by an AutoFilter left on, or hidden by hand (a clerk's way
 * of putting away staff who have left). They are in the file and are read as any other row, where
 * the clerk sees only the rows shown; the one warning of the sheet names them, so that a row meant
 * to be out is deleted rather than hidden.
 */
import { plural } from '../domain/plural.js';
import { firstOf } from '../domain/text.js';
import type { InputIssue } from '../domain/types.js';
import type { CsvRecord } from '../input/parse-csv.js';

/** Ascending row numbers as runs: 4, 6, 11–21 (a filter hides blocks of rows). */
export function runs(rows: readonly number[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === (rows[j] ?? 0) + 1) j++;
    out.push(j > i ? `${rows[i]}–${rows[j]}` : String(rows[i]));
    i = j + 1;
  }
  return out;
}

/** The warning of a sheet whose data records include hidden rows (`hidden`: 0-based row indexes), or null when none does. */
export function hiddenRowsWarning(records: readonly CsvRecord[], hidden: readonly number[] | undefined, file: string): InputIssue | null {
  if (hidden === undefined || hidden.length === 0) return null;
  const set = new Set(hidden);
  const rows = records.filter((r) => set.has(r.row - 1)).map((r) => r.row);
  if (rows.length === 0) return null;
  const shown = runs(rows);
  return {
    file,
    zh: `第${firstOf(shown, 10, '、', '…')}行在Excel中是隐藏的（被筛选掉或被隐藏）, 仍照常读取（共${rows.length}行）; 不应读入的行请删除`,
    en: `${plural(rows.length, 'row', 'rows')} ${firstOf(shown, 10, ', ', ', …')} ${plural(rows.length, 'is', 'are')} hidden in Excel (filtered out or hidden) and ${plural(rows.length, 'was', 'were')} read as any other row (${rows.length} ${plural(rows.length, 'row', 'rows')}); delete those that should not be read`,
  };
}
