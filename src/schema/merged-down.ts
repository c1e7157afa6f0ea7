/**
 * Cells merged down a column in a sheet's data rows. A county's roster often merges 学校代码 or
 * 学校名称 down each school's block of teachers; Excel keeps the value in the range's top cell
 * only, yet a person reading the sheet sees it on every row of the block, and so does this reader.
 */
import type { InputIssue } from '../domain/types.js';
import { cleanCell, type CsvRecord } from '../input/parse-csv.js';
import type { Merge } from '../input/sheet-text.js';
import { canonicalKey } from './columns.js';

/** A range merged down one column: its column and top row (0-based). */
interface Down {
  c: number;
  r0: number;
}

/** The ranges filling each data row, by row (0-based): see {@link fillMergedDown} for which ones. */
function downsByRow(merges: readonly Merge[], firstRow: number, width: number, height: number): Map<number, Down[]> {
  const byRow = new Map<number, Down[]>();
  for (const m of merges) {
    if (m.c0 !== m.c1 || m.r1 <= m.r0 || m.r0 < firstRow || m.c0 >= width) continue;
    const down = { c: m.c0, r0: m.r0 };
    // Rows past those read hold nothing: a range declared down to row 1,048,576 costs only the rows read.
    for (let r = m.r0 + 1; r <= Math.min(m.r1, height - 1); r++) {
      const list = byRow.get(r);
      if (list) list.push(down);
      else byRow.set(r, [down]);
    }
  }
  return byRow;
}

/** Per column: the top rows of the ranges that gave a value, and the cells they filled. */
type Filled = Map<number, { ranges: Set<number>; cells: number }>;

/** The one warning of a sheet whose merged-down cells were filled, each column by its header (and English name when known). */
function warning(file: string, header: readonly string[], filled: Filled): InputIssue | null {
  const columns = [...filled.entries()].sort(([a], [b]) => a - b).filter(([c]) => (header[c] ?? '') !== '');
  if (columns.length === 0) return null;
  const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;
  const zh = columns.map(([c, f]) => `「${header[c]}」列${f.ranges.size}处，填入${f.cells}行`).join('；');
  const en = columns.map(([c, f]) => `column ${canonicalKey(header[c] ?? '') ?? header[c]}, ${plural(f.ranges.size, 'range')}, ${plural(f.cells, 'row')} filled`).join('; ');
  return {
    file,
    zh: `注意: 有向下合并的单元格，合并区域内各行已按区域顶端单元格的值读取（与表格中所见一致）：${zh}`,
    en: `note: cells are merged down a column; each row of a merged range was read with the value of its top cell, as the sheet shows it: ${en}`,
  };
}

/**
 * Fills the data records of a sheet as a person reading it sees them: each cell of a range merged
 * down one column takes the (cleaned) text of the range's top cell. Only ranges one column wide
 * (a note merged across columns is left as it is), two rows or more, starting at or below
 * `firstRow` (0-based: the first data row; a header's own merges stay the header's) and within the
 * records' width. A row blank but for such a range is no record and stays none. Returns the
 * warning that says so, one per sheet (null when nothing was filled).
 *
 * @param records the sheet's data records (row 1-based, cells cleaned), filled in place.
 * @param header the header cells, naming the columns in the warning.
 */
export function fillMergedDown(records: readonly CsvRecord[], rows: readonly string[][], merges: readonly Merge[], firstRow: number, header: readonly string[], file: string): InputIssue | null {
  if (merges.length === 0) return null;
  const byRow = downsByRow(merges, firstRow, header.length, rows.length);
  if (byRow.size === 0) return null;
  const filled: Filled = new Map();
  for (const record of records) {
    for (const d of byRow.get(record.row - 1) ?? []) {
      const text = cleanCell(rows[d.r0]?.[d.c] ?? '');
      if (text === '') continue;
      record.cells[d.c] = text;
      let f = filled.get(d.c);
      if (!f) filled.set(d.c, (f = { ranges: new Set(), cells: 0 }));
      f.ranges.add(d.r0);
      f.cells++;
    }
  }
  return warning(file, header, filled);
}
