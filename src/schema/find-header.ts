/**
 * The header row of a worksheet. A national-system template or a bureau's own roster puts title
 * and note rows above the table ("XX县教职工信息表", "填表日期…"), and often a two-row header:
 * group cells merged across ("基本信息", "任职信息") over the column names, with the columns
 * that have no group merged down through both rows.
 */
import type { InputIssue } from '../domain/types.js';
import type { Merge } from '../input/read-workbook.js';
import { isCurriculumSubject, stageBeforeSubject } from '../domain/subjects.js';
import { canonicalKey } from './columns.js';
import type { NearKind } from './detect-kind.js';
import type { HeaderMatch } from './match-headers.js';
import { detectTable, type WideHeader } from './wide-posts.js';

/** Rows searched for the header: title and note rows rarely take more than a few. */
const HEADER_SEARCH_ROWS = 30;

/** A header found: the row it sits on (1-based, as Excel shows it), its cells and its match. */
export interface FoundHeader {
  headerRow: number;
  header: string[];
  match: HeaderMatch;
  /** A posts table with a column per subject (wide-posts.ts): its rows are read as the long table's. */
  wide?: WideHeader;
}

/** The merge that covers a cell, if any. */
function mergeAt(merges: readonly Merge[], r: number, c: number): Merge | undefined {
  return merges.find((m) => r >= m.r0 && r <= m.r1 && c >= m.c0 && c <= m.c1);
}

/** A cell's shown text: a merged cell shows the text of the merge's top-left cell. */
function shown(rows: readonly string[][], merges: readonly Merge[], r: number, c: number): string {
  const m = mergeAt(merges, r, c);
  return (m ? rows[m.r0]?.[m.c0] : rows[r]?.[c])?.trim() ?? '';
}

/** The stage a group cell names (小学, 初中部, 初中学段), or undefined for any other group. */
function stageGroup(group: string): string | undefined {
  const stage = stageBeforeSubject(group);
  return stage !== undefined && /^(部|段|学段|阶段)?$/u.test(group.normalize('NFKC').trim().slice(stage.length)) ? stage : undefined;
}

/**
 * A lower header cell read with its group above: a cell that is no known column but is one
 * together with its group (`在校学生数` under `小学部` is no column; `小学部学生数` would be) takes
 * that; a subject under a stage (语文 under 小学, in a posts table with a column per subject) is
 * that stage's subject, `小学语文`, as a flat header writes it.
 */
function withGroup(own: string, group: string): string {
  if (own === '' || group === '' || group === own || canonicalKey(own) !== undefined) return own;
  const joined = [`${group}${own}`, `${own}${group}`].find((s) => canonicalKey(s) !== undefined);
  if (joined !== undefined) return joined;
  const stage = isCurriculumSubject(own) ? stageGroup(group) : undefined;
  return stage === undefined ? own : `${stage}${own}`;
}

/**
 * The header cells of row `r` read as the lower row of a two-row header: an empty cell under a
 * merge from above takes the merge's text, and a cell under a group is read with it ({@link withGroup}).
 */
function headerCells(rows: readonly string[][], merges: readonly Merge[], r: number): string[] {
  const width = rows[r]?.length ?? 0;
  const cells: string[] = [];
  for (let c = 0; c < width; c++) cells.push(withGroup(shown(rows, merges, r, c), r > 0 ? shown(rows, merges, r - 1, c) : ''));
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

/**
 * The row among the first {@link HEADER_SEARCH_ROWS} whose cells read as the header of some kind
 * of table; when several do, the one with the most recognised columns (the lower row of a
 * two-row header beats its group row), the first of equals. Null when no row does.
 */
export function findHeader(rows: readonly string[][], merges: readonly Merge[], file: string): FoundHeader | null {
  let best: FoundHeader | null = null;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const header = headerCells(rows, merges, r);
    if (header.length === 0) continue;
    const found = detectTable(header, file);
    if (!found.ok) continue;
    if (!best || found.match.columns.size > best.match.columns.size) best = { headerRow: r + 1, header, match: found.match, ...(found.wide && { wide: found.wide }) };
  }
  return best;
}

/** A row that is evidently the header of a kind of table but lacks a required column of it, and the issue saying so at that row. */
export interface NearHeader {
  headerRow: number;
  near: NearKind;
  issue: InputIssue;
}

/**
 * For a sheet {@link findHeader} found no header on: the row among the first
 * {@link HEADER_SEARCH_ROWS} that comes nearest a kind's header (most of that kind's columns,
 * the first of equals), or null when none is evidently any kind's (instructions, a code list).
 */
export function findNearHeader(rows: readonly string[][], merges: readonly Merge[], file: string): NearHeader | null {
  let best: NearHeader | null = null;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const header = headerCells(rows, merges, r);
    if (header.length === 0) continue;
    const found = detectTable(header, file);
    if (found.ok || !found.near) continue;
    if (!best || found.near.known > best.near.known) best = { headerRow: r + 1, near: found.near, issue: { ...found.issue, row: r + 1 } };
  }
  return best;
}
