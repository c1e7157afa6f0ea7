import type { InputIssue } from '../domain/types.js';
import type { LoadedFile } from './loaded-file.js';
import { decode } from '../input/decode.js';
import { detectWorkbook, markupWorkbook } from '../input/detect-workbook.js';
import { detectTable } from './wide-posts.js';
import { idlessRows } from './unnumbered-objections.js';
import { parseCsv, type CsvRecord } from '../input/parse-csv.js';
import { errorCode, isEnvironmentError, unreadable } from '../input/read-error.js';
import { meantPath } from '../input/meant-path.js';
import { showPath } from '../safe/show-path.js';
import { readBytes, type FileBytes } from '../input/read-bytes.js';
import { append } from './append.js';
import { withoutRaggedComments } from './comment-rows.js';
import { readTable } from './read-table.js';
import { underTitleRows } from './title-rows.js';
import { readWorkbookFile } from './read-workbook-file.js';

export type { FileContent, LoadedFile } from './loaded-file.js';

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

/** Whether a file is named as an Office or WPS owner file (`~$` and the workbook's name): what it is when, besides, it is no workbook and no text. */
export const isOwnerFile = (name: string): boolean => name.startsWith('~$');

/** The first row holding a character that could not be decoded (U+FFFD), if any. */
function undecodableRow(records: readonly CsvRecord[], header: readonly string[], headerRow: number): number | undefined {
  if (header.some((c) => c.includes('\uFFFD'))) return headerRow;
  return records.find((r) => r.cells.some((c) => c.includes('\uFFFD')))?.row;
}

/**
 * Reads one input file as far as possible: bytes, encoding, CSV, kind (from the header
 * row), header checks and every row through its kind's schema. Never throws on bad input;
 * everything wrong is in `issues`. A CSV file is one table; a workbook gives one table per
 * recognised sheet (see {@link readWorkbookFile}).
 */
export async function readInputFile(path: string, bytesOf: (p: string) => Promise<FileBytes> = readBytes): Promise<LoadedFile[]> {
  // The name as every message, plan file and report shows it: one line, no ID number.
  const name = showPath(path.split(/[\\/]/u).pop() ?? path);
  const loaded: LoadedFile = { path, name, labels: new Map(), ids: [], records: 0, complete: false, issues: [] };
  let fb: FileBytes;
  try {
    fb = await bytesOf(path);
  } catch (error) {
    // Too many open files, an I/O error: the machine's, not the file's (the run stops).
    if (isEnvironmentError(error)) throw error;
    // Named as typed: `data\学校.csv`, `data/岗位` or `县数据/` said only 学校.csv, 岗位 or nothing.
    const issue = unreadable(error, showPath(path));
    const meant = errorCode(error) === 'ENOENT' ? meantPath(path) : null;
    loaded.issues.push(meant === null ? issue : { ...issue, zh: `${issue.zh}; ${meant.zh}`, en: `${issue.en}; ${meant.en}` });
    return [loaded];
  }
  const workbook = detectWorkbook(fb.bytes);
  if (workbook) return readWorkbookFile(path, name, fb, workbook);
  const { text, encoding } = decode(fb.bytes);
  // A web system's `.xls` that is an HTML table or Excel 2003's XML: a workbook in text.
  const markup = markupWorkbook(text);
  if (markup) return readWorkbookFile(path, name, fb, markup, text);
  if (looksBinary(text)) {
    // `~$学校.xlsx` is the owner file Excel and WPS keep beside a workbook while it is open: a `*.xlsx` catches it. It holds no data: told, and left out.
    if (isOwnerFile(name)) {
      loaded.warnings = [{ file: name, zh: '已忽略: 这是 Excel 或 WPS 打开工作簿时在旁边留下的临时文件（~$ 开头, 不含数据, 关闭工作簿后消失）', en: 'ignored: the temporary file Excel or WPS keeps beside a workbook while it is open (its name starts with ~$; it holds no data and goes when the workbook is closed)' }];
      return [loaded];
    }
    loaded.issues.push({
      file: name,
      zh: '这不是文本文件（图片、压缩包或其他程序的文件？），请选择CSV文件或工作簿（.xlsx、.xls）',
      en: 'this is not a text file (a picture, an archive, a file of some other program?); give a CSV file or a workbook (.xlsx, .xls)',
    });
    return [loaded];
  }
  const parsed = parseCsv(text, name);
  const csv = underTitleRows(text, parsed, name) ?? parsed;
  append(loaded.issues, csv.issues);
  loaded.records = csv.records.length;
  loaded.complete = csv.issues.length === 0;
  if (csv.header.length === 0) return [loaded];
  // Cells are cut from the text: when it holds no U+FFFD, no cell does.
  const bad = text.includes('\uFFFD') ? undecodableRow(csv.records, csv.header, csv.headerRow) : undefined;
  if (bad !== undefined) {
    loaded.issues.push({
      file: name,
      row: bad,
      zh: '此行有无法识别的字符：文件既不是UTF-8也不是GBK编码？',
      en: 'this row holds characters that cannot be decoded: is the file neither UTF-8 nor GBK?',
    });
  }
  // A posts table with a column per subject is read as the posts table it says.
  const detected = detectTable(csv.header, name);
  if (!detected.ok) {
    loaded.issues.push(detected.issue);
    // An objections file typed from paper forms, with 姓名 and no 工号 column: its names are told their 工号 later.
    const rows = detected.near?.kind === 'objections' ? idlessRows(csv.header, csv.records) : [];
    if (rows.length > 0) loaded.idless = { issue: detected.issue, rows };
    return [loaded];
  }
  // A policy file's comment lines (# …) are no rows, however many cells they have.
  if (detected.match.kind === 'policy' && csv.raggedComments.length > 0) loaded.issues = withoutRaggedComments(loaded.issues, csv.raggedComments);
  // A school's own roster with no school column names its school in the file's name.
  const context = [name.replace(/\.[^.]*$/u, '')];
  readTable(loaded, detected.match, csv.headerRow, csv.records, csv.truncated, { sha256: fb.sha256, encoding, context, ...(detected.wide && { wide: detected.wide }) });
  return [loaded];
}
