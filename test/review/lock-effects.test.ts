import { describe, expect, it } from 'vitest';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { lockEffects, lockReference } from '../../src/plan/lock-effects.js';
import { context, county, lock, post, school, teachers } from '../helpers/make-county.js';

const clock = () => 0;

describe('what locks displaced, without a baseline', () => {
  it('compares with the plan the county gets without its locks, and traces each change to a lock', () => {
    const c = (locks: ReturnType<typeof lock>[]) =>
      county([school('U1', 'urban'), school('R1', 'rural')], [...teachers('a', 10, 'U1', '语文', { yearsAtSchool: 12 }), ...teachers('b', 10, 'U1', '数学')], [post('U1', '语文', 10), post('U1', '数学', 10), post('R1', '语文', 1), post('R1', '数学', 1)], locks);
    const sets = { 'rules.backbone_share': '0' };
    const free = solveCounty(context(c([]), sets), false, clock);
    if (free.kind !== 'planned') throw new Error(free.kind);
    const mover = free.plan.moves.find((m) => m.teacher.subject === '语文');
    expect(mover).toBeDefined();
    const ctx = context(c([lock(mover?.teacher.id ?? '', 'stay')]), sets);
    const locked = solveCounty(ctx, false, clock);
    if (locked.kind !== 'planned') throw new Error(locked.kind);
    // Without a baseline the reference is the plan without the locks, as `rotate plan` makes it (unlocked-first.ts).
    expect(lockReference(ctx, false)).toBeNull();
    const report = lockEffects(ctx, locked.plan.moves, { reference: 'unlocked', moves: new Map(free.plan.moves.map((m) => [m.teacher.id, m.to.id])) });
    expect(report.locks.stay).toBe(1);
    expect(report.against?.reference).toBe('unlocked');
    const own = report.against?.effects.find((e) => e.teacher_id === mover?.teacher.id);
    expect(own?.change).toBe('removed');
    expect(own?.cause.zh).toContain('人工锁定留任');
    // Another 语文 teacher of U1 takes the rural post instead, traced to the lock.
    const other = report.against?.effects.find((e) => e.change === 'added');
    expect(other?.linked).toEqual([mover?.teacher.id]);
    expect(report.against?.unlinked).toBe(0);
  });

  it('says a change no school or post links to a lock is the re-optimisation\'s against the plan without the locks, and the other inputs\' against a baseline', () => {
    const c = county(
      [school('U1', 'urban'), school('U2', 'urban'), school('R1', 'rural'), school('R2', 'rural')],
      [...teachers('a', 2, 'U1', '语文', { yearsAtSchool: 12 }), ...teachers('b', 2, 'U2', '数学', { yearsAtSchool: 12 })],
      [post('R1', '语文', 1), post('R2', '数学', 1)],
      [lock('a001', 'stay')],
    );
    const ctx = context(c, { 'rules.backbone_share': '0' });
    // Both references moved b001 (another school, another subject, another post); the plan moves nobody.
    const moves = new Map([['b001', 'R2']]);
    const cause = (reference: 'unlocked' | 'baseline') => lockEffects(ctx, [], { reference, moves }).against?.effects.find((e) => e.teacher_id === 'b001');
    const unlocked = cause('unlocked');
    expect(unlocked?.linked).toEqual([]);
    expect(unlocked?.cause).toEqual({ zh: '没有经同一学校或岗位相连的锁定（锁定后重新优化所致）', en: 'no lock linked through a school or post (moved by the re-optimisation around the locks)' });
    expect(cause('baseline')?.cause).toEqual({ zh: '没有相关的锁定（权重或输入的其他变化所致）', en: 'no lock linked (weights or other input changes)' });
  });

  it('counts the same lock given twice (a row repeated, or in two files) once', () => {
    const c = county([school('U1', 'urban'), school('R1', 'rural')], teachers('a', 4, 'U1', '语文', { yearsAtSchool: 12 }), [post('R1', '语文', 2)], [lock('a001', 'move', 'R1'), lock('a001', 'move', 'R1'), lock('a002', 'stay'), lock('a003', 'forbid', 'R1'), lock('a003', 'forbid', 'R1')]);
    const ctx = context(c, { 'rules.backbone_share': '0' });
    expect(lockEffects(ctx, [], null).locks).toEqual({ move: 1, stay: 1, forbid: 1, rows_from_plan: 0, deleted_rows: 0 });
  });
});
