/**
 * The rows of a county's sheet that are no record: a total or subtotal (合计, 小计 in the code or
 * name column, or the first cell) and the signature and note lines under a table (填表人：…,
 * 审核人：…, 注：…). Read as records, each was an error on several cells (学段 blank, 学校名称 blank),
 * and the user had to delete rows the form is printed with. They are left out, and one warning per
 * table names their rows.
 */
import type { CsvRecord } from '../input/parse-csv.js';
import { firstOf } from '../domain/text.js';
import type { InputIssue } from '../domain/types.js';
import type { HeaderMatch } from './match-headers.js';

/** A total's words, compared without spaces and a trailing colon. */
const TOTALS: ReadonlySet<string> = new Set(['合计', '总计', '小计', '共计', '累计', '全县合计', 'total', 'subtotal', 'sum']);

/** A signature or note line's cells: each begins with one of these, then a colon or nothing. */
const SIGNED = /^(填表人|填报人|制表人|审核人|审批人|负责人|单位负责人|联系人|联系电话|填表日期|填报日期|制表日期|填报单位|注|说明|备注)\s*([:：]|$)/u;

/** A cell in the form TOTALS holds it; a cell with neither 计 nor Latin letters is none, without normalising it (every cell of every row comes here). */
const plain = (cell: string): string => (/[计a-zａ-ｚ]/iu.test(cell) ? cell.normalize('NFKC').replace(/\s+/gu, '').replace(/[:：]$/u, '').toLowerCase() : '');

/** A total's word with its count in the same cell: `合计2人`, `共计：3人`, `合计 2 名`. */
const COUNTED_TOTAL = /^(合计|总计|小计|共计|累计|全县合计)[:：]?\d+(人|名|条|所|项|个)?$/u;

/** Whether a cell holds a total's word, alone or with its count. */
const isTotal = (cell: string): boolean => {
  const p = plain(cell);
  return TOTALS.has(p) || COUNTED_TOTAL.test(p);
};

/** The columns a total's word is looked for in: the first cell, and the table's code, name and subject columns. */
function totalCells(match: HeaderMatch): number[] {
  return [0, ...['school_id', 'teacher_id', 'name', 'school_name', 'subject'].flatMap((k) => match.columns.get(k)?.index ?? [])];
}

/**
 * The columns that make a row of each kind a record: a row with a total's word is one when any of
 * them is empty (or holds the word). A teacher's is the 工号, not the 学校代码, which a sheet grouped
 * by school merges down over the school's 小计 row too; a post's, its school and its subject.
 */
const RECORD_KEYS: Readonly<Record<HeaderMatch['kind'], readonly string[]>> = {
  schools: ['school_id'],
  teachers: ['teacher_id'],
  posts: ['school_id', 'subject'],
  locks: ['teacher_id'],
  objections: ['teacher_id'],
  policy: ['key'],
};

/**
 * True for a total, a subtotal, or a signature or note line: a total's word in one of the `totals`
 * cells with one of the `keys` cells empty (or none given), or the `name` cell empty (a total row
 * that counts the teachers in the 工号 column, =COUNTA(…) or 2人, has no name), or a line of
 * signatures and notes.
 */
export function isFooter(cells: readonly string[], totals: readonly number[], keys: readonly number[], name?: number): boolean {
  if (totals.some((i) => isTotal(cells[i] ?? ''))) {
    const unkeyed = (i: number): boolean => {
      const id = cells[i] ?? '';
      return id.trim() === '' || isTotal(id);
    };
    if (keys.length === 0 || keys.some(unkeyed) || (name !== undefined && unkeyed(name))) return true;
  }
  return signed(cells);
}

/** The kinds whose records each have a name (学校名称, 姓名): a row with a total's word and none is no record. */
const NAMED_KINDS: ReadonlySet<HeaderMatch['kind']> = new Set(['schools', 'teachers']);

/** True when every filled cell is a signature or a note, and one is; a data row fails at its first cell. */
function signed(cells: readonly string[]): boolean {
  let any = false;
  for (const c of cells) {
    if (c.trim() === '') continue;
    // The words are Han and the colon may be full-width: nothing to normalise first.
    if (!SIGNED.test(c.trim())) return false;
    any = true;
  }
  return any;
}

/** The records that are records, and the rows left out as totals, signatures or notes. */
export function withoutFooters(match: HeaderMatch, records: readonly CsvRecord[]): { records: readonly CsvRecord[]; footers: number[] } {
  const totals = totalCells(match);
  const keys = RECORD_KEYS[match.kind].flatMap((k) => match.columns.get(k)?.index ?? []);
  const name = NAMED_KINDS.has(match.kind) ? match.columns.get('name')?.index : undefined;
  const footers: number[] = [];
  const kept = records.filter((r) => {
    const footer = isFooter(r.cells, totals, keys, name);
    if (footer) footers.push(r.row);
    return !footer;
  });
  return footers.length === 0 ? { records, footers } : { records: kept, footers };
}

/** How many rows a warning names before `…`. */
const NAMED = 5;

/** The one warning of a table with such rows. */
export function footerWarning(footers: readonly number[], file: string): InputIssue {
  const rows = firstOf(footers, NAMED, '、', '…');
  const rowsEn = firstOf(footers, NAMED, ', ', ', …');
  const en = footers.length > 1 ? `rows ${rowsEn} are totals, subtotals, signatures or notes and were not read` : `row ${rowsEn} is a total, subtotal, signature or note line and was not read`;
  return { file, zh: `第${rows}行是合计、小计或签字、备注行, 未读入`, en };
}
