/**
 * Rows of a teachers table left out before the rows are read (staff who do not teach,
 * non-teaching-rows.ts; substitutes, substitute-rows.ts; staff who have left, departed-rows.ts):
 * the records kept, the rows left out, and the one warning a table with such rows gets.
 */
import { plural } from '../domain/plural.js';
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

/**
 * The one warning of a table with rows left out: how many of whom, that they take no part and
 * count nowhere, and the first rows. `who.enOne` names one of them, where `who.en` is a plural
 * (a noun such as staff, which serves for one too, needs none).
 */
export function leftOutWarning(left: readonly number[], file: string, who: { zh: string; en: string; enOne?: string }): InputIssue {
  const rows = firstOf(left, 5, '、', '…');
  const rowsEn = firstOf(left, 5, ', ', ', …');
  const one = left.length === 1 && who.enOne !== undefined;
  const what = one ? `${who.enOne} was not read: he or she takes no part in the rotation and counts` : `${who.en} were not read: they take no part in the rotation and count`;
  return {
    file,
    zh: `${left.length} 名${who.zh}未读入: 不参加交流轮岗, 也不计入学校教师数（第${rows}行）`,
    en: `${left.length} ${what} in no school's teachers (${plural(left.length, 'row')} ${rowsEn})`,
  };
}
