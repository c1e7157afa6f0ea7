import { z } from 'zod';
import type { InputIssue } from '../domain/types.js';
import { showPath } from '../safe/show-path.js';
import type { PlanFolder } from '../input/read-plan-dir.js';
import { parseCsv } from '../input/parse-csv.js';
import { assignmentColumns, schoolColumns } from '../output/plan-tables.js';

/** One row of a plan's assignments.csv, by English column name. */
export interface MoveRow {
  /** Row in assignments.csv as Excel shows it (header = 1). */
  row: number;
  teacher_id: string;
  name: string;
  subject: string;
  from_school_id: string;
  from_school: string;
  to_school_id: string;
  to_school: string;
}

/** What `diff` and `--baseline` read back from a plan folder. */
export interface PlanRecord {
  dir: string;
  lang: 'zh' | 'en';
  moves: Map<string, MoveRow>;
  /** schools.csv rows by school id, cells by English column name. */
  schools: Map<string, Record<string, string>>;
  /** English names of the schools.csv columns, in file order. */
  schoolFields: string[];
  /** summary.json's objective terms and counts, when the file is there. */
  terms: Record<string, number>;
  counts: Record<string, number>;
  shortage: Record<string, number>;
}

/** A table as English-keyed rows: each header matched by its English or Chinese name. */
function table(text: string, file: string, names: readonly { en: string; zh: string }[]): { rows: Record<string, string>[]; fields: string[]; lang: 'zh' | 'en'; issues: InputIssue[] } {
  const csv = parseCsv(text, file);
  const byName = new Map<string, string>();
  for (const c of names) {
    byName.set(c.en, c.en);
    byName.set(c.zh, c.en);
  }
  const keys = csv.header.map((h) => byName.get(h.trim()));
  const lang = csv.header.some((h) => /[\u4e00-\u9fff]/.test(h)) ? 'zh' : 'en';
  const rows = csv.records.map((r) => {
    const row: Record<string, string> = { '#row': String(r.row) };
    keys.forEach((k, i) => {
      if (k !== undefined) row[k] = (r.cells[i] ?? '').replace(/^'(?=[=+\-@])/, '');
    });
    return row;
  });
  return { rows, fields: keys.filter((k): k is string => k !== undefined), lang, issues: csv.issues };
}

/** A number JSON holds only as Infinity (1e999) is not of a file rotate wrote. */
function finiteOnly(_key: string, v: unknown): unknown {
  if (typeof v === 'number' && !Number.isFinite(v)) throw new Error('summary.json: a number out of range');
  return v;
}

/** Named figures: the numbers kept, anything else (a note, a list) left out. */
const figures = z.record(z.string(), z.unknown()).transform((r) => Object.fromEntries(Object.entries(r).filter((e): e is [string, number] => typeof e[1] === 'number')));

/** What diff reads of summary.json, parsed, never cast: a file of another shape is refused. */
const SUMMARY = z.object({ objective: z.object({ terms: figures.optional() }).optional(), counts: figures.optional(), shortage: figures.optional() });

/** Reads a plan folder's tables back; assignments.csv as people may have edited it in Excel. */
export function planRecord(folder: PlanFolder): { ok: true; value: PlanRecord } | { ok: false; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const a = table(folder.text.get('assignments.csv') ?? '', 'assignments.csv', assignmentColumns('en'));
  const s = table(folder.text.get('schools.csv') ?? '', 'schools.csv', schoolColumns());
  for (const key of ['teacher_id', 'to_school_id']) {
    if (!a.fields.includes(key)) issues.push({ file: `${folder.dir}/assignments.csv`, zh: `assignments.csv 缺少列 ${key}`, en: `assignments.csv has no column ${key}` });
  }
  let summary: z.infer<typeof SUMMARY> = {};
  try {
    summary = SUMMARY.parse(JSON.parse(folder.text.get('summary.json') ?? '{}', finiteOnly));
  } catch {
    issues.push({ file: showPath(`${folder.dir}/summary.json`), zh: 'summary.json 无法读取（不是 rotate plan 写出的文件？）', en: 'summary.json cannot be read (not written by rotate plan?)' });
  }
  if (issues.length > 0) return { ok: false, issues };
  const moves = new Map<string, MoveRow>();
  for (const r of a.rows) {
    if (!r['teacher_id']) continue;
    moves.set(r['teacher_id'], {
      row: Number(r['#row']),
      teacher_id: r['teacher_id'],
      name: r['name'] ?? '',
      subject: r['subject'] ?? '',
      from_school_id: r['from_school_id'] ?? '',
      from_school: r['from_school'] ?? '',
      to_school_id: r['to_school_id'] ?? '',
      to_school: r['to_school'] ?? '',
    });
  }
  return {
    ok: true,
    value: {
      dir: folder.dir,
      lang: a.lang,
      moves,
      schools: new Map(s.rows.filter((r) => r['school_id']).map((r) => [r['school_id'] ?? '', r])),
      schoolFields: s.fields,
      terms: summary.objective?.terms ?? {},
      counts: summary.counts ?? {},
      shortage: summary.shortage ?? {},
    },
  };
}
