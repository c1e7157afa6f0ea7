/**
 * A column of ID-card numbers (身份证号) where an id belongs: a clerk exported or pasted the
 * 身份证号 column as 工号 (or 学校代码). Each of its cells is refused (an ID number must never
 * become an id that every plan file shows), and the file's problems were a line per row, the
 * first hundred listed, each saying the same. Where most of the rows filled in hold one, the
 * column gets one line that says it: the column, how many rows, which (as runs). A few such
 * cells among real ids keep their line each, as any wrong cell does.
 */
import { plural } from '../domain/plural.js';
import { firstOf } from '../domain/text.js';
import type { InputIssue } from '../domain/types.js';
import type { CsvRecord } from '../input/parse-csv.js';
import { holdsIdCard } from '../safe/id-card.js';
import { canonicalKey } from './columns.js';
import { runs } from './hidden-rows.js';
import type { HeaderMatch } from './match-headers.js';

/** Columns of ids (a teacher's or a school's): an ID number there is refused as one, and the id is what belongs there. */
const ID_KEYS: ReadonlySet<string> = new Set(['teacher_id', 'school_id', 'to_school_id', 'school_identifier', 'exchange_home_school', 'preferences']);

/** The issues with those of each column whose cells mostly hold an ID number put as one line about the column. */
export function idCardColumnIssues(records: readonly CsvRecord[], match: HeaderMatch, issues: readonly InputIssue[], file: string): InputIssue[] {
  if (issues.length < 2) return [...issues];
  const indexOf = new Map([...match.columns.values()].map((c) => [c.label, c.index]));
  const keyOf = new Map([...match.columns.values()].map((c) => [c.label, c.key]));
  const recordAt = new Map(records.map((r) => [r.row, r]));
  // The rows of each column whose refused cell holds an ID number.
  const byColumn = new Map<string, Set<number>>();
  for (const i of issues) {
    const index = i.column === undefined ? undefined : indexOf.get(i.column);
    if (i.row === undefined || i.column === undefined || index === undefined || i.file !== file) continue;
    if (!holdsIdCard(recordAt.get(i.row)?.cells[index] ?? '')) continue;
    byColumn.set(i.column, (byColumn.get(i.column) ?? new Set<number>()).add(i.row));
  }
  const lines: InputIssue[] = [];
  for (const [column, rows] of byColumn) {
    const index = indexOf.get(column) ?? -1;
    const filled = records.filter((r) => (r.cells[index] ?? '').trim() !== '').length;
    if (rows.size < 2 || rows.size * 2 <= filled) {
      byColumn.delete(column);
      continue;
    }
    const en = issues.find((i) => i.column === column && i.key !== undefined)?.key ?? canonicalKey(column) ?? column;
    lines.push(columnIssue(file, column, en, ID_KEYS.has(keyOf.get(column) ?? ''), [...rows].sort((a, b) => a - b), filled));
  }
  if (lines.length === 0) return [...issues];
  const kept = issues.filter((i) => i.row === undefined || i.column === undefined || i.file !== file || byColumn.get(i.column)?.has(i.row) !== true);
  return [...kept, ...lines];
}

/** The one line of a column of ID numbers (`ids`: a column of ids): `rows` (ascending) of the `filled` rows with a value in it. */
function columnIssue(file: string, column: string, en: string, ids: boolean, rows: readonly number[], filled: number): InputIssue {
  const shown = runs(rows);
  const all = rows.length === filled;
  const fix = ids ? { zh: '此列请填写工号或学校代码', en: 'use the staff number or school code' } : { zh: '请换回此列应有的内容', en: 'put back what the column should hold' };
  return {
    file,
    column,
    zh: `「${column}」列的${rows.length}行都像是身份证号（第${firstOf(shown, 10, '、', '…')}行, ${all ? '即此列填写的所有行' : `此列填写的共${filled}行`}）: 可能导出时选了身份证号一列; ${fix.zh}`,
    en: `column ${en} holds ID-card numbers in ${rows.length} ${plural(rows.length, 'row')} (${plural(rows.length, 'row')} ${firstOf(shown, 10, ', ', ', …')}, ${all ? 'every row filled in' : `of ${filled} rows filled in`}): the ID-card column may have been exported in its place; ${fix.en}`,
  };
}
