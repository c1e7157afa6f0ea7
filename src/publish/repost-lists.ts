/**
 * The lists of a re-posting (重新公示): every school's lists as the new plan has them, each move
 * marked where it differs from the previous posting (new, or posted before to another school),
 * and beside them those on the school's previous lists who are not on them now: the teacher's own
 * school lists a cancelled exchange, the school posted before as the destination lists a
 * cancelled or re-sent arrival.
 */
import { maskIdCards } from '../safe/id-card.js';
import type { ListedSchool } from './eligible-lists.js';
import type { MoveLists, PublishedMove } from './move-lists.js';
import type { ChangeMark, PostingChange, RepostTotals, Withdrawn } from './posting-change.js';

const masked = (s: ListedSchool): ListedSchool => ({ id: s.id, name: maskIdCards(s.name) });
const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The mark of a change that leaves the teacher on a list (added, changed), else undefined. */
function markOf(c: PostingChange): ChangeMark | undefined {
  if (c.change === 'added') return { kind: 'added' };
  if (c.change === 'changed' && c.was) return { kind: 'changed', was: masked(c.was) };
  return undefined;
}

/** Where a change takes the teacher off a list: (school, withdrawn entry) pairs. */
function withdrawals(c: PostingChange): [string, Withdrawn][] {
  if (!c.was) return [];
  const who = { id: c.id, name: maskIdCards(c.name), subject: maskIdCards(c.subject) };
  const now = c.change === 'changed' && c.now ? { now: masked(c.now) } : {};
  const out: [string, Withdrawn][] = [[c.was.id, { ...who, list: 'arriving', other: masked(c.from), ...now }]];
  // A teacher re-sent elsewhere stays on the own school's leaving list (marked); one who stays leaves it.
  if (c.change === 'removed' && c.from.id !== '') out.push([c.from.id, { ...who, list: 'leaving', other: masked(c.was) }]);
  return out;
}

/**
 * `lists` (moveLists.ts, the new plan's) with the changes since the previous posting: each listed
 * move's mark, each school's withdrawn (every school gets the field, empty when none), and the
 * county's totals. A change whose move is not on the lists is not marked.
 */
export function repostLists(lists: readonly MoveLists[], changes: readonly PostingChange[]): { schools: MoveLists[]; totals: RepostTotals } {
  const marks = new Map<string, ChangeMark>();
  const gone = new Map<string, Withdrawn[]>();
  for (const c of changes) {
    const mark = markOf(c);
    if (mark) marks.set(c.id, mark);
    for (const [school, w] of withdrawals(c)) gone.set(school, [...(gone.get(school) ?? []), w]);
  }
  const mark = (m: PublishedMove): PublishedMove => {
    const change = marks.get(m.id);
    return change ? { ...m, change } : m;
  };
  const schools = lists.map((l) => ({ ...l, leaving: l.leaving.map(mark), arriving: l.arriving.map(mark), withdrawn: [...(gone.get(l.school.id) ?? [])].sort(byId) }));
  const listed = new Set(lists.flatMap((l) => l.leaving.map((m) => m.id)));
  const count = (kind: PostingChange['change']): number => changes.filter((c) => c.change === kind && (kind === 'removed' || listed.has(c.id))).length;
  return { schools, totals: { added: count('added'), changed: count('changed'), cancelled: count('removed') } };
}
