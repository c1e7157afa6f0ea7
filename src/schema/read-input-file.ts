import type { FileKind, InputFile, InputIssue, Lock, PolicyEntry, Post, School, Teacher } from '../domain/types.js';
import { decode } from '../input/decode.js';
import { detectWorkbook } from '../input/detect-workbook.js';
import { parseCsv, type CsvRecord } from '../input/parse-csv.js';
import { isEnvironmentError, unreadable } from '../input/read-error.js';
import { showPath } from '../safe/show-path.js';
import { readBytes, type FileBytes } from '../input/read-bytes.js';
import { append } from './append.js';
import { detectKind, headerLang } from './detect-kind.js';
import { headerIssues, type HeaderMatch } from './match-headers.js';
import { readRows } from './read-rows.js';
import { parseId } from './values.js';
import { lockRow, toLock } from './rows/lock-row.js';
import { policyRow, toPolicyEntry } from './rows/policy-row.js';
import { postRow, toPost } from './rows/post-row.js';
import { schoolRow, toSchool } from './rows/school-row.js';
import { teacherRow, toTeacher } from './rows/teacher-row.js';

/** The valid items of one file, by kind, with the ids of all its records. */
export type FileContent =
  | { kind: 'schools'; items: School[] }
  | { kind: 'teachers'; items: Teacher[] }
  | { kind: 'posts'; items: Post[] }
  | { kind: 'locks'; items: Lock[] }
  | { kind: 'policy'; items: PolicyEntry[] };

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
  ids: { id: string; row: number }[];
  /** Number of data rows, valid or not. */
  records: number;
  /** False when some rows could not be read at all (an unclosed quote, ragged rows). */
  complete: boolean;
  issues: InputIssue[];
}

/** The column that identifies a row of each kind. */
const ID_KEY: Partial<Record<FileKind, string>> = { schools: 'school_id', teachers: 'teacher_id' };

function rowsOf(match: HeaderMatch, records: readonly CsvRecord[], name: string): Pick<LoadedFile, 'content' | 'ids' | 'issues'> {
  switch (match.kind) {
    case 'schools': {
      const r = readRows(records, match, schoolRow, name, 'school_id');
      return { content: { kind: 'schools', items: r.rows.map((x) => toSchool(x.value, x.source)) }, ids: r.ids, issues: r.issues };
    }
    case 'teachers': {
      const r = readRows(records, match, teacherRow, name, 'teacher_id');
      return { content: { kind: 'teachers', items: r.rows.map((x) => toTeacher(x.value, x.source)) }, ids: r.ids, issues: r.issues };
    }
    case 'posts': {
      const r = readRows(records, match, postRow, name, 'school_id');
      return { content: { kind: 'posts', items: r.rows.map((x) => toPost(x.value, x.source)) }, ids: r.ids, issues: r.issues };
    }
    case 'locks': {
      const r = readRows(records, match, lockRow, name, 'teacher_id');
      return { content: { kind: 'locks', items: r.rows.map((x) => toLock(x.value, x.source)) }, ids: r.ids, issues: r.issues };
    }
    case 'policy': {
      const r = readRows(records, match, policyRow, name, 'key');
      return { content: { kind: 'policy', items: r.rows.map((x) => toPolicyEntry(x.value, x.source)) }, ids: [], issues: r.issues };
    }
  }
}

/** Ids of a file whose rows cannot be read (a required column is missing), for reference checks. */
function idsOnly(match: HeaderMatch, records: readonly CsvRecord[]): LoadedFile['ids'] {
  const key = ID_KEY[match.kind];
  const column = key === undefined ? undefined : match.columns.get(key);
  if (!column) return [];
  return records.flatMap((r) => {
    const id = parseId(r.cells[column.index] ?? '');
    return id.ok ? [{ id: id.value, row: r.row }] : [];
  });
}

