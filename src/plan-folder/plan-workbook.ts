/**
 * plan.xlsx: the plan's tables in one workbook, one sheet each (assignments, schools, teachers
 * with their statuses, the rules checklist, the 优质均衡 CVs, the policy used, the principals due to rotate), headers in the input's language.
 * Ids are text cells, figures are numbers; the cells are those of the CSV files.
 */
import type { Lang } from '../domain/types.js';
import type { Move } from '../plan/build-plan.js';
import type { LockReport } from '../plan/lock-effects.js';
import type { ObjectionLine } from '../plan/objection-report.js';
import type { SchoolLine } from '../plan/school-lines.js';
import type { TeacherStatus } from '../plan/teacher-status.js';
import { formatNumber, type Column } from '../output/csv.js';
import type { Finishing } from '../output/write-folder.js';
import { DeflateThread, deflateWorkerAvailable } from '../output/xlsx/deflate-thread.js';
import { libraryDeflateNow } from '../output/xlsx/library-deflate.js';
import { writeXlsx, writeXlsxAside, type BookInfo, type CellValue, type SheetData } from '../output/xlsx/write-xlsx.js';
import { writtenAssignmentColumns } from './assignments-file.js';
import { principalColumns, type PrincipalRow } from './principals-file.js';
import { markRelaxed } from './relaxed-column.js';
import { qualitySheet, QUALITY_SHEET } from './quality-sheet.js';
import { anyQuota, schoolColumns } from './schools-file.js';
import { teacherColumns } from './teachers-file.js';

/** The file's name in a plan folder. */
export const WORKBOOK_FILE = 'plan.xlsx';

/** One table of the plan, ready to become a sheet of a given name. */
export type PlanTable = (name: string, lang: Lang) => SheetData;

/** The tables of a plan in the workbook's order: assignments, schools, teachers. */
export type PlanTables = readonly [PlanTable, PlanTable, PlanTable];

/** summary.json's object: the workbook takes its `rules` checklist, `indicators` (the CVs), `policy` and `tool`. */
export type PlanSummary = Readonly<Record<string, unknown>>;

/** The sheets' names, in the input's language; the first is the one read back as locks. */
export const PLAN_SHEETS: Readonly<Record<Lang, readonly string[]>> = {
  zh: ['交流名单', '学校', '教师', '规则核验', QUALITY_SHEET.zh, '参数', '校长交流名单'],
  en: ['assignments', 'schools', 'teachers', 'rules', QUALITY_SHEET.en, 'policy', 'principals'],
};

function value(v: string | number | boolean | undefined, lang: Lang): CellValue {
  if (v === undefined) return null;
  if (typeof v === 'boolean') return lang === 'zh' ? (v ? '是' : '否') : v ? 'yes' : 'no';
  // The figure the CSV file shows (four decimals at most), so the two never disagree.
  if (typeof v === 'number') return Number.isFinite(v) ? Number(formatNumber(v)) : null;
  return v;
}

/** A table of the plan from its columns (those of its CSV file) and its rows. */
export function planTable<R>(columns: readonly Column<R>[], rows: readonly R[]): PlanTable {
  return (name, lang) => ({
    name,
    header: columns.map((c) => (lang === 'zh' ? c.zh : c.en)),
    rows: rows.map((r) => columns.map((c) => value(c.get(r), lang))),
  });
}

interface RuleRow {
  rule: string;
  zh: string;
  en: string;
  threshold: string;
  value: string;
  held: boolean;
}

function isRuleRow(x: unknown): x is RuleRow {
  const r = x as Partial<RuleRow> | null;
  return typeof r === 'object' && r !== null && typeof r.rule === 'string' && typeof r.zh === 'string' && typeof r.en === 'string' && typeof r.held === 'boolean';
}

function rulesSheet(name: string, rules: unknown, lang: Lang): SheetData {
  const zh = lang === 'zh';
  const list = Array.isArray(rules) ? rules.filter(isRuleRow) : [];
  return {
    name,
    header: zh ? ['规则', '说明', '要求', '方案值', '是否满足'] : ['rule', 'description', 'threshold', 'value', 'held'],
    rows: list.map((r) => [r.rule, zh ? r.zh : r.en, String(r.threshold), String(r.value), zh ? (r.held ? '✓ 满足' : '✗ 未满足') : r.held ? '✓ held' : '✗ broken']),
  };
}

/** A policy value that is a plain number is a number cell; anything else (`20%`, a list) is text. */
function policyValue(text: string): CellValue {
  return /^-?\d+(\.\d+)?$/u.test(text) && Number.isFinite(Number(text)) ? Number(text) : text;
}

function policySheet(name: string, policy: unknown, lang: Lang): SheetData {
  const entries = typeof policy === 'object' && policy !== null ? Object.entries(policy as Record<string, unknown>) : [];
  return {
    name,
    header: lang === 'zh' ? ['参数名称', '参数取值'] : ['parameter_name', 'parameter_value'],
    rows: entries.map(([k, v]) => [k, policyValue(String(v))]),
  };
}

/**
 * The workbook's bytes, made here. The library's DEFLATE (plain JavaScript, so the bytes are the
 * same on every machine) is loaded only when a workbook is made.
 */
export async function planWorkbook(lang: Lang, tables: PlanTables, summary: PlanSummary, principals?: PlanTable, extra: readonly SheetData[] = []): Promise<Uint8Array> {
  const { sheets, info } = planBook(lang, tables, summary, principals, extra);
  return workbookBytes(sheets, info);
}

