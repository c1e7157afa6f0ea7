import type { Text } from '../domain/text.js';
import { checkResult, heldOf } from './check-result.js';
import type { HardRule } from './rule.js';

/**
 * Human locks hold: stay, move to a school, never to a school. Holds by the model's shape (a
 * move lock is a lower bound, stay-locked teachers are not free to leave, forbid locks bind the
 * matching); checked on the plan.
 */
export const locks: HardRule = {
  name: 'locks',
  kind: 'hard',
  zh: '人工锁定（留任、调往、禁止）必须遵守',
  en: 'human locks (stay, move, forbid) hold',
  relaxable: false,
  // A move-locked teacher breaks it by going anywhere else, a stay-locked one by going at all.
  moveOnly: false,
  move: {
    // A forbid lock is about one teacher and one school: judged per destination.
    excludes: (t, _from, v) => v.forbid.get(t.id) ?? [],
  },
  check(f) {
    const moved = new Map(f.moves.map((m) => [m.teacherId, m]));
    const bad: Text[] = [];
    for (const l of f.county.locks) {
      const m = moved.get(l.teacherId);
      if (l.action === 'stay' && m) bad.push({ zh: `${l.teacherId} 锁定留任却被调动`, en: `${l.teacherId} is locked to stay but moves` });
      if (l.action === 'move' && m?.toSchoolId !== l.schoolId) bad.push({ zh: `${l.teacherId} 锁定调往 ${l.schoolId}`, en: `${l.teacherId} is locked to move to ${l.schoolId}` });
      if (l.action === 'forbid' && m?.toSchoolId === l.schoolId) bad.push({ zh: `${l.teacherId} 禁止调往 ${l.schoolId}`, en: `${l.teacherId} must not go to ${l.schoolId}` });
    }
    const n = f.county.locks.length;
    return checkResult({ rule: 'locks', zh: '人工锁定必须遵守', en: 'human locks hold', ...heldOf(n, bad.length), failures: bad, relaxable: false });
  },
  breaks(book, t, cur, next) {
    const { ctx } = book;
    const moveLock = ctx.moveLock.get(t.id);
    if (moveLock && cur === moveLock.schoolId && next !== moveLock.schoolId) return true;
    if (ctx.stayLock.has(t.id) && cur === undefined && next !== undefined) return true;
    const forbid = ctx.forbid.get(t.id);
    return forbid !== undefined && next !== undefined && forbid.has(next) && !(cur !== undefined && forbid.has(cur));
  },
};
