/**
 * A workbook given as input: every worksheet whose header row is recognised is an input table
 * of its own (one workbook may hold the schools, the teachers and the posts on three sheets),
 * named in messages as `花名册.xlsx[教师]`.
 */
import { countEn, plural } from '../domain/plural.js';
import type { FileBytes } from '../input/read-bytes.js';
import { groupDigits, MAX_DATA_ROWS } from '../input/limits.js';
import { cleanCell, type CsvRecord } from '../input/parse-csv.js';
import { readWorkbook, type SheetText } from '../input/read-workbook.js';
import { uncomputedFormulas, type Uncomputed } from '../input/uncomputed-formulas.js';
import { detectKind, kindName } from './detect-kind.js';
import { idlessRows } from './unnumbered-objections.js';
import type { InputIssue } from '../domain/types.js';
import { findHeader, findNearHeader, type FoundHeader } from './find-header.js';
import { fillMergedDown } from './merged-down.js';
import { hiddenRowsWarning } from './hidden-rows.js';
import { passOverExamples } from './example-sheets.js';
import { normaliseHeader } from './normalise-header.js';
import { addWarnings, type LoadedFile } from './loaded-file.js';
import { readTable } from './read-table.js';
import { showPath } from '../safe/show-path.js';
import { unreadPlanEdits } from './unread-plan-sheets.js';

/** How a sheet is named in messages and sources: the workbook's name with the sheet's in brackets. */
export function sheetLabel(file: string, sheet: string): string {
  return `${file}[${showPath(sheet)}]`;
}

/** The data rows under the header: cells cleaned and cut to the header's width, blank rows left out. */
function recordsOf(sheet: SheetText, headerRow: number, width: number): CsvRecord[] {
  const records: CsvRecord[] = [];
  for (let i = headerRow; i < sheet.rows.length; i++) {
    const cells = (sheet.rows[i] ?? []).slice(0, width).map(cleanCell);
    while (cells.length < width) cells.push('');
    if (cells.every((c) => c === '')) continue;
    records.push({ row: i + 1, cells });
  }
  return records;
}

/**
 * The issue of a table whose data cells hold formulas kept without their results (a workbook a
 * program wrote): read as empty, where Excel shows figures. Null when its data cells have none.
 */
function uncomputedIssue(cells: readonly { r: number; c: number }[], found: FoundHeader, file: string): InputIssue | null {
  const data = cells.filter((x) => x.r >= found.headerRow && x.c < found.header.length);
  const [first] = data;
  if (!first) return null;
  const column = found.header[first.c] ?? '';
  return {
    file,
    zh: `第${first.r + 1}行「${column}」等 ${data.length} 个单元格是公式, 文件中没有保存公式的计算结果（由程序生成、未在Excel或WPS中保存过的文件）, 读作空白: 请用Excel或WPS打开此文件并保存, 再运行`,
    en: `${countEn(data.length, 'cell')}, ${plural(data.length, 'in', 'the first in')} row ${first.r + 1} "${column}", ${plural(data.length, 'holds a formula whose result', 'hold formulas whose results')} the file does not keep (written by a program, never saved in Excel or WPS), and ${plural(data.length, 'reads', 'read')} as empty: open the file in Excel or WPS, save it and run again`,
  };
}

/** True for a list a plan wrote, told by a column only it has: a locks table with 交流学校代码 and one of `marks`. */
function planList(marks: readonly string[]): (found: FoundHeader) => boolean {
  const wanted = new Set(marks.map(normaliseHeader));
  return (found) => found.match.kind === 'locks' && found.match.columns.has('to_school_id') && found.header.some((h) => wanted.has(normaliseHeader(h)));
}

/** The assignments sheet of a plan.xlsx (told by 原学校代码): it tells a plan's own workbook. */
const isPlanAssignments = planList(['from_school_id', '原学校代码']);

/** The principals sheet of a plan.xlsx (校长交流名单, told by 岗位类别), whose filled rows are the county's decisions. */
const isPlanPrincipals = planList(['role', '岗位类别']);

