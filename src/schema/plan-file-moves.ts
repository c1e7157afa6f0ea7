/**
 * A plan's moves read from one file rather than a plan folder: a plan.xlsx (its assignments
 * sheet) or an assignments.csv, edited or not, given to `--baseline`.
 */
import { stat } from 'node:fs/promises';
import type { InputIssue } from '../domain/types.js';
import type { BaselineMove } from '../plan/baseline-locks.js';
import { readInputFile } from './read-input-file.js';

/** True when `path` names a file (not a folder); false when it is a folder or missing. */
export async function isPlainFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

/**
 * The moves of a plan file: every row of its assignments table, in file order, with its row.
 * Any problem reading it (not a plan's assignments, a bad id) is an issue naming file and row.
 */
export async function planFileMoves(path: string): Promise<{ ok: true; value: BaselineMove[] } | { ok: false; issues: InputIssue[] }> {
  const tables = await readInputFile(path);
  const issues = tables.flatMap((t) => t.issues);
  if (issues.length > 0) return { ok: false, issues };
  const locks = tables.flatMap((t) => (t.content?.kind === 'locks' ? t.content.items : []));
  if (tables.some((t) => t.content?.kind !== 'locks') || locks.some((l) => l.fromPlan !== true)) {
    return { ok: false, issues: [{ file: path, zh: '不是方案的交流名单（需有 工号 与 交流学校代码 两列）', en: "not a plan's assignments table (it needs teacher_id and to_school_id columns)" }] };
  }
  return { ok: true, value: locks.map((l) => ({ teacherId: l.teacherId, toSchoolId: l.schoolId ?? '', row: l.source.row })) };
}
