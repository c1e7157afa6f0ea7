/**
 * The part of reading an input table that does not care where it came from: a CSV file or a
 * worksheet, once its header row is known and matched to a kind, goes through the same header
 * checks and row schemas.
 */
import { countEn, plural } from '../domain/plural.js';
import type { FileKind, InputIssue } from '../domain/types.js';
import type { CsvRecord } from '../input/parse-csv.js';
import { append } from './append.js';
import { headerLang } from './detect-kind.js';
import { headerIssues, type HeaderMatch } from './match-headers.js';
import { normaliseHeader } from './normalise-header.js';
import { footerWarning, withoutFooters } from './footer-rows.js';
import { exampleRowsWarning, withoutExamples } from './example-rows.js';
import { departedWarning, withoutDeparted } from './departed-rows.js';
import { withoutOutside } from './outside-schools.js';
import { leftOutIds, taughtStage } from './left-out-ids.js';
import { shiftedRowIssues } from './shifted-rows.js';
import { idCardColumnIssues } from './id-card-column.js';
import { nonTeachingWarning, withoutNonTeaching } from './non-teaching-rows.js';
import { substituteWarning, withoutSubstitutes } from './substitute-rows.js';
import { genderCodesWarning, withGenderCodes } from './gender-codes.js';
import { unlevelledBackboneWarning, withYesNoBackbone } from './unlevelled-backbone.js';
import { asNameIssues, schoolColumn } from './school-names.js';
import { unusedColumnsWarning } from './unused-columns.js';
import { withoutSchoolStage } from './loose-stage.js';
import { withSheetSchool } from './school-of-sheet.js';
import { withoutUnfilled } from './unfilled-rows.js';
import { blockSchoolsIssue, repeatedHeaderWarning, withoutRepeatedHeaders } from './repeated-headers.js';
import { meltWide, type WideHeader } from './wide-posts.js';
import { readRows, recordIds } from './read-rows.js';
import { lockSpec, toLock } from './rows/lock-row.js';
import { objectionSpec, toObjection } from './rows/objection-row.js';
import { withMissingActionColumn } from './missing-action-column.js';
import { unnumberedRows } from './unnumbered-objections.js';
import { withoutComments } from './comment-rows.js';
import { policySpec, toPolicyEntry } from './rows/policy-row.js';
import { postSpec, toPost } from './rows/post-row.js';
import { schoolSpec, toSchool } from './rows/school-row.js';
import { teacherSpec, toTeacher } from './rows/teacher-row.js';
import { addWarnings, type LoadedFile } from './loaded-file.js';

/** The column that identifies a row of each kind. */
const ID_KEY: Partial<Record<FileKind, string>> = { schools: 'school_id', teachers: 'teacher_id' };

function rowsOf(match: HeaderMatch, records: readonly CsvRecord[], name: string): Pick<LoadedFile, 'content' | 'ids' | 'issues'> {
  switch (match.kind) {
    case 'schools': {
      const r = readRows(records, match, schoolSpec, name, 'school_id', toSchool);
      return { content: { kind: 'schools', items: r.rows }, ids: r.ids, issues: r.issues };
    }
    case 'teachers': {
      const r = readRows(records, match, teacherSpec, name, 'teacher_id', toTeacher);
      return { content: { kind: 'teachers', items: r.rows }, ids: r.ids, issues: r.issues };
    }
    case 'posts': {
      const r = readRows(records, match, postSpec, name, 'school_id', toPost);
      return { content: { kind: 'posts', items: r.rows }, ids: r.ids, issues: r.issues };
    }
    case 'locks': {
      const r = readRows(records, match, lockSpec, name, 'teacher_id', toLock);
      return { content: { kind: 'locks', items: r.rows }, ids: r.ids, issues: r.issues };
    }
    case 'objections': {
      const r = readRows(records, match, objectionSpec, name, 'teacher_id', toObjection);
      return { content: { kind: 'objections', items: r.rows }, ids: r.ids, issues: withMissingActionColumn(r.issues, match) };
    }
    case 'policy': {
      const r = readRows(records, match, policySpec, name, 'key', toPolicyEntry);
      return { content: { kind: 'policy', items: r.rows }, ids: [], issues: r.issues };
    }
  }
}

/**
 * The rows of a locks table that decide something. A list the plan wrote (no 操作 column, a
 * 交流学校代码 column: assignments.csv, principals.csv) locks each row's move there; a row whose
 * 交流学校代码 is blank (a principal the county has not decided on) locks nothing. In a locks file
 * proper (with 操作), every row is a lock and a blank is reported.
 */
