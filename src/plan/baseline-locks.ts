import type { County, Lock } from '../domain/types.js';

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
 * The round trip of an edited plan: when a plan's assignments.csv is among the locks (rows read
 * as moves) and `--baseline` names the plan it came from, a teacher the baseline moved whose row
 * was deleted from the edited file stays: a stay lock, sourced at the baseline's row. Teachers
 * with any lock of their own, and teachers no longer in the county, are left alone.
 */
export function deletedRowLocks(county: County, baseline: readonly BaselineMove[]): Lock[] {
  if (!county.locks.some((l) => l.fromPlan === true)) return [];
  const locked = new Set(county.locks.map((l) => l.teacherId));
  const known = new Set(county.teachers.map((t) => t.id));
  return baseline
    .filter((m) => !locked.has(m.teacherId) && known.has(m.teacherId))
    .map((m) => ({ teacherId: m.teacherId, action: 'stay' as const, source: { file: BASELINE_FILE, row: m.row } }));
}

/** The county with those stay locks added, locks sorted by teacher as the input stage sorts them. */
export function withDeletedRowLocks(county: County, baseline: readonly BaselineMove[]): County {
  const extra = deletedRowLocks(county, baseline);
  if (extra.length === 0) return county;
  const locks = [...county.locks, ...extra].sort((a, b) => (a.teacherId < b.teacherId ? -1 : a.teacherId > b.teacherId ? 1 : a.source.row - b.source.row));
  return { ...county, locks };
}
