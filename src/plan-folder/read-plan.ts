/**
 * A plan folder read back, for `rotate diff` (its moves, schools and summary) and for
 * `--baseline` (its moves), each file through its format's schema.
 */
import { join } from 'node:path';
import type { InputIssue, Lang } from '../domain/types.js';
import type { BaselineMove } from '../plan/baseline-locks.js';
import type { RecordedInput } from '../plan/baseline-decisions.js';
import { ASSIGNMENTS_FILE, readAssignments, type MoveRow } from './assignments-file.js';
import { editedFiles } from './edited-files.js';
import { EXPLAIN_FILE, readExplain } from './explain-file.js';
import { MANIFEST } from '../output/write-folder.js';
import { readPlanFolder, type PlanFolder } from './read-folder.js';
import { readSchools, SCHOOLS_FILE, type SchoolRow } from './schools-file.js';
import { parseSummary, SUMMARY_FILE, type Summary } from './summary-file.js';
import { isPlainFile, planFileMoves } from '../schema/plan-file-moves.js';
import { notABaselineFile } from './baseline-file.js';


type Read<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

/** What `diff` reads back from a plan folder. */
export interface PlanRecord {
  dir: string;
  lang: Lang;
  /** assignments.csv's moves by teacher id. */
  moves: Map<string, MoveRow>;
  /** schools.csv rows by school id. */
  schools: Map<string, SchoolRow>;
  /** English names of the schools.csv columns, in file order. */
  schoolFields: string[];
  summary: Summary;
  /** Files read here that were changed after the plan was written (edited-files.ts): none for a folder as written. */
  edited: string[];
}

/** The moves of a folder's assignments.csv, by teacher id (the last row wins, as a locks file reads it). */
function movesOf(folder: PlanFolder): Read<{ lang: Lang; moves: Map<string, MoveRow> }> {
  const a = readAssignments(folder.text.get(ASSIGNMENTS_FILE) ?? '', join(folder.dir, ASSIGNMENTS_FILE));
  if (!a.ok) return a;
  return { ok: true, value: { lang: a.value.lang, moves: new Map(a.value.rows.map((r) => [r.teacher_id, r])) } };
}

/** Reads a plan folder's assignments, schools and summary (for diff and publish), and which of them were edited since; every problem in all three is listed. */
export async function readPlan(dir: string): Promise<Read<PlanRecord>> {
  const read = await readPlanFolder(dir, [ASSIGNMENTS_FILE, SCHOOLS_FILE, SUMMARY_FILE], [MANIFEST]);
  if (!read.ok) return read;
  const folder = read.value;
  const a = movesOf(folder);
  const s = readSchools(folder.text.get(SCHOOLS_FILE) ?? '', join(dir, SCHOOLS_FILE));
  const summary = parseSummary(folder.text.get(SUMMARY_FILE) ?? '', join(dir, SUMMARY_FILE));
  if (!a.ok || !s.ok || !summary.ok) return { ok: false, issues: [...(a.ok ? [] : a.issues), ...(s.ok ? [] : s.issues), ...(summary.ok ? [] : summary.issues)] };
  return {
    ok: true,
    value: { dir, lang: a.value.lang, moves: a.value.moves, schools: new Map(s.value.rows.map((r) => [r.school_id, r])), schoolFields: s.value.fields, summary: summary.value, edited: editedFiles(folder) },
  };
}

/** What a baseline folder says of itself: the plan year and the input files its summary.json records, and its files edited since the plan was written. */
export interface BaselineFacts {
  year?: number;
  /** The plan's own inputs (kind, name, SHA-256), as its summary.json records them: its locks and objections files among them. */
  inputs?: RecordedInput[];
  edited: string[];
}

/** A baseline read: its moves, and what its folder says of itself. */
export interface Baseline {
  moves: BaselineMove[];
  facts: BaselineFacts;
}

/**
 * The baseline plan (`--baseline PLAN_DIR`), no moves when no baseline is given. Its moves are
 * the plan as it was written (explain.json records it), so that editing the folder's own
 * assignments.csv in Excel and passing it back as locks still compares against the original;
 * a folder without explain.json is read from its assignments.csv. Rows are assignments.csv's.
 * A file (a plan.xlsx or an assignments.csv, edited or not) is read as that plan's assignments.
 *
 * Read with them, in the same pass over the folder: the plan year and input files its summary.json
 * records and which of its files were edited after it was written (its manifest says); none for a
 * single file.
 * A baseline from another year (last year's plan, given by mistake) is named in a warning, since
 * its moves were decided on other teachers' years; so is an edited one, since the baseline is the
 * plan as written and the edits are not read as part of it.
 */
export async function readBaseline(dir: string | undefined): Promise<Read<Baseline>> {
  if (dir === undefined) return { ok: true, value: { moves: [], facts: { edited: [] } } };
  if (await isPlainFile(dir)) {
    const notTable = await notABaselineFile(dir);
    if (notTable !== null) return { ok: false, issues: [notTable] };
    const moves = await planFileMoves(dir);
    return moves.ok ? { ok: true, value: { moves: moves.value, facts: { edited: [] } } } : moves;
  }
  const read = await readPlanFolder(dir, [ASSIGNMENTS_FILE], [EXPLAIN_FILE, SUMMARY_FILE, MANIFEST]);
  if (!read.ok) return read;
  const moves = folderMoves(read.value);
  return moves.ok ? { ok: true, value: { moves: moves.value, facts: folderFacts(read.value) } } : moves;
}

/** A baseline folder's moves: explain.json's where it is there, else assignments.csv's. */
function folderMoves(folder: PlanFolder): Read<BaselineMove[]> {
  const explain = folder.text.get(EXPLAIN_FILE);
  if (explain !== undefined) {
    const e = readExplain(explain, join(folder.dir, EXPLAIN_FILE));
    if (!e.ok) return e;
    const moved = e.value.teachers.filter((t) => t.move !== undefined).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { ok: true, value: moved.map((t, i) => ({ teacherId: t.id, toSchoolId: t.move?.to_id ?? '', row: i + 2 })) };
  }
  const a = movesOf(folder);
  if (!a.ok) return a;
  return { ok: true, value: [...a.value.moves.values()].map((m) => ({ teacherId: m.teacher_id, toSchoolId: m.to_school_id, row: m.row })) };
}

/** A baseline folder's plan year and inputs (from a readable summary.json) and its tables edited since it was written. */
function folderFacts(folder: PlanFolder): BaselineFacts {
  const edited = editedFiles(folder).filter((name) => name !== EXPLAIN_FILE);
  const text = folder.text.get(SUMMARY_FILE);
  const summary = text === undefined ? undefined : parseSummary(text, join(folder.dir, SUMMARY_FILE));
  if (summary?.ok !== true) return { edited };
  const inputs = summary.value.inputs.map((f) => ({ kind: f.kind, file: f.file, sha256: f.sha256 }));
  return { year: summary.value.plan_year, inputs, edited };
}
