import { moveDirection } from '../domain/direction.js';
import type { ModelContext } from '../model/context.js';
import { postsAt } from '../model/context.js';
import type { Conflict } from './diagnose.js';

/**
 * A move lock is a person's decision, but it may still break a hard rule: the teacher is not
 * eligible, the destination is against the direction rule, or it has no post in the subject.
 * Such a lock is reported with the rule it breaks, never silently dropped.
 */
export function checkLocks(ctx: ModelContext): Conflict[] {
  const out: Conflict[] = [];
  const add = (rule: string, zh: string, en: string, hzh: string, hen: string): void => {
    out.push({ rule, zh: '人工锁定与规则冲突', en: 'a lock breaks a hard rule', failures: [{ zh, en }], hint: { zh: hzh, en: hen } });
  };
  for (const lock of [...ctx.moveLock.values()].sort((a, b) => (a.teacherId < b.teacherId ? -1 : 1))) {
    const t = ctx.teacherById.get(lock.teacherId);
    const to = lock.schoolId === undefined ? undefined : ctx.schoolById.get(lock.schoolId);
    const from = t ? ctx.schoolById.get(t.schoolId) : undefined;
    if (!t || !to || !from) continue;
    const where = `${lock.source.file} 第${lock.source.row}行`;
    const whereEn = `${lock.source.file} row ${lock.source.row}`;
    const e = ctx.eligibility.get(t.id);
    if (e && e.status !== 'eligible') {
      add('eligibility', `${where}: 锁定 ${t.id}（${t.name}）调往 ${to.id}, 但该教师${e.zh}`, `${whereEn}: locks ${t.id} to move to ${to.id}, but ${e.en}`, '删除此锁定, 或核实该教师的任教年限和免交流原因', 'remove the lock, or check the teacher\'s years and exemption');
    }
    if (moveDirection(from, to, ctx.policy) === null) {
      add('direction', `${where}: ${t.id} 从 ${from.name} 调往 ${to.name} 不符合 城镇→乡村、优质→薄弱 方向`, `${whereEn}: ${t.id} from ${from.id} to ${to.id} is against the direction rule`, '改为乡村或薄弱学校, 或设置 rules.direction=no', 'choose a rural or weak school, or set rules.direction=no');
    }
    if (ctx.policy.sameSubject && postsAt(ctx, to.id, t.subject) <= 0) {
      add('same_subject', `${where}: ${to.name} 没有「${t.subjectLabel}」岗位`, `${whereEn}: ${to.id} has no post in ${t.subjectLabel}`, '在岗位表中为该校增设此学科岗位, 或改选学校', 'add a post of that subject there, or choose another school');
    }
  }
  return out;
}
