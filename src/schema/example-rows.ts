/**
 * A template's example row (序号 示例, 工号 000000, 姓名 张三), left in by the clerk who filled the
 * rows under it, is no record: read, it was a made-up teacher at a real school, silently. A row one
 * of whose cells is only an example's mark is left out, and one warning per table names the rows.
 */
import { firstOf } from '../domain/text.js';
import type { InputIssue } from '../domain/types.js';
import type { CsvRecord } from '../input/parse-csv.js';

/** An example's marks, compared without brackets, spaces and a trailing colon: the whole cell, never a word in it. */
const MARKS: ReadonlySet<string> = new Set(['示例', '例', '样例', '范例', '举例', '例子', '填写示例', '填表示例', '填报示例', '示例行', 'example', 'e.g.']);

/** The mark a cell is, bare; null for any other cell. Only short cells are looked at (every cell of every row comes here). */
function mark(cell: string): string | null {
  if (cell === '' || cell.length > 12) return null;
  // Every mark holds 例, or is English (example, e.g.): any other cell is no mark, told without normalising it.
  if (!cell.includes('例') && !cell.includes('e') && !cell.includes('E')) return null;
  const bare = cell
    .normalize('NFKC')
    .replace(/[\s()[\]{}【】〔〕<>《》]/gu, '')
    .replace(/[:：]$/u, '')
    .toLowerCase();
  return MARKS.has(bare) ? cell.trim() : null;
}

/** The records that are no example, the example rows (as Excel shows them) and the marks they bear, in order. */
export function withoutExamples(records: readonly CsvRecord[]): { records: readonly CsvRecord[]; rows: number[]; marks: string[] } {
  const rows: number[] = [];
  const marks: string[] = [];
  const kept = records.filter((r) => {
    let found: string | null = null;
    for (const cell of r.cells) if ((found = mark(cell)) !== null) break;
    if (found === null) return true;
    rows.push(r.row);
    if (!marks.includes(found)) marks.push(found);
    return false;
  });
  return rows.length === 0 ? { records, rows, marks } : { records: kept, rows, marks };
}

/** The one warning of a table with example rows. */
export function exampleRowsWarning(rows: readonly number[], marks: readonly string[], file: string): InputIssue {
  const zhMarks = marks.map((m) => `「${m}」`).join('');
  const enMarks = marks.map((m) => `"${m}"`).join(', ');
  const en =
    rows.length > 1
      ? `rows ${firstOf(rows, 5, ', ', ', …')} are examples of how to fill the table (${enMarks}) and were not read`
      : `row ${rows[0] ?? ''} is an example of how to fill the table (${enMarks}) and was not read`;
  return { file, zh: `第${firstOf(rows, 5, '、', '…')}行是填表示例（${zhMarks}）, 未读入`, en };
}
