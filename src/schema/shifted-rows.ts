/**
 * A row with a separator too many in its middle (`000003,,王芳,…` typed in Notepad) while its
 * last cell is empty has one cell more than the header, an empty one at the end, which reads
 * like a trailing comma (parse-csv.ts accepts those): every cell after the slip sits one column
 * to the right, and the row got an error per column (「本校任教年限」 实为「语文」, 「性别」 实为
 * 「2024-01」 …), eleven lines that never say why. Such a row, where two or more cells are wrong,
 * gets one line that says it.
 */
import { countEn } from '../domain/plural.js';
import type { InputIssue } from '../domain/types.js';
import type { CsvRecord } from '../input/parse-csv.js';

/** The issues with those of each wider row that has two or more put as one line about the row. */
export function shiftedRowIssues(records: readonly CsvRecord[], issues: readonly InputIssue[], file: string): InputIssue[] {
  const wide = new Map<number, number>();
  for (const r of records) if (r.extra !== undefined) wide.set(r.row, r.extra);
  if (wide.size === 0) return [...issues];
  const perRow = new Map<number, InputIssue[]>();
  for (const i of issues) if (i.row !== undefined && i.file === file && wide.has(i.row)) perRow.set(i.row, [...(perRow.get(i.row) ?? []), i]);
  const shifted = new Set([...perRow].filter(([, list]) => list.length >= 2).map(([row]) => row));
  if (shifted.size === 0) return [...issues];
  const out = issues.filter((i) => i.row === undefined || i.file !== file || !shifted.has(i.row));
  for (const row of shifted) {
    const extra = wide.get(row) ?? 1;
    const list = perRow.get(row) ?? [];
    const columns = list.flatMap((i) => (i.column === undefined ? [] : [i.column])).slice(0, 3);
    out.push({
      file,
      row,
      zh: `此行比表头多${extra}个单元格（多出的在行末, 为空）, 且有${list.length}个单元格不合要求（${columns.map((c) => `「${c}」`).join('、')}…）: 可能在行中多写了${extra}个分隔符（逗号）, 使其后各列错位; 请删去多余的分隔符`,
      en: `this row has ${countEn(extra, 'cell')} more than the header (empty, at its end) and ${list.length} cells that are not as expected (${columns.join(', ')}…): a separator (comma) too many in the row has shifted the cells after it; delete it`,
    });
  }
  return out;
}