function decidedRows(match: HeaderMatch, records: readonly CsvRecord[]): readonly CsvRecord[] {
  const to = match.columns.get('to_school_id');
  if (match.columns.has('action') || to === undefined) return records;
  return records.filter((r) => (r.cells[to.index] ?? '').trim() !== '');
}

/**
 * The warning of a plan's list with rows that lock nothing (their 交流学校代码 blank): one per table.
 * In principals.csv (its 学校代码 says where each principal is) such a row is one the county has
 * not decided on; in teachers.csv (every teacher) mostly a teacher the plan keeps; in
 * assignments.csv a move whose school was cleared, read as the row deleted.
 */
function undecidedWarning(match: HeaderMatch, undecided: number, name: string): InputIssue {
  const why = isTeachersList(match)
    ? { zh: '方案中不交流的教师; 清空了交流学校代码的, 用 --baseline 指明此名单来自的方案时留任', en: `${plural(undecided, 'a teacher', 'teachers')} the plan does not move; where a code was cleared, with --baseline naming the plan the list came from, that teacher stays` }
    : match.columns.has('school_id')
      ? { zh: '县里尚未决定的人', en: `${plural(undecided, 'one', 'those')} the county has not decided on` }
      : { zh: '视同删除该行: 用 --baseline 指明此名单来自的方案时, 这些教师留任', en: `read as ${plural(undecided, 'a deleted row', 'deleted rows')}: with --baseline naming the plan the list came from, ${plural(undecided, 'that teacher stays', 'those teachers stay')}` };
  return { file: name, zh: `${undecided} 行未填交流学校代码, 不锁定（${why.zh}）`, en: `${countEn(undecided, 'row')} ${plural(undecided, 'has', 'have')} no 交流学校代码 (to_school_id) and ${plural(undecided, 'locks', 'lock')} nothing (${why.en})` };
}

const TEACHERS_LIST_MARKS = new Set(['任教学科', 'subject'].map(normaliseHeader));

/** True for a plan's teachers.csv (every teacher, 任教学科 beside 交流学校代码) read as locks, rather than its principals.csv. */
function isTeachersList(match: HeaderMatch): boolean {
  return match.unused.some((h) => TEACHERS_LIST_MARKS.has(normaliseHeader(h)));
}

/** Ids of a file whose rows cannot be read (a required column is missing), for reference checks. */
function idsOnly(match: HeaderMatch, records: readonly CsvRecord[]): LoadedFile['ids'] {
  const key = ID_KEY[match.kind];
  if (key === undefined || !match.columns.has(key)) return [];
  const idOf = recordIds(match, key);
  return records.flatMap((r) => idOf(r) ?? []);
}

/** Where a table's bytes came from, recorded in `InputFile`. */
export interface TableOrigin {
  sha256: string;
  /** The text encoding of a CSV file, or the workbook format (`xlsx`, `xls`). */
  encoding: string;
  /** Where a table's school may be named when it has no school column: the file's name, the sheet's, the title rows above the header. */
  context?: string[];
  /** A posts table with a column per subject, whose header `readTable` is given as the long table's: its rows are melted first. */
  wide?: WideHeader;
}

/**
 * Reads the records of a table whose header row matched `match` into `loaded` (which names the
 * file, or the workbook and sheet): header issues, then every row through its kind's schema.
 * A table with a missing required column keeps only its ids; a truncated one keeps nothing more.
 */
