/**
 * The lists published after planning name each move's other school; where two schools share a
 * name (西坝中心中学 twice in a real county), that school's code stands beside the name, as it
 * does in the plan's terminal summary, report and explain.
 */
import { describe, expect, it } from 'vitest';
import { sharedNames } from '../../src/domain/shared-names.js';
import { moveDoc } from '../../src/publish/move-docs.js';
import { moveLists, type PublishedMove } from '../../src/publish/move-lists.js';
import type { Notice } from '../../src/publish/notice.js';

const notice: Notice = { lang: 'zh', county: '定远县', countyUnset: false, year: 2026, days: 5, objectionsTo: '' };
const term = { start: { year: 2026, month: 9 }, end: { year: 2029, month: 8 } };
const schools = [
  { id: '341122001', name: '城关第一小学' },
  { id: '341122017', name: '双河镇中心学校' },
  { id: '341122027', name: '双河镇中心学校' },
  { id: '341122030', name: '罗集乡张湾小学' },
];
const move = (id: string, from: number, to: number): PublishedMove => ({ id, name: `教师${id}`, subject: '语文', from: schools[from]!, to: schools[to]!, direction: '城镇→乡村', reason: '补缺员' });

describe('published lists where two schools share a name', () => {
  it('show the code beside the shared name in the other-school column, and the name alone elsewhere', () => {
    const lists = moveLists(schools, [move('000001', 0, 1), move('000002', 0, 2), move('000003', 0, 3), move('000004', 1, 3)]);
    const shared = sharedNames(lists.map((l) => l.school));
    expect([...shared]).toEqual(['双河镇中心学校']);
    const other = (schoolId: string, table: number): string[] => {
      const l = lists.find((x) => x.school.id === schoolId)!;
      return moveDoc(l, 'f.html', term, 3, notice, shared).tables[table]!.rows.map((r) => String(r[4]));
    };
    // 城关第一小学's leaving list: the two destinations called 双河镇中心学校 were told apart by nothing.
    expect(other('341122001', 0)).toEqual(['双河镇中心学校（341122017）', '双河镇中心学校（341122027）', '罗集乡张湾小学']);
    expect(other('341122030', 1)).toEqual(['城关第一小学', '双河镇中心学校（341122017）']);
    // English lists write the code in plain brackets.
    const en = moveDoc(lists.find((x) => x.school.id === '341122001')!, 'f.html', term, 3, { ...notice, lang: 'en' }, shared).tables[0]!.rows.map((r) => String(r[4]));
    expect(en).toEqual(['双河镇中心学校 (341122017)', '双河镇中心学校 (341122027)', '罗集乡张湾小学']);
  });
});
