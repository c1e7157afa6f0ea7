import { describe, expect, it } from 'vitest';
import type { LockReport } from '../../src/plan/lock-effects.js';
import { lockText, UNLOCKED_NOTE } from '../../src/text/lock-text.js';

const against = (reference: 'baseline' | 'unlocked'): LockReport => ({
  locks: { move: 0, stay: 1, forbid: 0, rows_from_plan: 0, deleted_rows: 0 },
  against: { reference, moves: 119, kept: 119, added: 0, removed: 0, changed: 0, forced_by_own_lock: 0, linked_to_locks: 0, unlinked: 0, effects: [] },
});

describe('the terminal lines about locks', () => {
  it('says, against the plan without the locks, where changes linked to no lock come from and how to keep the last plan', () => {
    expect(lockText(against('unlocked'))).not.toContain(UNLOCKED_NOTE);
    const r = against('unlocked');
    // Two changes, one of them the lock's own: the other came from solving again.
    const lines = lockText({ ...r, against: r.against ? { ...r.against, kept: 117, changed: 2, forced_by_own_lock: 1, linked_to_locks: 1 } : null });
    const own = lockText({ ...r, against: r.against ? { ...r.against, kept: 118, changed: 1, forced_by_own_lock: 1 } : null });
    expect(own).not.toContain(UNLOCKED_NOTE);
    expect(lines[1]).toContain('与不加锁定的方案相比（锁定的影响）');
    expect(lines).toContain(UNLOCKED_NOTE);
    expect(UNLOCKED_NOTE).toContain('加 --baseline 上次的方案文件夹');
    expect(UNLOCKED_NOTE).toContain('add --baseline LAST_PLAN_DIR');
  });

  it('says nothing of the kind against a baseline, or without locks', () => {
    expect(lockText(against('baseline'))).not.toContain(UNLOCKED_NOTE);
    expect(lockText({ locks: { move: 0, stay: 0, forbid: 0, rows_from_plan: 0, deleted_rows: 0 }, against: null })).toEqual([]);
  });
});
