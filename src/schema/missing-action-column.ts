import type { InputIssue } from '../domain/types.js';
import { columnSpec } from './columns.js';
import type { HeaderMatch } from './match-headers.js';

/**
 * The issues of an objections file's rows, where the file has no 操作 column at all (a copy of the
 * plan's assignments.csv with a 处理结果 added): an upheld objection's missing action is the
 * column's, not a blank cell the clerk could fill in, and is said so.
 */
export function withMissingActionColumn(issues: readonly InputIssue[], match: HeaderMatch): InputIssue[] {
  if (match.kind !== 'objections' || match.columns.has('action')) return [...issues];
  const label = columnSpec('objections', 'action').zh;
  return issues.map((i) =>
    i.column === label && i.row !== undefined
      ? {
          ...i,
          zh: `「同意」的异议须写明操作（留任 / 调往 / 禁止）, 但表中没有「${label}」列: 请加上这一列（调往、禁止的学校写在「学校代码」或「交流学校代码」列）`,
          en: `an upheld objection needs its decision as an action (stay / move / forbid), but the file has no ${label} (action) column: add one (with the school for move and forbid under 学校代码 or 交流学校代码)`,
        }
      : i,
  );
}
