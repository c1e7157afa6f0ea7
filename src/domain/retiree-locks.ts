/**
 * A stay or forbid lock on a teacher who retires by the cut-off date (taken out of the county's
 * counts, retirees.ts) holds nothing: the teacher is gone when the rotation takes effect and the
 * post counts as open, so the plan may fill it. A clerk who locked 留任 to keep the teacher's post
 * filled would otherwise read the lock as kept; each such lock is named with its row.
 */
import type { Policy } from './policy.js';
import { retireeReason } from './retirees.js';
import type { County, InputIssue } from './types.js';

/** A warning per stay or forbid lock on a teacher in `county.retired`, naming the lock's file and row. Pure. */
export function retireeLockWarnings(county: County, p: Policy): InputIssue[] {
  const retired = new Map((county.retired ?? []).map((t) => [t.id, t]));
  return county.locks.flatMap((l) => {
    const t = retired.get(l.teacherId);
    if (!t || l.action === 'move') return [];
    const why = retireeReason(t, p);
    const what = l.action === 'stay' ? { zh: '留任', en: 'to stay' } : { zh: `禁止调往 ${l.schoolId ?? ''}`, en: `not to go to ${l.schoolId ?? ''}` };
    return [
      {
        file: l.source.file,
        row: l.source.row,
        zh: `锁定 ${t.id}（${t.name}）${what.zh}, 但该教师${why.zh}: 此锁定不起作用（删除此锁定, 或核实该教师的出生年月、性别）`,
        en: `locks ${t.id} ${what.en}, but the teacher retires: ${why.en}; the lock does nothing (remove it, or check the teacher's birth date and gender)`,
      },
    ];
  });
}
