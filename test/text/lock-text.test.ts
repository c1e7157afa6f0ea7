import { describe, expect, it } from 'vitest';
import type { LockReport } from '../../src/plan/lock-effects.js';
import { lockText, UNLOCKED_NOTE } from '../../src/text/lock-text.js';

const against = (reference: 'baseline' | 'unlocked'): LockReport => ({
  locks: { move: 0, stay: 1, forbid: 0, rows_from_plan: 0, deleted_rows: 0 },
  against: { reference, moves: 119, kept: 119, added: 0, removed: 0, changed: 0, forced_by_own_lock: 0, linked_to_locks: 0, unlinked: 0, effects: [] },
});

/** Two changes, one of them the lock's own: the other came from solving again. */
const knockOn = (): LockReport => {
  const r = against('unlocked');
  return {
    ...r,
    against: r.against ? { ...r.against, kept: 117, changed: 2, forced_by_own_lock: 1, linked_to_locks: 1, effects: [{ teacher_id: 'T1', name: '王芳', subject: '语文', change: 'changed', from_school_id: 'U1', baseline_to: 'S1', to: 'S2', cause: { zh: '人工锁定调往 S2', en: 'locked to move to S2' }, linked: [] }] } : null,
  };
};

describe('the terminal lines about locks', () => {
  it('says, against the plan without the locks, where changes linked to no lock come from and how to keep the last plan', () => {
    expect(lockText(against('unlocked'), 'zh')).not.toContain(UNLOCKED_NOTE.zh);
    const lines = lockText(knockOn(), 'zh');
    const r = against('unlocked');
    const own = lockText({ ...r, against: r.against ? { ...r.against, kept: 118, changed: 1, forced_by_own_lock: 1 } : null }, 'zh');
    expect(own).not.toContain(UNLOCKED_NOTE.zh);
    expect(lines[1]).toContain('与不加锁定的方案相比（锁定的影响）');
    expect(lines).toContain(UNLOCKED_NOTE.zh);
    expect(UNLOCKED_NOTE.zh).toContain('加 --baseline 上次的方案文件夹');
    expect(UNLOCKED_NOTE.en).toContain('add --baseline LAST_PLAN_DIR');
  });

  it('speaks the summary\'s language only: a Chinese county reads Chinese lines, an English one English', () => {
    const zh = lockText(knockOn(), 'zh');
    const en = lockText(knockOn(), 'en');
    expect(zh).toEqual([
      '  锁定: 1（调往 0, 留任 1, 禁止 0）',
      '  与不加锁定的方案相比（锁定的影响）: 119 人中保持 117, 取消 0, 改派 2, 新增 0',
      '    锁定本身 1, 与锁定相关 1, 其他 0',
      UNLOCKED_NOTE.zh,
      '    ~ T1 王芳 S1 → S2: 人工锁定调往 S2',
    ]);
    expect(en).toEqual([
      '  locks: 1 (move 0, stay 1, forbid 0)',
      '  against the plan without the locks (what they displaced): of 119 moves kept 117, removed 0, changed 2, added 0',
      '    own lock 1, linked to a lock 1, other 0',
      UNLOCKED_NOTE.en,
      '    ~ T1 王芳 S1 → S2: locked to move to S2',
    ]);
    // No line of the one carries a word of the other (names aside).
    expect(en.join('\n').replace('王芳', '')).not.toMatch(/[\u4e00-\u9fff]/u);
    expect(zh.join('\n')).not.toMatch(/\b(?:locks|kept|removed|against|own lock)\b/u);
  });

  it('says nothing of the kind against a baseline, or without locks', () => {
    expect(lockText(against('baseline'), 'zh')).not.toContain(UNLOCKED_NOTE.zh);
    expect(lockText(against('baseline'), 'en')[1]).toBe('  against the baseline: of 119 moves kept 119, removed 0, changed 0, added 0');
    expect(lockText({ locks: { move: 0, stay: 0, forbid: 0, rows_from_plan: 0, deleted_rows: 0 }, against: null }, 'en')).toEqual([]);
  });
});
