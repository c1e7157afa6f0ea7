/**
 * An edited plan list names the destination twice (交流学校代码 and 交流学校). The lock follows the
 * code; a name that says another school is a warning, and an error where the baseline shows that
 * only the name was changed.
 */
import { describe, expect, it } from 'vitest';
import type { Lock } from '../../src/domain/types.js';
import { misnamedLocks, misnamedNotes, renamedOnlyIssues } from '../../src/schema/lock-school-names.js';
import { school } from '../helpers/make-county.js';

const schools = [school('U1', 'urban', { name: '城关一小' }), school('R1', 'rural', { name: '山背小学' }), school('R2', 'rural', { name: '河口小学' })];
const row = (teacherId: string, schoolId: string, schoolName: string, r: number): Lock => ({ teacherId, action: 'move', schoolId, schoolColumn: 'to_school_id', schoolName, fromPlan: true, source: { file: 'assignments.csv', row: r } });
const label = (_f: string, key: string) => (key === 'to_school' ? '交流学校' : key);

describe('locks whose 交流学校 and 交流学校代码 disagree', () => {
  it('finds those whose name is another school\'s, with names compared as written (full-width, spaces)', () => {
    const locks = [row('a', 'R1', '山背 小学', 2), row('b', 'R1', '河口小学', 3), row('c', 'R2', '山背小学', 4)];
    expect(misnamedLocks(schools, locks).map((m) => [m.lock.teacherId, m.school.id, m.written])).toEqual([
      ['b', 'R1', '河口小学'],
      ['c', 'R2', '山背小学'],
    ]);
  });

  it('is an error where the code is still the baseline\'s destination: only the name was changed', () => {
    const misnamed = misnamedLocks(schools, [row('b', 'R1', '河口小学', 3), row('c', 'R2', '山背小学', 4)]);
    // b went to R1 in the baseline (the clerk renamed); c went to R1 and now has R2's code (the clerk changed the code, not the name).
    const issues = renamedOnlyIssues(misnamed, new Map([['b', 'R1'], ['c', 'R1']]), label);
    expect(issues.map((i) => [i.row, i.column, i.zh])).toEqual([[3, '交流学校', '交流学校改成了「河口小学」, 交流学校代码却仍是基准方案的「R1」（山背小学）: 锁定按代码读, 请把交流学校代码改成「河口小学」的学校代码']]);
  });

  it('says nothing of a code changed beside the baseline\'s name (the README\'s edit), and warns of the rest, and of every one without a baseline', () => {
    // a: the code changed, the name left (R1 → R2); b: only the name changed; c: both changed, to different schools.
    const misnamed = misnamedLocks(schools, [row('a', 'R2', '山背小学', 2), row('b', 'R1', '河口小学', 3), row('c', 'R2', '城关一小', 4)]);
    const baseline = new Map([['a', 'R1'], ['b', 'R1'], ['c', 'R1']]);
    const notes = misnamedNotes(misnamed, baseline, schools, label);
    expect(notes.issues.map((i) => i.row)).toEqual([3]);
    expect(notes.warnings.map((w) => [w.row, w.zh])).toEqual([[4, '交流学校写的是「城关一小」, 交流学校代码「R2」却是「河口小学」: 按代码锁定（调往「河口小学」）; 若要的是前者, 请改交流学校代码']]);
    const without = misnamedNotes(misnamed, undefined, schools, label);
    expect([without.issues, without.warnings.map((w) => w.row)]).toEqual([[], [2, 3, 4]]);
  });

  it('takes a name Excel saved with ? for a character GBK cannot hold (北𠮷寨小学 as 北?寨小学, an ANSI CSV) as the school\'s own, but not a ? for a common character', () => {
    const rare = [...schools, school('R3', 'rural', { name: '北𠮷寨小学' })];
    const misnamed = misnamedLocks(rare, [row('a', 'R3', '北?寨小学', 2), row('b', 'R1', '山?小学', 3)]);
    expect(misnamed.map((m) => [m.lock.teacherId, m.written])).toEqual([['b', '山?小学']]);
  });
});