/** The warning of a hidden sheet whose header is a table's: it was not read. */
function hiddenSheetWarning(file: string, sheet: string, found: FoundHeader): InputIssue {
  const kind = kindName(found.match.kind);
  return { file: sheetLabel(file, sheet), zh: `隐藏的工作表未读取（其表头像${kind.zh}）; 如需读取, 请在Excel中取消隐藏`, en: `a hidden sheet, not read (its header reads as a ${kind.en} table); unhide it in Excel to have it read` };
}

/**
 * The visible sheets passed over (no header found) whose header is evidently a kind's but lacks a
 * required column, each as its kind and the issue naming the sheet and row: a teachers sheet
 * without 工号 is no 说明 sheet, and the user must hear of it (load-county decides how loudly).
 */
function nearMisses(sheets: readonly SheetText[], headed: ReadonlySet<SheetText>, name: string): NonNullable<LoadedFile['nearMisses']> {
  return sheets.flatMap((sheet) => {
    if (sheet.hidden === true || headed.has(sheet)) return [];
    const near = findNearHeader(sheet.rows, sheet.merges, sheetLabel(name, sheet.name));
    return near ? [{ kind: near.near.kind, issue: near.issue }] : [];
  });
}

function isBlank(sheet: SheetText): boolean {
  return sheet.rows.every((r) => r.every((c) => c.trim() === ''));
}

/**
 * Reads the tables of a workbook. Sheets whose header is not recognised (instructions, code
 * lists) are passed over (those evidently a kind's but lacking a required column are noted, see
 * {@link nearMisses}), and so are hidden sheets (a warning names those with a table's header); when no sheet is recognised, the workbook is one unrecognised file
 * whose issue says what each sheet's first row holds. A plan.xlsx (edited or not) is read as
 * its assignments sheet, a locks table, each row moving its teacher, and its principals sheet,
 * whose rows with a 交流学校代码 do the same (the others lock nothing). A range merged down a
 * column in the data rows gives each of its rows the top cell's value, with a warning.
 */
