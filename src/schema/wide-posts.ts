/**
 * A posts table as bureaus lay it out (各校分学科岗位设置表): a row per school and a column per
 * subject (语文, 数学 … or 小学语文, 初中数学), each cell that school's posts in that subject. It
 * was refused (no 学科 and 岗位数 columns); it is read as the posts table it says, a row per school
 * and subject, with its posts. A subject written after a stage (小学语文) gives the row that 学段;
 * a 学段 column gives it otherwise. Empty and 0 cells are no posts; a cell that is no count is an
 * error at that cell, named by its subject's header. Totals, subtotals and signature lines are left
 * out (one warning), and so are a totals column and any column that names no subject.
 */
import { isCurriculumSubject, stageBeforeSubject } from '../domain/subjects.js';
import { firstOf } from '../domain/text.js';
import type { InputIssue } from '../domain/types.js';
import type { CsvRecord } from '../input/parse-csv.js';
import { findColumn } from './columns.js';
import { detectKind, type NearKind } from './detect-kind.js';
import type { HeaderMatch } from './match-headers.js';
import { footerWarning, isFooter } from './footer-rows.js';
import { hasHan } from './normalise-header.js';
import { parseWholeNumber } from './values.js';

/** Fewest subject columns that make a table with a school column a wide posts table. */
const MIN_SUBJECTS = 3;

/** A wide posts table's header: its school and 学段 columns and its subject columns. */
export interface WideHeader {
  school: number;
  stage?: number;
  subjects: { index: number; label: string; stage?: string }[];
  /** The other columns, as headed (序号, 学校名称, 合计, a subject the curriculum does not name): not read. */
  unread: string[];
  zh: boolean;
}

/** The header read as a wide posts table, or null: a school column, no 学科 or 岗位数 column, and at least {@link MIN_SUBJECTS} columns that are subjects. */
export function wideHeader(header: readonly string[]): WideHeader | null {
  let school: number | undefined;
  let stage: number | undefined;
  const subjects: WideHeader['subjects'] = [];
  const unread: string[] = [];
  for (const [index, cell] of header.entries()) {
    const label = cell.trim();
    if (label === '') continue;
    const key = findColumn('posts', label)?.key;
    if (key === 'subject' || key === 'posts') return null;
    if (key === 'school_id' && school === undefined) school = index;
    else if (key === 'stage' && stage === undefined) stage = index;
    else if (isCurriculumSubject(label)) {
      const before = stageBeforeSubject(label);
      subjects.push({ index, label, ...(before !== undefined && { stage: before }) });
    } else unread.push(label);
  }
  if (school === undefined || subjects.length < MIN_SUBJECTS) return null;
  return { school, ...(stage !== undefined && { stage }), subjects, unread, zh: header.some(hasHan) };
}

/**
 * The header as a wide posts table, where it is one and reads as no other table: read as no kind,
 * or as a schools table that lacks its required columns (学段 beside 学校代码 fits a schools
 * table's signature).
 */
export function widePosts(header: readonly string[], read: HeaderMatch | null): WideHeader | null {
  if (read && !(read.kind === 'schools' && read.missing.length > 0)) return null;
  return wideHeader(header);
}

/**
 * The kind of a table from its header row, a wide posts table included (then `wide` is set and
 * `match` is the long table's header, which readTable reads the melted rows by); or the issue
 * of a header that is no table's.
 */
export function detectTable(header: readonly string[], file: string): { ok: true; match: HeaderMatch; wide?: WideHeader } | { ok: false; issue: InputIssue; near?: NearKind } {
  const read = detectKind(header, file);
  const wide = widePosts(header, read.ok ? read.match : null);
  const long = wide ? detectKind(longHeader(wide), file) : null;
  if (wide && long?.ok) return { ok: true, match: long.match, wide };
  return read;
}

/** The header of the long table a wide one is read as. */
export function longHeader(w: WideHeader): string[] {
  const staged = w.stage !== undefined || w.subjects.some((s) => s.stage !== undefined);
  const names = w.zh ? ['学校代码', '学科', '岗位数', '学段'] : ['school_id', 'subject', 'posts', 'stage'];
  return staged ? names : names.slice(0, 3);
}

/** The rows of the long table, the errors of cells that are no count, and the warning of the totals and signature rows left out. */
export function meltWide(w: WideHeader, records: readonly CsvRecord[], file: string): { records: CsvRecord[]; issues: InputIssue[]; warnings: InputIssue[] } {
  const staged = longHeader(w).length === 4;
  const subjectAt = new Set(w.subjects.map((s) => s.index));
  // A total's word in any cell but the subjects' (合计 under 学校名称 or 序号), with no school code, is no school.
  let width = 0;
  for (const r of records) width = Math.max(width, r.cells.length);
  const others = Array.from({ length: width }, (_, i) => i).filter((i) => !subjectAt.has(i));
  const out: CsvRecord[] = [];
  const issues: InputIssue[] = [];
  const footers: number[] = [];
  for (const r of records) {
    if (isFooter(r.cells, others, [w.school])) {
      footers.push(r.row);
      continue;
    }
    const school = r.cells[w.school] ?? '';
    for (const s of w.subjects) {
      const cell = (r.cells[s.index] ?? '').trim();
      if (cell === '') continue;
      const n = parseWholeNumber(cell);
      if (!n.ok) {
        issues.push({ file, row: r.row, column: s.label, key: 'posts', zh: n.zh, en: n.en });
        continue;
      }
      if (n.value === 0) continue;
      const cells = [school, s.label, cell];
      if (staged) cells.push(s.stage ?? (w.stage === undefined ? '' : (r.cells[w.stage] ?? '')));
      out.push({ row: r.row, cells });
    }
  }
  const names = firstOf(w.subjects.map((s) => s.label), 8, '、', '…');
  const unread = w.unread.length === 0 ? null : { zh: `; 未读取的列: ${w.unread.map((u) => `「${u}」`).join('')}`, en: `; columns not read: ${w.unread.map((u) => `"${u}"`).join(', ')}` };
  const read: InputIssue = {
    file,
    zh: `按学科分列的岗位表: ${w.subjects.length} 个学科列（${names}）按每校每学科读入岗位数${unread?.zh ?? ''}`,
    en: `a posts table with a column per subject: ${w.subjects.length} subject columns (${names.replaceAll('、', ', ')}) read as each school's posts per subject${unread?.en ?? ''}`,
  };
  return { records: out, issues, warnings: [read, ...(footers.length > 0 ? [footerWarning(footers, file)] : [])] };
}
