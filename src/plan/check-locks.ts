import type { ModelContext } from '../model/context.js';
import { lockRefusals } from '../rules/allows-move.js';
import { HARD_RULES } from '../rules/registry.js';
import type { Conflict } from './diagnose.js';

/**
 * A move lock is a person's decision, but it may still break a hard rule: the teacher is not
 * eligible, the destination is against the direction rule, or it has no post in the subject; or
 * several locks together ask more of a school than its posts or caps allow. Such a lock is
 * reported with the rule it breaks and the lock's file and row, never silently dropped.
 */
export function checkLocks(ctx: ModelContext): Conflict[] {
  const out: Conflict[] = [];
  for (const lock of [...ctx.moveLock.values()].sort((a, b) => (a.teacherId < b.teacherId ? -1 : 1))) {
    const t = ctx.teacherById.get(lock.teacherId);
    const to = lock.schoolId === undefined ? undefined : ctx.schoolById.get(lock.schoolId);
    const from = t ? ctx.schoolById.get(t.schoolId) : undefined;
    if (!t || !to || !from) continue;
    const where = { zh: `${lock.source.file} 第${lock.source.row}行`, en: `${lock.source.file} row ${lock.source.row}` };
    const refused = new Map(lockRefusals({ teacher: t, from, to }, ctx, where).map((r) => [r.rule, r.problem]));
    for (const r of HARD_RULES) {
      const problem = r.lockProblem?.(ctx, lock, t, where) ?? refused.get(r.name);
      if (problem) out.push({ rule: r.name, zh: '人工锁定与规则冲突', en: 'a lock breaks a hard rule', failures: [problem.failure], hint: problem.hint });
    }
  }
  for (const r of HARD_RULES) {
    for (const p of r.locksTogether?.(ctx) ?? []) out.push({ rule: r.name, zh: '人工锁定与规则冲突', en: 'locks break a hard rule together', failures: [p.failure], hint: p.hint });
  }
  return out;
}
