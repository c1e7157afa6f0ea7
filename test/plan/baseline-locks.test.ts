/**
 * Deleted rows of an edited plan list become stay locks only where the file is a copy of the
 * baseline's list of moves: principals.csv with the county's decisions, or one school's page of the
 * 公示 list, must not cancel every move it does not list.
 */
import { describe, expect, it } from 'vitest';
import type { Lock } from '../../src/domain/types.js';
import { deletedRowLocks, listWithoutBaselineWarnings, type BaselineMove } from '../../src/plan/baseline-locks.js';
import { county, school, teacher, teachers } from '../helpers/make-county.js';

const staff = teachers('t', 10, 'U1', '语文');
const baseline: BaselineMove[] = staff.slice(0, 8).map((t, i) => ({ teacherId: t.id, toSchoolId: 'R1', row: i + 2 }));
const planRow = (teacherId: string, file: string, row: number): Lock => ({ teacherId, action: 'move', schoolId: 'R1', fromPlan: true, source: { file, row } });
const countyWith = (locks: Lock[]) => county([school('U1', 'urban'), school('R1', 'rural')], staff, [], locks);

describe('stay locks from rows deleted from an edited plan list', () => {
  it('reads a copy holding most of the baseline\'s moves as the list: each move it leaves out stays', () => {
    const kept = baseline.slice(0, 6).map((m, i) => planRow(m.teacherId, 'assignments.csv', i + 2));
    const { locks, warnings } = deletedRowLocks(countyWith(kept), baseline);
    expect(locks.map((l) => [l.teacherId, l.action])).toEqual([
      [baseline[6]?.teacherId, 'stay'],
      [baseline[7]?.teacherId, 'stay'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('cancels nothing for principals.csv with decisions: none of its rows is a move of the baseline', () => {
    const principals = [planRow('p1', 'principals.csv', 2), planRow('p2', 'principals.csv', 3)];
    expect(deletedRowLocks(countyWith(principals), baseline)).toEqual({ locks: [], warnings: [] });
  });

  it('cancels nothing for a page listing a few of the moves, and says its missing rows were not read as deleted', () => {
    const page = baseline.slice(0, 2).map((m, i) => planRow(m.teacherId, 'moves.xlsx: 城关一小', i + 2));
    const { locks, warnings } = deletedRowLocks(countyWith(page), baseline);
    expect(locks).toEqual([]);
    expect(warnings.map((w) => [w.file, w.zh])).toEqual([
      ['moves.xlsx: 城关一小', '只列出基准方案 8 项交流中的 2 项, 不是方案交流名单的副本: 未列出的交流不视为已删除, 其行只锁定所列教师（要取消某人的交流, 在锁定表中写「留任」）'],
    ]);
  });
});

describe('a plan list given without --baseline', () => {
  it('says its deleted rows are not read as stays, for a list of teachers\' moves, not for principals\' decisions', () => {
    const head = teacher('p1', 'U1', '语文', { role: 'principal' });
    const c = county([school('U1', 'urban'), school('R1', 'rural')], [...staff, head], [], [planRow('t001', 'assignments.csv', 2), planRow('p1', 'principals.csv', 2)]);
    expect(listWithoutBaselineWarnings(c).map((w) => [w.file, w.zh])).toEqual([
      ['assignments.csv', '方案的交流名单, 未用 --baseline 指明它来自的方案: 只锁定所列的 1 项教师交流, 名单中删去的行不读作留任（要让删去的人留任, 加 --baseline 原方案文件夹）'],
    ]);
  });
});