/** The workbook's sheets, in their order, and what it says about itself. */
function planBook(lang: Lang, tables: PlanTables, summary: PlanSummary, principals?: PlanTable, extra: readonly SheetData[] = []): { sheets: SheetData[]; info: BookInfo } {
  const names = PLAN_SHEETS[lang];
  const sheetName = (i: number): string => names[i] ?? `sheet${i + 1}`;
  const sheets: SheetData[] = [
    ...tables.map((t, i) => t(sheetName(i), lang)),
    rulesSheet(sheetName(3), summary['rules'], lang),
    qualitySheet(sheetName(4), summary['indicators'], lang),
    policySheet(sheetName(5), summary['policy'], lang),
    ...(principals ? [principals(sheetName(6), lang)] : []),
    ...extra,
  ];
  const title = lang === 'zh' ? '教师交流轮岗方案' : 'teacher rotation plan';
  return { sheets, info: { title, creator: typeof summary['tool'] === 'string' ? summary['tool'] : 'rotate' } };
}

/** A workbook's bytes from its sheets, made here, the same on every machine (the library's plain-JavaScript DEFLATE). */
export async function workbookBytes(sheets: readonly SheetData[], info: BookInfo): Promise<Uint8Array> {
  return writeXlsx(sheets, info, libraryDeflateNow());
}

/**
 * Cells (rows × columns, all sheets) from which a plan folder's workbook is compressed in a worker
 * thread: about 30,000 teachers (9–10 cells a teacher). The thread saves this thread about 0.9 ms
 * per 1,000 cells, but it takes about 100 ms to start and load the library before it compresses
 * anything, so the workbook is done 150 ms or more after its sheets are made, and it competes for
 * the cores; below this size the two are about even or the thread loses. Measured on a 2-core
 * machine, the plan folder's making and writing (report + write, medians of whole runs, worker and
 * this thread alternating): 6,000 teachers (60,000 cells) 0.58 s here, 0.61 s aside; 12,000
 * (120,000 cells) 1.02 → 0.91 s, but 1.61 → 1.74 s with another 80,000-teacher run on the same
 * cores; 30,000 (280,000 cells) 2.12 → 1.90 s, 2.92 → 3.02 s on the busy machine; 80,000 (755,000
 * cells) 5.24 → 4.35 s.
 */
export const ASIDE_CELLS = 300_000;

/**
 * A plan folder's workbook: compressed by a worker thread when it has {@link ASIDE_CELLS} cells or
 * more and the compiled worker is there, each sheet compressed there while this thread makes the
 * next; the file is then {@link Finishing} once its parts are made, and the writer makes the next
 * file while the worker ends. Otherwise (a small workbook, or tests run from sources, where the
 * worker file is not there) its bytes, made here. The same bytes either way.
 *
 * @param worker the compiled deflate-worker.js; the one beside deflate-thread.js by default.
 */
export async function workbookFile(sheets: readonly SheetData[], info: BookInfo, worker?: URL): Promise<Uint8Array | Finishing> {
  const cells = sheets.reduce((n, s) => n + s.rows.length * s.header.length, 0);
  if (cells < ASIDE_CELLS || !deflateWorkerAvailable(worker)) return workbookBytes(sheets, info);
  const thread = new DeflateThread(worker);
  try {
    return { finishing: writeXlsxAside(sheets, info, (data) => thread.pack(data)).finally(() => thread.close()) };
  } catch (e) {
    thread.close();
    throw e;
  }
}

/**
 * Loads the workbook's compressor ahead, on a thread that would otherwise wait (for the solver),
 * when a plan of a county of `teachers` will have its workbook made on this thread: unless the
 * teachers' sheet alone has {@link ASIDE_CELLS} cells, when a worker thread compresses it.
 */
export function warmWorkbook(teachers: number, lang: Lang): void {
  if (teachers * teacherColumns(lang).length < ASIDE_CELLS) libraryDeflateNow();
}

/** What plan.xlsx is written from: the rows of the three tables and summary.json's object. */
export interface PlanWorkbookInput {
  lang: Lang;
  moves: readonly Move[];
  /** schools.csv's lines. */
  schools: readonly SchoolLine[];
  statuses: readonly TeacherStatus[];
  locks: LockReport;
  relaxedRules: readonly string[];
  summary: PlanSummary;
  /** The principals and vice principals due to rotate (principals.csv's rows). */
  principals?: readonly PrincipalRow[];
  /** The objection report's columns and rows (those of objections.csv), as a last sheet 异议处理 / objections. */
  objections?: { columns: readonly Column<ObjectionLine>[]; lines: readonly ObjectionLine[] };
}

/**
 * plan.xlsx, its tables with the columns of the CSV files (relaxed and baseline columns included):
 * its bytes, or, for a large plan, the bytes a worker thread is finishing (see {@link workbookFile}).
 */
export function planXlsx(p: PlanWorkbookInput): Promise<Uint8Array | Finishing> {
  const tables: PlanTables = [
    planTable(writtenAssignmentColumns(p.lang, p.locks, p.relaxedRules), p.moves),
    planTable(markRelaxed(schoolColumns(p.lang, anyQuota(p.schools)), p.relaxedRules, p.lang), p.schools),
    planTable(markRelaxed(teacherColumns(p.lang), p.relaxedRules, p.lang), p.statuses),
  ];
  const extra = p.objections ? [planTable(p.objections.columns, p.objections.lines)(p.lang === 'zh' ? '异议处理' : 'objections', p.lang)] : [];
  const { sheets, info } = planBook(p.lang, tables, p.summary, p.principals ? planTable(markRelaxed(principalColumns(p.lang), p.relaxedRules, p.lang), p.principals) : undefined, extra);
  return workbookFile(sheets, info);
}
