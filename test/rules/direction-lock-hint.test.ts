import { describe, expect, it } from 'vitest';
import { checkLocks } from '../../src/plan/check-locks.js';
import { context, county, lock, post, school, teachers } from '../helpers/make-county.js';

/** An urban school, two rural schools and a weak urban one, 语文 teachers everywhere, and one lock against the direction. */
function withLock(from: string, to: string) {
  const c = county(
    [school('U', 'urban'), school('R1', 'rural'), school('R2', 'rural'), school('W', 'urban', { weak: true })],
    [...teachers('u', 10, 'U', '语文'), ...teachers('a', 5, 'R1', '语文'), ...teachers('b', 5, 'R2', '语文'), ...teachers('w', 5, 'W', '语文')],
    [post('U', '语文', 10), post('R1', '语文', 8), post('R2', '语文', 8), post('W', '语文', 8)],
    [lock(`${from}001`, 'move', to)],
  );
  return c;
}

function hintOf(from: string, to: string, sets: Record<string, string> = {}) {
  return checkLocks(context(withLock(from, to), sets)).find((x) => x.rule === 'direction')?.hint;
}

describe('the hint under a lock against the direction rule', () => {
  it('tells a rural school\'s teacher locked to another rural school where he can go, not to choose a rural school', () => {
    const h = hintOf('a', 'R2');
    expect(h?.zh).not.toContain('改为乡村或薄弱学校');
    expect(h?.zh).toBe('学校R1是乡村学校: 按交流方向只能调往薄弱学校或跟岗交流到城镇非薄弱学校; 改换学校或删除此锁定, 或设置 rules.direction=no');
    expect(h?.en).toBe('R1 is a rural school: the direction rule lets its teachers go only to a weak school or on a two-way exchange into an urban/town school that is not weak; choose such a school or remove the lock, or set rules.direction=no');
    expect(hintOf('a', 'R2', { 'rules.two_way': 'no' })?.zh).toBe('学校R1是乡村学校: 按交流方向只能调往薄弱学校; 改换学校或删除此锁定, 或设置 rules.direction=no');
  });

  it('tells a weak school\'s teacher (with two-way exchange off) where it can go: a rural school', () => {
    expect(hintOf('w', 'U', { 'rules.two_way': 'no' })?.zh).toBe('学校W是薄弱学校: 按交流方向只能调往乡村学校; 改换学校或删除此锁定, 或设置 rules.direction=no');
    // A rural weak school sends nobody out but on a two-way exchange: with it off, only the lock can go.
    const rw = county([school('U', 'urban'), school('RW', 'rural', { weak: true }), school('R', 'rural')], [...teachers('u', 10, 'U', '语文'), ...teachers('x', 5, 'RW', '语文'), ...teachers('r', 2, 'R', '语文')], [post('U', '语文', 10), post('RW', '语文', 8), post('R', '语文', 8)], [lock('x001', 'move', 'R')]);
    expect(checkLocks(context(rw, { 'rules.two_way': 'no' })).find((x) => x.rule === 'direction')?.hint.en).toBe('RW is a rural weak school: the direction rule sends nobody out of it; remove the lock, or set rules.direction=no');
  });

  it('still tells a 城镇 school\'s teacher locked to another 城镇 school to choose a rural or weak one', () => {
    const c = county(
      [school('U', 'urban'), school('V', 'town'), school('R', 'rural')],
      [...teachers('u', 10, 'U', '语文'), ...teachers('v', 10, 'V', '语文'), ...teachers('r', 2, 'R', '语文')],
      [post('U', '语文', 10), post('V', '语文', 12), post('R', '语文', 4)],
      [lock('u001', 'move', 'V')],
    );
    expect(checkLocks(context(c)).find((x) => x.rule === 'direction')?.hint.zh).toBe('改为乡村或薄弱学校, 或设置 rules.direction=no');
  });
});