export async function readWorkbookFile(path: string, name: string, fb: FileBytes, format: 'xlsx' | 'xls' | 'html' | 'xml', markup?: string): Promise<LoadedFile[]> {
  const blank = (label: string): LoadedFile => ({ path, name: label, labels: new Map(), ids: [], records: 0, complete: false, issues: [] });
  const book = await readWorkbook(fb.bytes, 'auto', markup);
  if (!book.ok) {
    const failed = blank(name);
    failed.issues.push({ file: name, zh: book.zh, en: book.en });
    return [failed];
  }
  const all = book.sheets.flatMap((sheet) => {
    const header = findHeader(sheet.rows, sheet.merges, sheetLabel(name, sheet.name));
    return header ? [{ sheet, found: header }] : [];
  });
  // A hidden sheet (a template's code lists for its drop-downs, a sheet put away) is not what the user sees: not read.
  // A 填表说明 sheet's example table, beside the sheet holding the table itself, is no input either.
  const examples = passOverExamples(
    all.filter((h) => h.sheet.hidden !== true),
    (sheet) => sheetLabel(name, sheet),
  );
  const headed = examples.read;
  const hidden = all.filter((h) => h.sheet.hidden === true);
  // A plan's own workbook is read as its assignments (locks) and its principals list (the
  // county's decisions written in, as in principals.csv): its schools, teachers and policy
  // sheets are the plan's results, not inputs.
  const plan = headed.some((f) => isPlanAssignments(f.found)) ? headed.filter((f) => isPlanAssignments(f.found) || isPlanPrincipals(f.found)) : [];
  const tables: LoadedFile[] = [];
  let uncomputed: Uncomputed | undefined;
  for (const { sheet, found } of plan.length > 0 ? plan : headed) {
    const label = sheetLabel(name, sheet.name);
    const loaded = blank(label);
    const records = recordsOf(sheet, found.headerRow, found.header.length);
    // A school's id merged down its block of teachers reads on every row of it, as the sheet shows it.
    const merged = fillMergedDown(records, sheet.rows, sheet.merges, found.headerRow, found.header, label);
    if (merged) loaded.warnings = [merged];
    // Rows filtered out or hidden are read as the file holds them: said, since the clerk does not see them.
    const hiddenRows = hiddenRowsWarning(records, sheet.hiddenRows, label);
    if (hiddenRows) addWarnings(loaded, hiddenRows);
    loaded.records = records.length;
    loaded.complete = !sheet.truncated;
    if (sheet.truncated || records.length > MAX_DATA_ROWS) {
      const limit = groupDigits(MAX_DATA_ROWS);
      loaded.issues.push({ file: label, zh: `数据行超过${limit}行的上限，未读取此工作表`, en: `more than ${limit} data rows, the most one table may have; the sheet was not read` });
    }
    // A school's own roster with no school column names its school in the file's or the sheet's name, or a title row.
    const titles = sheet.rows.slice(0, found.headerRow - 1).map((r) => r.join(' ').trim()).filter((t) => t !== '');
    const context = [name.replace(/\.[^.]*$/u, ''), sheet.name, ...titles];
    readTable(loaded, found.match, found.headerRow, records, loaded.issues.length > 0, { sha256: fb.sha256, encoding: format, context, ...(found.wide && { wide: found.wide }) });
    // Rows with problems in a workbook a program wrote may be formulas kept without their results.
    if (format === 'xlsx' && loaded.issues.some((i) => i.row !== undefined)) {
      uncomputed ??= uncomputedFormulas(fb.bytes);
      const issue = uncomputedIssue(uncomputed.get(sheet.name) ?? [], found, label);
      if (issue) loaded.issues.unshift(issue);
    }
    tables.push(loaded);
  }
  const [first] = tables;
  if (first) {
    addWarnings(first, ...hidden.map((h) => hiddenSheetWarning(name, h.sheet.name, h.found)), ...examples.warnings);
    // A destination written or cleared on the plan's 教师 sheet is not read: said, not passed over.
    if (plan.length > 0) addWarnings(first, ...unreadPlanEdits(name, plan, headed.filter((h) => !plan.includes(h))));
    // A plan's own workbook holds its results beside the sheets read: none is a table missed.
    const near = plan.length > 0 ? [] : nearMisses(book.sheets, new Set(all.map((h) => h.sheet)), name);
    if (near.length > 0) first.nearMisses = near;
    return tables;
  }
  const unknown = blank(name);
  if (hidden.length > 0) {
    const names = hidden.map((h) => `「${h.sheet.name}」`).join('');
    unknown.issues.push({ file: name, zh: `可识别的表都在隐藏的工作表中（${names}）, 未读取; 请在Excel中取消隐藏后再试`, en: `the tables this tool reads are on hidden sheets (${hidden.map((h) => `"${h.sheet.name}"`).join(', ')}), which are not read; unhide them in Excel and try again` });
    return [unknown];
  }
  const filled = book.sheets.filter((s) => !isBlank(s));
  if (filled.length === 0) {
    unknown.issues.push({ file: name, zh: '工作簿是空的', en: 'the workbook is empty' });
    return [unknown];
  }
  // A sheet whose header, under its title rows, is nearly a table's is named at that row: its
  // first row is the title, which says nothing of what the table lacks. Where one is, the other
  // sheets (说明, code lists) are no table missed.
  const nearest = filled.flatMap((sheet) => {
    const found = findNearHeader(sheet.rows, sheet.merges, sheetLabel(name, sheet.name));
    return found ? [{ sheet, found }] : [];
  });
  if (nearest.length > 0) {
    unknown.issues.push(...nearest.map((n) => n.found.issue));
    // An objections sheet typed from paper forms, with 姓名 and no 工号 column: its names are told their 工号 later.
    const idless = nearest.find((n) => n.found.near.kind === 'objections');
    if (idless) {
      const header = idless.sheet.rows[idless.found.headerRow - 1] ?? [];
      const rows = idlessRows(header, recordsOf(idless.sheet, idless.found.headerRow, header.length));
      if (rows.length > 0) unknown.idless = { issue: idless.found.issue, rows };
    }
    return [unknown];
  }
  for (const sheet of filled) {
    const first = sheet.rows.find((r) => r.some((c) => c.trim() !== '')) ?? [];
    const detected = detectKind(first, sheetLabel(name, sheet.name));
    if (!detected.ok) unknown.issues.push(detected.issue);
  }
  return [unknown];
}
