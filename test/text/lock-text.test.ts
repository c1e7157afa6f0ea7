import { describe, expect, it } from 'vitest';
import type { LockReport } from '../../src/plan/lock-effects.js';
import { lockText, UNLOCKED_NOTE } from '../../src/text/lock-text.js';

const against = (reference: 'baseline' | 'unlocked'): LockReport => ({
  locks: { move: 0, stay: 1, forbid: 0, rows_from_plan: 0, deleted_rows: 0 },
  against: { reference, moves: 119, kept: 119, added: 0, removed: 0, changed: 0, forced_by_own_lock: 0, linked_to_locks: 0, unlinked: 0, effects: [] },
});

describe('the terminal lines about locks', () => {
  it('says, against the plan without the locks, that it is the closest best plan, not the last plan written, and how to keep that one', () => {
    const lines = lockText(against('unlocked'));
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
