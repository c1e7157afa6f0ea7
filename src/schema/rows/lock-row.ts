import { z } from 'zod';
import type { Lock, Source } from '../../domain/types.js';
import { addRowIssue } from '../cell-schema.js';
import { cellShape, type RowOf, type RowSpec } from '../row-spec.js';
import { parseLockAction } from '../enums.js';
import { optional, parseId, parseText } from '../values.js';

/** The cells of a locks row, keyed by canonical column names. */
const lockCells = {
  teacher_id: parseId,
  action: optional(parseLockAction),
  school_id: optional(parseId),
  to_school_id: optional(parseId),
  to_school: optional(parseText),
};

/** Checks across the cells of one locks row: an action or a 交流学校代码, and a school for move and forbid. */
function checkLockRow(r: RowOf<typeof lockCells>, ctx: z.RefinementCtx): void {
  if (r.action === undefined && r.to_school_id === undefined) {
    const empty = parseLockAction('');
    if (!empty.ok) addRowIssue(ctx, 'action', empty.zh, empty.en);
    return;
  }
  if (r.action !== undefined && r.action !== 'stay' && r.school_id === undefined && r.to_school_id === undefined) {
    const [zh, en] = r.action === 'move' ? ['调往', 'move'] : ['禁止', 'forbid'];
    addRowIssue(ctx, 'school_id', `「${zh}」须填写学校代码, 实为空白`, `a ${en} lock needs a school_id, found an empty cell`);
  }
}

/**
 * A row of a locks file. `move` and `forbid` need a school; for `stay` a school cell is
 * not needed and is ignored. A plan's assignments.csv is a locks file too: a row with no action
 * and a 交流学校代码 (to_school_id) moves the teacher there; the 交流学校 (its name) beside it is
 * kept, to be checked against the code (lock-school-names.ts).
 */
export const lockRow = z.object(cellShape(lockCells)).superRefine(checkLockRow);

export type LockRow = z.output<typeof lockRow>;

/** The locks row schema and its parts, for readRows's fast path. */
export const lockSpec: RowSpec<typeof lockRow> = { schema: lockRow, cells: lockCells, check: checkLockRow };

/** The domain lock of a valid row. */
export function toLock(r: LockRow, source: Source): Lock {
  const action = r.action ?? 'move';
  // The destination is the 交流学校代码 wherever it is given; a 学校代码 beside it is where the teacher
  // is (principals.csv, a roster with a decision added). Alone, 学校代码 is the lock's school.
  const fromTo = r.to_school_id !== undefined && action !== 'stay';
  const schoolId = fromTo ? r.to_school_id : r.school_id;
  return {
    teacherId: r.teacher_id,
    action,
    ...(action !== 'stay' && schoolId !== undefined && { schoolId }),
    ...(r.action === undefined && { fromPlan: true }),
    ...(fromTo && { schoolColumn: 'to_school_id' as const }),
    ...(fromTo && r.to_school !== undefined && { schoolName: r.to_school }),
    source,
  };
}