export function readTable(loaded: LoadedFile, header: HeaderMatch, headerRow: number, table: readonly CsvRecord[], truncated: boolean, origin: TableOrigin): void {
  const { path, name } = loaded;
  // A posts table with a column per subject: a row per school and subject.
  const melted = origin.wide && !truncated ? meltWide(origin.wide, table, name) : null;
  if (melted) {
    append(loaded.issues, melted.issues);
    addWarnings(loaded, ...melted.warnings);
  }
  // Blocks pasted one under another each repeat the header under a title: neither is a record.
  const repeated = melted ? null : withoutRepeatedHeaders(header, table);
  if (repeated && repeated.rows.length > 0) addWarnings(loaded, repeatedHeaderWarning(repeated.rows, name));
  // A template's rows with only a 序号 or a 备注 filled are blank rows, and no data rows (a wide table's melt passes over them).
  const filled = repeated ? withoutUnfilled(header, repeated.records) : table;
  loaded.records -= table.length - filled.length;
  const records = melted?.records ?? filled;
  // A teachers sheet that names the schools (学校名称) and gives no codes: its school column is the names.
  const { match: named, byName } = schoolColumn(header);
  // A total, a subtotal or a signature line under the table is no record: told before a roster
  // with no school column gives every row its stand-in school, a cell no signature line has.
  const { records: totalled, footers } = withoutFooters(named, records);
  // A template's example row (示例 张三) left above the data is no teacher either.
  const { records: listed, rows: examples, marks } = withoutExamples(totalled);
  // A school's own roster, with no school column: its school is the one its file, sheet or title names.
  const { match: placed, records: rowsIn, sheetSchool } = withSheetSchool(named, listed);
  if (sheetSchool) loaded.sheetSchoolTexts = origin.context ?? [name];
  // Blocks of a sheet with no school column, titled apart, may be several schools': not all the sheet's school.
  const blocks = sheetSchool && repeated ? blockSchoolsIssue(repeated.titles, loaded.sheetSchoolTexts ?? [], name) : null;
  if (blocks) loaded.issues.push(blocks);
  // A 学段 column that copies the teachers' schools' stages is not the stage taught.
  // A 骨干教师 column of 是 and 否 says who is one, not the level: read as 是否骨干教师.
  const match = withYesNoBackbone(withoutSchoolStage(placed, rowsIn), rowsIn);
  if (byName) loaded.schoolNames = true;
  loaded.info = { path, name, kind: match.kind, sha256: origin.sha256, lang: headerLang(match), encoding: origin.encoding };
  for (const c of match.columns.values()) loaded.labels.set(c.key, c.label);
  append(loaded.issues, headerIssues(match, name, headerRow));
  if (truncated) return;
  // Columns the tool does not read are named, so that one it would read under another name is noticed.
  const unused = unusedColumnsWarning(match, name);
  if (unused) addWarnings(loaded, unused);
  if (footers.length > 0) addWarnings(loaded, footerWarning(footers, name));
  if (examples.length > 0) addWarnings(loaded, exampleRowsWarning(examples, marks, name));
  // Staff who do not teach, in a roster of the whole staff (教职工类别), are not in the rotation.
  const { records: teaching, left } = withoutNonTeaching(match, rowsIn);
  if (left.length > 0) addWarnings(loaded, nonTeachingWarning(left, name));
  // Substitutes (用人形式 代课) are no 专任教师 either: they fill no post and count in no indicator.
  const { records: established, left: substitutes } = withoutSubstitutes(match, teaching);
  if (substitutes.length > 0) addWarnings(loaded, substituteWarning(substitutes, name));
  // Staff the roster lists as gone (人员状态 退休, 调出, 离职 …) hold no post.
  const { records: staff, left: gone } = withoutDeparted(match, established);
  if (gone.length > 0) addWarnings(loaded, departedWarning(gone, name));
  // Schools outside the rotation (幼儿园, 特殊教育学校, 中职) and teachers of such a stage: told once the county is read (load-county.ts).
  const { records: inside, outside } = withoutOutside(match, staff);
  if (outside.schools.length > 0 || Object.keys(outside.teachers).length > 0) loaded.outside = outside;
  // Who each step left out, by id and why: `rotate explain` tells a clerk who asks about one.
  const leftOut = [
    ...leftOutIds(match, rowsIn, teaching, () => 'non_teaching'),
    ...leftOutIds(match, teaching, established, () => 'substitute'),
    ...leftOutIds(match, established, staff, () => 'departed'),
    ...leftOutIds(match, staff, inside, taughtStage(match)),
  ];
  if (leftOut.length > 0) loaded.leftOut = leftOut;
  // 性别 as the codes 1 and 2, where the whole column is made of them.
  const { records: body, coded } = withGenderCodes(match, inside);
  if (coded !== undefined) addWarnings(loaded, genderCodesWarning(coded, name));
  if (match.missing.length > 0) {
    loaded.ids = idsOnly(match, body);
    return;
  }
  // 是否骨干教师 names no level: its 是 is read as 校级, said once.
  const unlevelled = unlevelledBackboneWarning(match, body, name);
  if (unlevelled) addWarnings(loaded, unlevelled);
  const kept = match.kind === 'locks' ? decidedRows(match, body) : withoutComments(match, body);
  const rows = rowsOf(match, kept, name);
  loaded.content = rows.content;
  loaded.ids = rows.ids;
  const unnumbered = unnumberedRows(match, kept);
  if (unnumbered.length > 0) loaded.unnumbered = unnumbered;
  const names = byName ? match.columns.get('school_id')?.label : undefined;
  const read = idCardColumnIssues(kept, match, shiftedRowIssues(table, rows.issues, name), name);
  append(loaded.issues, names === undefined ? read : asNameIssues(read, names));
  if (kept.length < body.length) addWarnings(loaded, undecidedWarning(match, body.length - kept.length, name));
}
