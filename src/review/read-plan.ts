import type { InputIssue } from '../domain/types.js';
import { readPlanFolder } from '../input/read-plan-dir.js';
import type { BaselineMove } from '../plan/baseline-locks.js';
import { parseExplainJson } from './explain-record.js';
import { planRecord, type PlanRecord } from './plan-record.js';
import { isPlainFile, planFileMoves } from '../schema/plan-file-moves.js';

/** Reads a plan folder's assignments, schools and summary (for diff and --baseline). */
export async function readPlan(dir: string): Promise<{ ok: true; value: PlanRecord } | { ok: false; issues: InputIssue[] }> {
  const folder = await readPlanFolder(dir, ['assignments.csv', 'schools.csv', 'summary.json']);
  return folder.ok ? planRecord(folder.value) : folder;
}

/**
 * The moves of the baseline plan (`--baseline PLAN_DIR`), none when no baseline is given. They are
 * the plan as it was written (explain.json records it), so that editing the folder's own
 * assignments.csv in Excel and passing it back as locks still compares against the original;
 * a folder without explain.json is read from its assignments.csv. A file (a plan.xlsx or an
 * assignments.csv) is read as the plan's assignments.
 */
export async function readBaseline(dir: string | undefined): Promise<{ ok: true; value: BaselineMove[] } | { ok: false; issues: InputIssue[] }> {
  if (dir === undefined) return { ok: true, value: [] };
  if (await isPlainFile(dir)) return planFileMoves(dir);
  const folder = await readPlanFolder(dir, ['assignments.csv'], ['explain.json']);
  if (!folder.ok) return folder;
  const recorded = recordedMoves(folder.value.text.get('explain.json'));
  if (recorded) return { ok: true, value: recorded };
  const plan = planRecord(folder.value);
  if (!plan.ok) return plan;
  return { ok: true, value: [...plan.value.moves.values()].map((m) => ({ teacherId: m.teacher_id, toSchoolId: m.to_school_id, row: m.row })) };
}

/** The moves explain.json recorded, in assignments.csv's order (by teacher id), with their rows there. */
function recordedMoves(text: string | undefined): BaselineMove[] | null {
  if (text === undefined) return null;
  try {
    const e = parseExplainJson(text);
    const moved = e.teachers.filter((t) => t.move !== undefined).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return moved.map((t, i) => ({ teacherId: t.id, toSchoolId: t.move?.to_id ?? '', row: i + 2 }));
  } catch {
    return null;
  }
}
