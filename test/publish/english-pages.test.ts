/**
 * The published lists of a county whose files have English headers, read as an English reader
 * reads them: every word of the pages English, in plain brackets, and a count of one in the singular.
 */
import { describe, expect, it } from 'vitest';
import { eligibleDoc } from '../../src/publish/eligible-docs.js';
import { moveDoc, moveIndexDoc } from '../../src/publish/move-docs.js';
import { moveLists, type PublishedMove } from '../../src/publish/move-lists.js';
import type { Notice } from '../../src/publish/notice.js';
import type { ListDoc } from '../../src/publish/list-doc.js';
import { cellText } from '../../src/publish/list-doc.js';
import { repostLines } from '../../src/publish/repost-texts.js';

const notice: Notice = { lang: 'en', county: 'Dingyuan County', countyUnset: false, year: 2026, days: 5, objectionsTo: '', from: { year: 2026, month: 6, day: 1 }, to: { year: 2026, month: 6, day: 5 } };
const term = { start: { year: 2026, month: 9 }, end: { year: 2029, month: 8 } };
const schools = [
  { id: '341122001', name: 'Chengguan No. 1 Primary School' },
  { id: '341122030', name: 'Luoji Zhangwan Primary School' },
];
const move: PublishedMove = { id: '000001', name: 'Wang Lan', subject: 'english', from: schools[0]!, to: schools[1]!, direction: 'urban→rural', reason: 'fills english at rural school Luoji Zhangwan Primary School: shortage 1 → 0' };

/** Every text of a document the tool writes itself: head, title, lines, captions, column labels and the rows. */
const textsOf = (d: ListDoc): string[] => [d.head, d.title, d.subtitle, ...d.lines, ...(d.more ?? []), ...d.tables.flatMap((t) => [t.caption, t.empty, ...t.columns.map((c) => c.label), ...t.rows.flatMap((r) => r.map(cellText))])];

describe('an English school page', () => {
  it('names its school with the code in plain brackets: it read Chengguan No. 1 Primary School（school id 341122001）, full-width brackets in English text', () => {
    const lists = moveLists(schools, [move]);
    const moves = moveDoc(lists[0]!, 'school-341122001.html', term, 3, notice, new Set());
    const eligible = eligibleDoc({ school: schools[0]!, eligible: [{ id: '000001', name: 'Wang Lan', subject: 'english', reason: { zh: '本校任教8年', en: '8 years at the school, at least 6' } }], deferred: [] }, 'school-341122001.html', notice);
    for (const d of [moves, eligible]) {
      expect(d.subtitle).toBe('Chengguan No. 1 Primary School (school id 341122001)');
      expect(d.head.endsWith(' · Chengguan No. 1 Primary School (school id 341122001)')).toBe(true);
      for (const text of textsOf(d)) expect(text).not.toMatch(/[（）\p{Script=Han}]/u);
    }
    // The Chinese pages keep their brackets.
    expect(moveDoc(lists[0]!, 'f.html', term, 3, { ...notice, lang: 'zh' }, new Set()).subtitle).toBe('Chengguan No. 1 Primary School（学校代码 341122001）');
  });
});

describe('an English page counting one', () => {
  it('says 1 working day, 1 year, 1 school and 1 teacher to rotate, in the singular (it read 1 working days, 1 years, 1 schools, 1 teachers)', () => {
    const one: Notice = { ...notice, days: 1, to: notice.from };
    const lists = moveLists([schools[0]!], [move]).filter((l) => l.school.id === schools[0]!.id);
    const index = moveIndexDoc(lists, ['school-341122001.html'], term, 1, one);
    expect(index.lines).toContain('Publication period: 2026-06-01 to 2026-06-01 (1 working day)');
    expect(index.lines).toContain('Term of the exchanges: 2026-09 to 2029-08 (1 year)');
    expect(index.lines).toContain('1 school, 1 teacher to rotate');
    expect(repostLines({ added: 1, changed: 0, gone: 0, goneZh: '不再列入', goneEn: 'no longer listed' }, one)[1]).toBe('Objections to this list (new and changed teachers included) are taken again during this period (1 working day)');
    const many = moveIndexDoc(moveLists(schools, [move, { ...move, id: '000002' }]), ['a.html', 'b.html'], term, 3, notice);
    expect(many.lines).toContain('Publication period: 2026-06-01 to 2026-06-05 (5 working days)');
    expect(many.lines).toContain('Term of the exchanges: 2026-09 to 2029-08 (3 years)');
    expect(many.lines).toContain('2 schools, 2 teachers to rotate');
  });
});

describe('an English re-posting of a school whose lists did not change', () => {
  it('says the list is unchanged since the posting before (it read: it is as posted then)', () => {
    const [first] = repostLines({ added: 0, changed: 0, gone: 0, goneZh: '不再列入', goneEn: 'no longer listed' }, notice);
    expect(first).toBe('Re-posted (round 2): adjusted after the objections were decided, this list replaces the one posted before (round 1); unchanged since then');
    expect(repostLines({ added: 0, changed: 0, gone: 0, goneZh: '不再列入', goneEn: 'no longer listed' }, { ...notice, lang: 'zh' })[0]).toBe('重新公示（第二次公示）: 本名单根据异议处理结果调整, 替代前次公示的拟交流人员名单（第一次公示）; 本名单与前次相同');
  });
});

describe('the terminal line of rotate publish, counting one', () => {
  it('says 1 move and 1 principal or vice principal (it read 1 moves, of them 1 principals and vice principals)', async () => {
    const { writtenText } = await import('../../src/cli/publish-command.js');
    const base = { dir: 'pub', files: ['index.html', 'moves.xlsx'], notice, schools: 2, warnings: [], replaced: false };
    expect(writtenText({ ...base, moment: 'moves', counts: { moves: 1 } })[0]).toMatch(/ \/ 1 move$/u);
    expect(writtenText({ ...base, moment: 'moves', counts: { moves: 2 } })[0]).toMatch(/ \/ 2 moves$/u);
    expect(writtenText({ ...base, moment: 'eligible', counts: { eligible: 2, leaders: 1, deferred: 3 } })[0]).toContain('/ 2 eligible (of them 1 principal or vice principal), 3 deferred or exempt');
    expect(writtenText({ ...base, moment: 'eligible', counts: { eligible: 9, leaders: 4, deferred: 3 } })[0]).toContain('/ 9 eligible (of them 4 principals and vice principals), 3 deferred or exempt');
  });
});
