import { countEn } from '../domain/plural.js';
import type { County, InputIssue, Lock } from '../domain/types.js';

/** The file named as the source of the stay locks made from deleted rows. */
export const BASELINE_FILE = 'assignments.csv (baseline)';

/** One move of the baseline plan, as its assignments.csv says. */
export interface BaselineMove {
  teacherId: string;
  toSchoolId: string;
  /** Row in the baseline's assignments.csv. */
  row: number;
}

/**
 * The round trip of an edited plan: when a copy of a plan's list of moves is among the locks (rows
 * read as moves) and `--baseline` names the plan it came from, a teacher the baseline moved whose row
 * was deleted from the edited copy stays: a stay lock, sourced at the baseline's row. Teachers with
 * any lock of their own, and teachers no longer in the county, are left alone.
 *
 * A file is such a copy when it lists at least half of the baseline's moves. principals.csv with the
 * county's decisions lists none of them (the model never posts principals), and one school's page of
 * the 公示 list a few: read as deletions, either would cancel every other move of the plan. A file that
 * lists some but fewer than half is named in a warning, that its missing rows were not read as deleted.
 */
export function deletedRowLocks(county: County, baseline: readonly BaselineMove[]): { locks: Lock[]; warnings: InputIssue[] } {
  const moved = new Set(baseline.map((m) => m.teacherId));
  const listed = new Map<string, number>();
  for (const l of county.locks) if (l.fromPlan === true && moved.has(l.teacherId)) listed.set(l.source.file, (listed.get(l.source.file) ?? 0) + 1);
  const copies = [...listed].filter(([, n]) => 2 * n >= moved.size);
  if (copies.length === 0) {
    const warnings = [...listed].map(([file, n]) => ({
      file,
      zh: `只列出基准方案 ${moved.size} 项交流中的 ${n} 项, 不是方案交流名单的副本: 未列出的交流不视为已删除, 其行只锁定所列教师（要取消某人的交流, 在锁定表中写「留任」）`,
      en: `lists only ${n} of the baseline's ${moved.size} moves, so it is not a copy of the plan's list: moves it leaves out are not read as deleted, and its rows lock only the teachers it lists (to cancel a move, write a stay lock)`,
    }));
    return { locks: [], warnings };
  }
  const locked = new Set(county.locks.map((l) => l.teacherId));
  const known = new Set(county.teachers.map((t) => t.id));
  const locks = baseline
    .filter((m) => !locked.has(m.teacherId) && known.has(m.teacherId))
    .map((m) => ({ teacherId: m.teacherId, action: 'stay' as const, source: { file: BASELINE_FILE, row: m.row } }));
  return { locks, warnings: [] };
}

/** The county with those stay locks added, locks sorted by teacher as the input stage sorts them, and the warnings about lists that are not copies. */
export function withDeletedRowLocks(county: County, baseline: readonly BaselineMove[]): County {
  const { locks: extra, warnings } = deletedRowLocks(county, baseline);
  if (extra.length === 0 && warnings.length === 0) return county;
  const locks = [...county.locks, ...extra].sort((a, b) => (a.teacherId < b.teacherId ? -1 : a.teacherId > b.teacherId ? 1 : a.source.row - b.source.row));
  return { ...county, locks, warnings: [...(county.warnings ?? []), ...warnings] };
}

/**
 * Without `--baseline`, the rows deleted from an edited copy of a plan's list cannot be known: each
 * file of a plan's list that moves teachers (not only principals: principals.csv's decisions delete
 * nothing) is named in a warning, that what it leaves out is not read as deleted.
 */
export function listWithoutBaselineWarnings(county: County): InputIssue[] {
  const roleOf = new Map(county.teachers.map((t) => [t.id, t.role]));
  const files = new Map<string, number>();
  for (const l of county.locks) if (l.fromPlan === true) files.set(l.source.file, (files.get(l.source.file) ?? 0) + (roleOf.get(l.teacherId) === 'teacher' ? 1 : 0));
  return [...files].flatMap(([file, teachers]) =>
    teachers === 0
      ? []
      : [
          {
            file,
            zh: `方案的交流名单, 未用 --baseline 指明它来自的方案: 只锁定所列的 ${teachers} 项教师交流, 名单中删去的行不读作留任（要让删去的人留任, 加 --baseline 原方案文件夹）`,
            en: `a plan's list given without --baseline naming the plan it came from: it locks the ${countEn(teachers, 'teacher move')} it lists, and rows deleted from it are not read as stays (to keep those teachers, add --baseline with the plan's folder)`,
          },
        ],
  );
}

/** The county with the warnings of {@link listWithoutBaselineWarnings} added. */
export function withListNotes(county: County): County {
  const warnings = listWithoutBaselineWarnings(county);
  return warnings.length === 0 ? county : { ...county, warnings: [...(county.warnings ?? []), ...warnings] };
}
