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
    const report = lockEffects(ctx, locked.plan.moves, lockReference(ctx, false, locked.plan.moves, (x) => solveCounty(x, false, clock)));
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
});
