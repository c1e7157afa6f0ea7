/**
 * A re-posting's lists on hand-made data: each listed move marked by its change since the previous
 * posting, each school's withdrawn (its own teacher who now stays, and arrivals cancelled or sent
 * elsewhere) with the words the pages print, and the county's totals.
 */
import { describe, expect, it } from 'vitest';
import type { ListedSchool } from '../../src/publish/eligible-lists.js';
import { moveLists, type PublishedMove } from '../../src/publish/move-lists.js';
import type { PostingChange } from '../../src/publish/posting-change.js';
import { repostLists } from '../../src/publish/repost-lists.js';
import { markText, nowText, wasText } from '../../src/publish/repost-texts.js';

const A: ListedSchool = { id: 'A', name: '城关小学' };
const B: ListedSchool = { id: 'B', name: '乡村小学' };
const C: ListedSchool = { id: 'C', name: '山区小学' };
const move = (id: string, from: ListedSchool, to: ListedSchool): PublishedMove => ({ id, name: `教师${id}`, subject: '语文', from, to, direction: '城镇→乡村', reason: '补缺员' });
const change = (id: string, kind: PostingChange['change'], from: ListedSchool, was?: ListedSchool, now?: ListedSchool): PostingChange => ({ id, name: `教师${id}`, subject: '语文', change: kind, from, ...(was && { was }), ...(now && { now }) });

describe('the lists of a re-posting', () => {
  const lists = moveLists([A, B, C], [move('t1', A, B), move('t2', A, C), move('t3', B, C)]);
  const changes = [change('t1', 'added', A, undefined, B), change('t2', 'changed', A, B, C), change('t4', 'removed', A, C), change('t5', 'removed', { id: '', name: '' }, B)];
  const { schools, totals } = repostLists(lists, changes);
  const of = (s: ListedSchool) => schools.find((l) => l.school.id === s.id);
  const none = new Set<string>();

  it('marks a new move and a re-sent one on both schools\' lists, and leaves a move as posted unmarked', () => {
    expect(of(A)?.leaving.map((m) => [m.id, markText(m.change, 'zh', none)])).toEqual([['t1', '新增'], ['t2', '改派（原拟交流至乡村小学）']]);
    expect(of(B)?.leaving.map((m) => [m.id, markText(m.change, 'zh', none)])).toEqual([['t3', '']]);
    expect(of(C)?.arriving.map((m) => [m.id, markText(m.change, 'en', none)])).toEqual([['t2', 'changed (was to 乡村小学)'], ['t3', '']]);
  });

  it('lists at each school those no longer on its lists: a teacher who now stays at the own school and the school posted as the destination, a re-sent one at the latter only', () => {
    const rows = (s: ListedSchool) => (of(s)?.withdrawn ?? []).map((w) => [w.id, wasText(w, 'zh', none), nowText(w, 'zh', none)]);
    expect(rows(A)).toEqual([['t4', '调出至山区小学', '取消交流']]);
    expect(rows(B)).toEqual([['t2', '由城关小学调入', '改派至山区小学'], ['t5', '拟调入本校', '取消交流']]);
    expect(rows(C)).toEqual([['t4', '由城关小学调入', '取消交流']]);
    expect(totals).toEqual({ added: 1, changed: 1, cancelled: 2 });
  });

  it('a school whose names another school shares is named with its code', () => {
    const w = of(B)?.withdrawn?.[0];
    expect(w && nowText(w, 'zh', new Set(['山区小学']))).toBe('改派至山区小学（C）');
  });
});
