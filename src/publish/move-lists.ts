/**
 * After planning (拟交流人员名单): per school, who leaves and who arrives, with the other school,
 * the direction, the term and the reason, as the plan folder's assignments.csv says.
 */
import type { ExchangeTerm } from '../domain/term.js';
import { maskIdCards } from '../safe/id-card.js';
import type { ListedSchool } from './eligible-lists.js';
import type { ChangeMark, RepostTotals, Withdrawn } from './posting-change.js';

/** One move as published: only what the list needs (no ID number). Texts in the plan's language. */
export interface PublishedMove {
  id: string;
  name: string;
  subject: string;
  from: ListedSchool;
  to: ListedSchool;
  direction: string;
  reason: string;
  /** On a re-posting, how the move differs from the previous posting's (none: as posted before). */
  change?: ChangeMark;
}

/** One school's lists, each in teacher id order. */
export interface MoveLists {
  school: ListedSchool;
  leaving: PublishedMove[];
  arriving: PublishedMove[];
  /** On a re-posting, those on the school's previous lists who are not on them now (repost-lists.ts). */
  withdrawn?: Withdrawn[];
}

/** The published lists of the plan: every school's, in school id order, and the exchanges' term. */
export interface MovesPublication {
  schools: MoveLists[];
  term: ExchangeTerm;
  /** Present on a re-posting (the plan re-made after objections against the one posted before): the county's changes since. */
  repost?: RepostTotals;
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A move with every text masked (an ID-card number typed into a cell never reaches a page). */
export function publishedMove(m: PublishedMove): PublishedMove {
  const s = (x: ListedSchool): ListedSchool => ({ id: x.id, name: maskIdCards(x.name) });
  return { id: m.id, name: maskIdCards(m.name), subject: maskIdCards(m.subject), from: s(m.from), to: s(m.to), direction: maskIdCards(m.direction), reason: maskIdCards(m.reason) };
}

/**
 * Every school's lists: `schools` (all of the plan's schools, so that a school without moves still
 * publishes an empty list) and the moves; a move's school missing from `schools` is added by the
 * name the move gives.
 */
export function moveLists(schools: readonly ListedSchool[], moves: readonly PublishedMove[]): MoveLists[] {
  const bySchool = new Map<string, MoveLists>();
  const add = (s: ListedSchool): MoveLists => {
    let l = bySchool.get(s.id);
    if (!l) {
      l = { school: { id: s.id, name: maskIdCards(s.name) }, leaving: [], arriving: [] };
      bySchool.set(s.id, l);
    }
    return l;
  };
  for (const s of schools) add(s);
  for (const m of [...moves].map(publishedMove).sort(byId)) {
    add(m.from).leaving.push(m);
    add(m.to).arriving.push(m);
  }
  return [...bySchool.values()].sort((a, b) => byId(a.school, b.school));
}
