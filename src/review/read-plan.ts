import type { InputIssue } from '../domain/types.js';
import { readPlanFolder } from '../input/read-plan-dir.js';
import type { BaselineMove } from '../plan/baseline-locks.js';
import { planRecord, type PlanRecord } from './plan-record.js';

/** Reads a plan folder's assignments, schools and summary (for diff and --baseline). */
export async function readPlan(dir: string): Promise<{ ok: true; value: PlanRecord } | { ok: false; issues: InputIssue[] }> {
  const folder = await readPlanFolder(dir, ['assignments.csv', 'schools.csv', 'summary.json']);
  return folder.ok ? planRecord(folder.value) : folder;
}

/** The moves of the baseline plan (`--baseline PLAN_DIR`), none when no baseline is given. */
export async function readBaseline(dir: string | undefined): Promise<{ ok: true; value: BaselineMove[] } | { ok: false; issues: InputIssue[] }> {
  if (dir === undefined) return { ok: true, value: [] };
  const plan = await readPlan(dir);
  if (!plan.ok) return plan;
  return { ok: true, value: [...plan.value.moves.values()].map((m) => ({ teacherId: m.teacher_id, toSchoolId: m.to_school_id, row: m.row })) };
}
