import { describe, expect, it } from 'vitest';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { context, county, lock, post, school, teachers } from '../helpers/make-county.js';

const clock = () => 0;

/**
 * An urban school with spare 语文 teachers and a rural school whose two 语文 posts are both held,
 * one of them by an eligible teacher (no backbone teachers: their share asks for none): the pre-check sees room (she could leave), but with two-way
 * exchange off no rule lets her go anywhere, so a lock into that school has no plan.
 */
function fullRural(locks: ReturnType<typeof lock>[], ruralPosts = 2) {
  return county(
    [school('U', 'urban'), school('R', 'rural')],
    [...teachers('u', 10, 'U', '语文'), ...teachers('r', 2, 'R', '语文')],
    [post('U', '语文', 10), post('R', '语文', ruralPosts)],
    locks,
  );
}

describe('a move lock no plan can keep is named with its row, not left to the solver', () => {
  it('said only 求解失败（无可行解）: it names the lock, its row and the rule', () => {
    const c = fullRural([lock('u001', 'stay'), lock('u003', 'move', 'R')]);
    const r = solveCounty(context(c, { 'rules.two_way': 'no', 'rules.backbone_share': '0' }), false, clock);
    expect(r.kind).toBe('infeasible');
    if (r.kind !== 'infeasible') return;
    expect(r.byLocks).toBe(true);
    const [conflict] = r.conflicts;
    expect(conflict?.rule).toBe('posts_capacity');
    const text = conflict?.failures.map((f) => f.zh).join('\n') ?? '';
    const row = c.locks[1]?.source.row;
    expect(text).toContain(`locks.csv 第${row}行: 锁定 u003（教师u003, 语文）调往 学校R（R）`);
    expect(text).toContain('「调入不超过岗位数（只补空岗）」');
    // The stay lock has nothing to do with it and is not named.
    expect(text).not.toContain('u001');
    expect(conflict?.hint.zh).toContain('删除或改动此锁定');
  });

  it('the same lock into a post left open plans, the lock kept', () => {
    const c = fullRural([lock('u003', 'move', 'R')], 3);
    const r = solveCounty(context(c, { 'rules.two_way': 'no', 'rules.backbone_share': '0' }), false, clock);
    expect(r.kind).toBe('planned');
    if (r.kind === 'planned') expect(r.plan.moves.map((m) => `${m.teacher.id}>${m.to.id}`)).toContain('u003>R');
  });

  it('two locks each of which fits alone are named together, and the lock beside them is not', () => {
    const c = fullRural([lock('u002', 'move', 'R'), lock('u005', 'stay'), lock('u007', 'move', 'R')], 3);
    const r = solveCounty(context(c, { 'rules.two_way': 'no', 'rules.backbone_share': '0' }), false, clock);
    expect(r.kind).toBe('infeasible');
    if (r.kind !== 'infeasible') return;
    expect(r.byLocks).toBe(true);
    const text = r.conflicts.flatMap((x) => x.failures.map((f) => f.zh)).join('\n');
    expect(text).toContain('u002（教师u002, 语文）调往 学校R（R）');
    expect(text).toContain('u007（教师u007, 语文）调往 学校R（R）');
    expect(text).toContain('这 2 行锁定合在一起');
    expect(text).not.toContain('u005');
  });

  it('says the figures behind the rule: the posts and teachers where the lock arrives, and who could make room', () => {
    const c = fullRural([lock('u001', 'stay'), lock('u003', 'move', 'R')]);
    const r = solveCounty(context(c, { 'rules.two_way': 'no', 'rules.backbone_share': '0' }), false, clock);
    if (r.kind !== 'infeasible') throw new Error(r.kind);
    const failures = r.conflicts.flatMap((x) => x.failures);
    // 学校R has two 语文 posts, both held: one of its teachers must leave first, and both could (eligible, no stay lock), which no plan lets them.
    expect(failures.map((f) => f.zh)).toContain('学校R（R）「语文」: 岗位 2 个、现有 2 人, 锁定调入 1 人（u003）, 须先调出 1 人才能接收; 可调出的（符合交流条件、未锁定留任）2 人: r001、r002');
    expect(failures.map((f) => f.en)).toContain('语文 at 学校R (R): 2 posts, 2 teachers, 1 locked to arrive (u003): 1 must leave first to make room; 2 could leave (eligible, not locked to stay): r001, r002');
  });

  it('says the two-way figures: a locked two-way arrival needs a teacher sent out, and who could be sent', () => {
    // r101 (数学, rural) is locked into 学校U, a 城镇 school: a two-way exchange, so U must send a 数学 teacher out;
    // its only one, u101, is forbidden the one rural school. Each check alone sees room; no plan keeps the lock.
    const c = county(
      [school('U', 'urban'), school('R', 'rural')],
      [...teachers('u', 10, 'U', '语文'), ...teachers('r', 3, 'R', '语文'), ...teachers('u1', 1, 'U', '数学'), ...teachers('r1', 1, 'R', '数学')],
      [post('U', '语文', 10), post('R', '语文', 3), post('U', '数学', 1), post('R', '数学', 1)],
      [lock('r1001', 'move', 'U'), lock('u1001', 'forbid', 'R')],
    );
    const r = solveCounty(context(c, { 'rules.backbone_share': '0', 'rules.max_outflow_share': '0.5' }), false, clock);
    if (r.kind !== 'infeasible') throw new Error(r.kind);
    expect(r.byLocks).toBe(true);
    const failures = r.conflicts.flatMap((x) => x.failures);
    expect(failures.map((f) => f.zh)).toContain('学校U（U）「数学」: 锁定跟岗交流调入 1 人（r1001）, 该校须同学段同学科调出至少 1 人; 可调出的（符合交流条件、未锁定留任）1 人: u1001');
    expect(failures.map((f) => f.en)).toContain('数学 at 学校U (U): 1 locked to arrive on a two-way exchange (r1001): the school must send at least 1 out in that stage and subject; 1 could leave (eligible, not locked to stay): u1001');
    expect(failures.map((f) => f.zh)).toContain('学校U（U）「数学」: 岗位 1 个、现有 1 人, 锁定调入 1 人（r1001）, 须先调出 1 人才能接收; 可调出的（符合交流条件、未锁定留任）1 人: u1001');
    // Leaving out the two-way rule or the posts rule alone still gives no plan: the report says so, and
    // does not offer one rule's words as the way out (it read 或跟岗交流人数不能超过…, no step to take).
    const [conflict] = r.conflicts;
    expect(conflict?.failures.map((f) => f.zh).join('\n')).toContain('（这些规则中不止一条起作用, 去掉其中任何一条仍无方案）');
    expect(conflict?.failures.map((f) => f.en).join('\n')).toContain('(more than one of these rules at once: leaving out any one of them still gives no plan)');
    expect(conflict?.hint).toEqual({ zh: '删除或改动此锁定', en: 'remove or change the lock' });
  });
});
