/**
 * Comment lines in a policy file: a row whose first cell starts with `#` (a note, or a setting
 * switched off, `#weights.shortage,20`), as people write config files. Such a row was refused,
 * as a row with too few cells or as the unknown parameter "# …"; it is now skipped without a
 * word, as a comment is. Only a policy file takes comments: a roster's row that starts with `#`
 * is still read (and refused if it is no row), since skipping a teacher silently would be worse.
 */
import type { InputIssue } from '../domain/types.js';
import { isCommentCell } from '../input/comment-cell.js';
import type { CsvRecord } from '../input/parse-csv.js';
import type { HeaderMatch } from './match-headers.js';

/**
 * The records of a policy table without its comment lines: those whose 参数 cell starts with `#`,
 * or whose first cell does while the 参数 cell is blank (a note in the 说明 column, put first,
 * that starts with `#` does not hide the setting beside it). Other kinds' records as given.
 */
export function withoutComments(match: HeaderMatch, records: readonly CsvRecord[]): readonly CsvRecord[] {
  const key = match.columns.get('key')?.index;
  if (match.kind !== 'policy' || key === undefined) return records;
  return records.filter((r) => {
    const cell = r.cells[key] ?? '';
    return !(isCommentCell(cell) || (cell.trim() === '' && isCommentCell(r.cells[0] ?? '')));
  });
}

/** A policy CSV's issues without those of its comment lines whose cells did not match the header's (`rows`, parse-csv.ts's raggedComments). */
export function withoutRaggedComments(issues: readonly InputIssue[], rows: readonly number[]): InputIssue[] {
  const comments = new Set(rows);
  return issues.filter((i) => i.row === undefined || !comments.has(i.row));
}
