import type { County, InputIssue } from '../domain/types.js';
import { showPath } from '../safe/show-path.js';
import { readPlanFolder } from '../input/read-plan-dir.js';
import { settledPlanFolder } from '../output/settled-folder.js';
import type { BaselineMove } from '../plan/baseline-locks.js';
import { parseExplainJson } from './explain-record.js';
import { planRecord, type PlanRecord } from './plan-record.js';

/** Reads a plan folder's assignments, schools and summary (for diff and --baseline). */
export async function readPlan(dir: string): Promise<{ ok: true; value: PlanRecord } | { ok: false; issues: InputIssue[] }> {
  const folder = await readPlanFolder(await settledPlanFolder(dir), ['assignments.csv', 'schools.csv', 'summary.json']);
  return folder.ok ? planRecord(folder.value) : folder;
}

/**
 * The moves of the baseline plan (`--baseline PLAN_DIR`), none when no baseline is given. They are
 * the plan as it was written (explain.json records it), so that editing the folder's own
 * assignments.csv in Excel and passing it back as locks still compares against the original;
 * a folder without explain.json is read from its assignments.csv.
 */
export async function readBaseline(dir: string | undefined): Promise<{ ok: true; value: BaselineMove[] } | { ok: false; issues: InputIssue[] }> {
  if (dir === undefined) return { ok: true, value: [] };
  const folder = await readPlanFolder(await settledPlanFolder(dir), ['assignments.csv'], ['explain.json']);
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

/**
 * What does not fit between a baseline and this run's county: a move to a school the county
 * does not have (the baseline is of another county, or the school list changed), or a baseline
 * none of whose movers is among the county's teachers. Such a baseline would steer the plan
 * silently; it is refused, naming the baseline's row. A mover who left the county (retired) is
 * fine: his row is simply not used.
 */
export function baselineIssues(moves: readonly BaselineMove[], county: Pick<County, 'schools' | 'teachers'>, dir: string): InputIssue[] {
  const file = showPath(`${dir.replace(/[\\/]+$/u, '')}/assignments.csv`);
  const schools = new Set(county.schools.map((s) => s.id));
  const teachers = new Set(county.teachers.map((t) => t.id));
  const issues: InputIssue[] = moves
    .filter((m) => !schools.has(m.toSchoolId))
    .map((m) => ({ file, row: m.row, zh: `基准方案的交流学校「${m.toSchoolId}」不在本次的学校表中（基准方案是另一个县的？）`, en: `the baseline moves a teacher to school "${m.toSchoolId}", which is not in this county's schools (is the baseline of another county?)` }));
  if (moves.length > 0 && !moves.some((m) => teachers.has(m.teacherId))) {
    issues.push({ file, zh: '基准方案中交流的教师无一在本次的教师表中（基准方案是另一个县的？）', en: "none of the baseline's movers is among this county's teachers (is the baseline of another county?)" });
  }
  return issues;
}
