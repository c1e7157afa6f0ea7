/**
 * A plan table (assignments.csv, schools.csv, teachers.csv) read back: the header matched by each
 * column's English or Chinese name, Excel's formula guard (`'=…`) taken off, and every row checked
 * by the format's row schema. People open these files in Excel and save them, so a problem is
 * named by file, row and column, as input files are.
 */
import { z } from 'zod';
import type { InputIssue, Lang } from '../domain/types.js';
import { parseCsv } from '../input/parse-csv.js';
import { safe } from '../schema/show-value.js';

/** A column's two names: both are part of the file contract. */
export interface ColumnName {
  en: string;
  zh: string;
}

/** A table read back: its rows as the row schema typed them, with their rows as Excel shows them. */
export interface PlanTable<R> {
  lang: Lang;
  /** English names of the columns recognised, in file order. */
  fields: string[];
  rows: (R & { row: number })[];
}

/** A cell that must hold a number, as the writer prints one (`12`, `-0.5`), or be empty. */
export const numberCell = z.string().regex(/^(-?\d+(\.\d+)?)?$/u);
/** A cell that must not be empty. */
export const idCell = z.string().min(1);

const MAX_LISTED = 20;

function cellIssue(file: string, row: number, column: string | undefined, issue: z.core.$ZodIssue, value: unknown): InputIssue {
  const shown = typeof value === 'string' ? value : '';
  const where = { file, row, ...(column !== undefined ? { column } : {}) };
  if (issue.code === 'too_small' || (issue.code === 'invalid_type' && value === undefined)) return { ...where, zh: '不能为空', en: 'must not be empty' };
  if (issue.code === 'invalid_format') return { ...where, zh: `应为数字, 实为「${safe(shown)}」`, en: `expected a number, found "${safe(shown)}"` };
  return { ...where, zh: `取值有误「${safe(shown)}」`, en: `${issue.message}: "${safe(shown)}"` };
}

/**
 * Reads a plan table back. Columns not in `columns` are ignored (people add notes); the
 * `required` ones must be there. Never throws: every problem is an issue naming the file given.
 */
export function readPlanCsv<R>(text: string, file: string, columns: readonly ColumnName[], required: readonly string[], rowSchema: z.ZodType<R>): { ok: true; value: PlanTable<R> } | { ok: false; issues: InputIssue[] } {
  const csv = parseCsv(text, file);
  const byName = new Map<string, string>();
  for (const c of columns) {
    byName.set(c.en, c.en);
    byName.set(c.zh, c.en);
  }
  const keys = csv.header.map((h) => byName.get(h.trim()));
  const fields = keys.filter((k): k is string => k !== undefined);
  const issues: InputIssue[] = [...csv.issues];
  for (const key of required) {
    if (!fields.includes(key)) issues.push({ file, zh: `缺少列 ${columns.find((c) => c.en === key)?.zh ?? key}（${key}）`, en: `has no column ${key}` });
  }
  if (issues.length > 0) return { ok: false, issues };
  const header = new Map(keys.flatMap((k, i) => (k === undefined ? [] : [[k, csv.header[i] ?? k] as const])));
  const rows: (R & { row: number })[] = [];
  for (const r of csv.records) {
    const cells: Record<string, string> = {};
    keys.forEach((k, i) => {
      if (k !== undefined) cells[k] = (r.cells[i] ?? '').replace(/^'(?=[=+\-@])/u, '');
    });
    const parsed = rowSchema.safeParse(cells, { reportInput: true });
    if (parsed.success) rows.push({ ...parsed.data, row: r.row });
    else if (issues.length < MAX_LISTED) {
      for (const i of parsed.error.issues) {
        const key = typeof i.path[0] === 'string' ? i.path[0] : undefined;
        issues.push(cellIssue(file, r.row, key !== undefined ? header.get(key) : undefined, i, key !== undefined ? cells[key] : undefined));
      }
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const lang: Lang = csv.header.some((h) => /[\u4e00-\u9fff]/u.test(h)) ? 'zh' : 'en';
  return { ok: true, value: { lang, fields, rows } };
}
