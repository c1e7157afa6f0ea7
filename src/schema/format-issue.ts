/**
 * Input issues as the lines a user reads:
 * `teachers.csv 第12行「本校任教年限」: 应为不小于0的整数, 实为「六」 / row 12 years_at_school: expected a whole number ≥ 0, found "六"`.
 */
import type { InputIssue } from '../domain/types.js';
import { canonicalKey } from './columns.js';
import { compareText } from './compare-text.js';

/**
 * One issue as one line, Chinese first, then English after ` / `. The Chinese half shows
 * the column header as the user wrote it; the English half its canonical English name.
 * A whole-file issue (no row) shows neither row nor column; an issue of the whole input
 * (no file) shows just the message.
 */
export function formatIssue(issue: InputIssue): string {
  let zhWhere = issue.file;
  let enWhere = '';
  if (issue.row !== undefined) {
    zhWhere += ` 第${issue.row}行`;
    enWhere = `row ${issue.row}`;
    if (issue.column !== undefined) {
      zhWhere += `「${issue.column}」`;
      enWhere += ` ${issue.key ?? canonicalKey(issue.column) ?? issue.column}`;
    }
  }
  const zh = zhWhere ? `${zhWhere}: ${issue.zh}` : issue.zh;
  const en = enWhere ? `${enWhere}: ${issue.en}` : issue.en;
  return `${zh} / ${en}`;
}

/** Order of issues: by file, then row (whole-file issues first), then column, then text. */
export function compareIssues(a: InputIssue, b: InputIssue): number {
  return (
    compareText(a.file, b.file) ||
    (a.row ?? 0) - (b.row ?? 0) ||
    compareText(a.column ?? '', b.column ?? '') ||
    compareText(a.zh, b.zh) ||
    compareText(a.en, b.en)
  );
}

/** Every issue formatted, one per line, in {@link compareIssues} order (deterministic). */
export function formatIssues(issues: readonly InputIssue[]): string[] {
  return [...issues].sort(compareIssues).map(formatIssue);
}