/**
 * True for the bytes of a picture, an archive or a program: control characters (other than tab,
 * LF, CR) in the first line, or in more than 1% of the first 4,096 characters. A damaged CSV
 * with a stray NUL in one cell is still read (and that cell reported).
 */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  const control = head.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/gu)?.length ?? 0;
  const firstLine = head.slice(0, head.indexOf('\n') < 0 ? head.length : head.indexOf('\n'));
  return control > head.length / 100 || /[\u0000-\u0008\u000E-\u001F]/u.test(firstLine);
}

/** The first row holding a character that could not be decoded (U+FFFD), if any. */
function undecodableRow(records: readonly CsvRecord[], header: readonly string[], headerRow: number): number | undefined {
  if (header.some((c) => c.includes('\uFFFD'))) return headerRow;
  return records.find((r) => r.cells.some((c) => c.includes('\uFFFD')))?.row;
}

/**
 * Reads one input file as far as possible: bytes, encoding, CSV, kind (from the header
 * row), header checks and every row through its kind's schema. Never throws on bad input;
 * everything wrong is in `issues`.
 */
export async function readInputFile(path: string, bytesOf: (p: string) => Promise<FileBytes> = readBytes): Promise<LoadedFile> {
  // The name as every message, plan file and report shows it: one line, no ID number.
  const name = showPath(path.split(/[\\/]/u).pop() ?? path);
  const loaded: LoadedFile = { path, name, labels: new Map(), ids: [], records: 0, complete: false, issues: [] };
  let fb: FileBytes;
  try {
    fb = await bytesOf(path);
  } catch (error) {
    // Too many open files, an I/O error: the machine's, not the file's (the run stops).
    if (isEnvironmentError(error)) throw error;
    loaded.issues.push(unreadable(error, name));
    return loaded;
  }
  const workbook = detectWorkbook(fb.bytes);
  if (workbook) {
    loaded.issues.push({
      file: name,
      zh: `这是Excel工作簿（.${workbook}），不是CSV；请在Excel中“另存为”CSV后再试`,
      en: `this is an Excel workbook (.${workbook}), not CSV; use "Save As" CSV in Excel and try again`,
    });
    return loaded;
  }
  const { text, encoding } = decode(fb.bytes);
  if (looksBinary(text)) {
    loaded.issues.push({
      file: name,
      zh: '这不是文本文件（图片、压缩包或其他程序的文件？），请选择CSV文件',
      en: 'this is not a text file (a picture, an archive, a file of some other program?); give a CSV file',
    });
    return loaded;
  }
  const csv = parseCsv(text, name);
  append(loaded.issues, csv.issues);
  loaded.records = csv.records.length;
  loaded.complete = csv.issues.length === 0;
  if (csv.header.length === 0) return loaded;
  const bad = undecodableRow(csv.records, csv.header, csv.headerRow);
  if (bad !== undefined) {
    loaded.issues.push({
      file: name,
      row: bad,
      zh: '此行有无法识别的字符：文件既不是UTF-8也不是GBK编码？',
      en: 'this row holds characters that cannot be decoded: is the file neither UTF-8 nor GBK?',
    });
  }
  const detected = detectKind(csv.header, name);
  if (!detected.ok) {
    loaded.issues.push(detected.issue);
    return loaded;
  }
  const { match } = detected;
  loaded.info = { path, name, kind: match.kind, sha256: fb.sha256, lang: headerLang(match), encoding };
  for (const c of match.columns.values()) loaded.labels.set(c.key, c.label);
  append(loaded.issues, headerIssues(match, name, csv.headerRow));
  if (csv.truncated) return loaded;
  if (match.missing.length > 0) {
    loaded.ids = idsOnly(match, csv.records);
    return loaded;
  }
  const rows = rowsOf(match, csv.records, name);
  loaded.content = rows.content;
  loaded.ids = rows.ids;
  append(loaded.issues, rows.issues);
  return loaded;
}
