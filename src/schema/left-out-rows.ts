/**
 * Rows of a teachers table left out before the rows are read (staff who do not teach,
 * non-teaching-rows.ts; staff who have left, departed-rows.ts): the records kept, the rows left
 * out, and the one warning a table with such rows gets.
 */
import { firstOf } from '../domain/text.js';
import type { InputIssue } from '../domain/types.js';
import type { CsvRecord } from '../input/parse-csv.js';

/** The records `isOut` keeps, and the rows (as Excel shows them) of those it leaves out; the records as given when none is. */
export function leaveOut(records: readonly CsvRecord[], isOut: (r: CsvRecord) => boolean): { records: readonly CsvRecord[]; left: number[] } {
  const left: number[] = [];
  const kept = records.filter((r) => {
    const out = isOut(r);
    if (out) left.push(r.row);
    return !out;
  });
  return left.length === 0 ? { records, left } : { records: kept, left };
}

/** The one warning of a table with rows left out: how many of whom, that they take no part and count nowhere, and the first rows. */
export function leftOutWarning(left: readonly number[], file: string, who: { zh: string; en: string }): InputIssue {
  const rows = firstOf(left, 5, '、', '…');
  const rowsEn = firstOf(left, 5, ', ', ', …');
  return {
    file,
    zh: `${left.length} 名${who.zh}未读入: 不参加交流轮岗, 也不计入学校教师数（第${rows}行）`,
    en: `${left.length} ${who.en} were not read: they take no part in the rotation and count in no school's teachers (row${left.length > 1 ? 's' : ''} ${rowsEn})`,
  };
}
