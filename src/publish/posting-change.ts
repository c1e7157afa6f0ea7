/**
 * What a re-posting (重新公示, the plan re-made after the objections against the plan posted
 * before) says of each teacher against the previous posting: a move that is new, one whose school
 * changed, and those no longer on a school's list. Only the change and the schools: never the
 * objection, the objector or the decision's file and row (the notice board is public).
 */
import type { ListedSchool } from './eligible-lists.js';

/** One teacher whose move differs from the previous posting's, as the new plan records it. */
export interface PostingChange {
  id: string;
  name: string;
  subject: string;
  /** added: on no list before; removed: posted before, now stays; changed: posted to another school. */
  change: 'added' | 'removed' | 'changed';
  /** The teacher's school; '' when the teacher is no longer in the teachers file. */
  from: ListedSchool;
  /** The destination posted before (removed, changed). */
  was?: ListedSchool;
  /** The destination now (added, changed). */
  now?: ListedSchool;
}

/** The mark of a listed move: new to the lists, or posted before to another school. */
export type ChangeMark = { kind: 'added' } | { kind: 'changed'; was: ListedSchool };

/** A teacher on a school's previous list who is not on it now: the exchange cancelled, or sent elsewhere. */
export interface Withdrawn {
  id: string;
  name: string;
  subject: string;
  /** Which of the school's lists the teacher was on. */
  list: 'leaving' | 'arriving';
  /** The other school of the move posted before: where the teacher was to go (leaving), or came from (arriving). */
  other: ListedSchool;
  /** Where the teacher goes now; absent when the exchange is cancelled. */
  now?: ListedSchool;
}

/** The county's totals against the previous posting: its presence makes a publication a re-posting. */
export interface RepostTotals {
  added: number;
  changed: number;
  cancelled: number;
}
