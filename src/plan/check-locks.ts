import { moveDirection } from '../domain/direction.js';
import type { ModelContext } from '../model/context.js';
import { floorQ, postsAt, teachersOf } from '../model/context.js';
import { isBackbone } from '../domain/backbone.js';
import type { Text } from './reasons.js';
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
  return [...out, ...lockedTogether(ctx)];
}

/**
 * Move locks that break a rule only together: more locked arrivals in a subject at a school than
 * it can take (open posts, plus its own teachers of that subject who could leave), or more locked
 * departures from a school than its caps allow.
 */
function lockedTogether(ctx: ModelContext): Conflict[] {
  const out: Conflict[] = [];
  const p = ctx.policy;
  const into = new Map<string, string[]>();
  const from = new Map<string, string[]>();
  const fromBackbone = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, k: string, id: string): void => {
    m.set(k, [...(m.get(k) ?? []), id]);
  };
  for (const lock of [...ctx.moveLock.values()].sort((a, b) => (a.teacherId < b.teacherId ? -1 : 1))) {
    const t = ctx.teacherById.get(lock.teacherId);
    if (!t || lock.schoolId === undefined || !ctx.schoolById.has(lock.schoolId)) continue;
    push(into, `${lock.schoolId}|${t.subject}`, t.id);
    push(from, t.schoolId, t.id);
    if (isBackbone(t)) push(fromBackbone, t.schoolId, t.id);
  }
  for (const [key, ids] of [...into].sort()) {
    const [sid = '', j = ''] = key.split('|');
    const s = ctx.schoolById.get(sid);
    const posts = postsAt(ctx, sid, j);
    const have = teachersOf(ctx, sid, j);
    const canLeave = ctx.teachers.filter((t) => t.schoolId === sid && t.subject === j && ctx.eligibility.get(t.id)?.status === 'eligible' && !ctx.stayLock.has(t.id)).length;
    const room = Math.max(0, posts - have + canLeave);
    if (ids.length <= room) continue;
    out.push({
      rule: 'posts_capacity',
      zh: '人工锁定与规则冲突',
      en: 'locks break a hard rule together',
      failures: [{ zh: `锁定调入 ${s?.name ?? sid}(${sid}) 的「${j}」共 ${ids.length} 人（${ids.join('、')}）, 该校${j}岗位 ${posts} 个、现有 ${have} 人, 最多可接收 ${room} 人`, en: `${ids.length} teachers are locked into ${j} at ${sid} (${ids.join(', ')}), which has ${posts} posts and ${have} teachers: room for ${room} at most` }],
      hint: { zh: `删除或改动其中 ${ids.length - room} 行锁定, 或在岗位表中为该校增加「${j}」岗位`, en: `remove or change ${ids.length - room} of those locks, or add ${j} posts at that school` },
    });
  }
  const caps: [Map<string, string[]>, string, number, (sid: string) => number, Text][] = [
    [from, 'outflow_cap', p.maxOutflowShare, (sid) => ctx.stock.get(sid)?.teachers ?? 0, { zh: '教师', en: 'teachers' }],
    [fromBackbone, 'backbone_outflow_cap', p.maxBackboneOutflowShare, (sid) => ctx.stock.get(sid)?.backbone ?? 0, { zh: '骨干教师', en: 'backbone teachers' }],
  ];
  for (const [m, rule, share, base, what] of caps) {
    for (const [sid, ids] of [...m].sort()) {
      const cap = floorQ(share * base(sid));
      if (ids.length <= cap) continue;
      out.push({
        rule,
        zh: '人工锁定与规则冲突',
        en: 'locks break a hard rule together',
        failures: [{ zh: `锁定从 ${ctx.schoolById.get(sid)?.name ?? sid}(${sid}) 调出${what.zh} ${ids.length} 人（${ids.join('、')}）, 上限 ${cap} 人（${share * 100}% × ${base(sid)}, 向下取整）`, en: `${ids.length} ${what.en} are locked to leave ${sid} (${ids.join(', ')}); at most ${cap} may (${share * 100}% of ${base(sid)}, rounded down)` }],
        hint: { zh: `删除其中 ${ids.length - cap} 行锁定, 或提高 rules.${rule === 'outflow_cap' ? 'max_outflow_share' : 'max_backbone_outflow_share'}`, en: `remove ${ids.length - cap} of those locks, or raise rules.${rule === 'outflow_cap' ? 'max_outflow_share' : 'max_backbone_outflow_share'}` },
      });
    }
  }
  return out;
}
