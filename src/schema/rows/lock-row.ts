import { z } from 'zod';
import type { Lock, Source } from '../../domain/types.js';
import { cell } from '../cell-schema.js';
import { parseLockAction } from '../enums.js';
import { optional, parseId } from '../values.js';

/**
 * A row of a locks file. `move` and `forbid` need a school; for `stay` a school cell is
 * not needed and is ignored.
 */
export const lockRow = z
  .object({
    teacher_id: cell(parseId),
    action: cell(parseLockAction),
    school_id: cell(optional(parseId)),
  })
  .superRefine((r, ctx) => {
    if (r.action !== 'stay' && r.school_id === undefined) {
      const [zh, en] = r.action === 'move' ? ['调往', 'move'] : ['禁止', 'forbid'];
      ctx.addIssue({
        code: 'custom',
        path: ['school_id'],
        message: `a ${en} lock needs a school_id`,
        params: { zh: `「${zh}」须填写学校代码, 实为空白`, en: `a ${en} lock needs a school_id, found an empty cell` },
      });
    }
  });

export type LockRow = z.output<typeof lockRow>;

/** The domain lock of a valid row. */
export function toLock(r: LockRow, source: Source): Lock {
  return {
    teacherId: r.teacher_id,
    action: r.action,
    ...(r.action !== 'stay' && r.school_id !== undefined && { schoolId: r.school_id }),
    source,
  };
}
