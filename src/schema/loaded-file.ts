/**
 * One input table as read: a CSV file, or one sheet of a workbook, with its valid items and
 * every problem found in it.
 */
import type { FileKind, InputFile, InputIssue, LeftOutTeacher, Lock, Objection, PolicyEntry, Post, School, Teacher } from '../domain/types.js';
import type { RecordId } from './read-rows.js';
import type { OutsideRows } from './outside-schools.js';
import type { UnnumberedRow } from './unnumbered-objections.js';

/** The valid items of one file, by kind, with the ids of all its records. */
export type FileContent =
  | { kind: 'schools'; items: School[] }
  | { kind: 'teachers'; items: Teacher[] }
  | { kind: 'posts'; items: Post[] }
  | { kind: 'locks'; items: Lock[] }
  | { kind: 'policy'; items: PolicyEntry[] }
  | { kind: 'objections'; items: Objection[] };

/** One input file, read as far as it could be. */
export interface LoadedFile {
  path: string;
  name: string;
  /** Absent when the file could not be read or its kind is unknown. */
  info?: InputFile;
  content?: FileContent;
  /** Recognised columns: canonical key → header as written. */
  labels: Map<string, string>;
  /** Ids (school_id, teacher_id, …) of all records whose id cell is valid, with their rows. */
  ids: RecordId[];
  /** Number of data rows, valid or not. */
  records: number;
  /** False when some rows could not be read at all (an unclosed quote, ragged rows). */
  complete: boolean;
  issues: InputIssue[];
  /** What was read other than as written (cells merged down a column, filled), told but not refused. */
  warnings?: InputIssue[];
  /** A teachers table whose school column holds the schools' names (学校名称), not their codes: read by the schools file (school-names.ts). */
  schoolNames?: boolean;
  /** A teachers table with no school column: the texts its school is named in (file, sheet, title rows), read by the schools file (school-of-sheet.ts). */
  sheetSchoolTexts?: string[];
  /** Sheets of the workbook passed over whose header is evidently a kind's but lacks a required column (near-miss-sheets.ts): each with that kind and the issue naming the sheet. */
  nearMisses?: { kind: FileKind; issue: InputIssue }[];
  /** An objections table's rows with a 姓名: a blank or unknown 工号 among them is told the teachers of that name once the county is read (unnumbered-objections.ts). */
  unnumbered?: UnnumberedRow[];
  /** An objections table refused for lacking its 工号 column: that issue and its rows with a 姓名, each told the 工号 the name is once the county is read (unnumbered-objections.ts). */
  idless?: { issue: InputIssue; rows: UnnumberedRow[] };
  /** Schools outside the rotation (幼儿园, 特殊教育学校, 中职) and teachers of such a stage, left out (outside-schools.ts): their teachers and posts go too, told once. */
  outside?: OutsideRows;
  /** A teachers table's rows left out before they were read (staff who do not teach, substitutes, those who have left, a 任教学段 outside the rotation): their ids and why (left-out-ids.ts). */
  leftOut?: LeftOutTeacher[];
}

/** Adds what was read other than as written to a table's warnings. */
export function addWarnings(loaded: LoadedFile, ...warnings: InputIssue[]): void {
  if (warnings.length > 0) loaded.warnings = [...(loaded.warnings ?? []), ...warnings];
}
