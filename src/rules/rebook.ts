import type { Teacher } from '../domain/types.js';
import { applyMove, type PlanBook } from './book.js';
import { forgetPassing } from './cv-ceiling.js';
import { shiftStates } from './indicator-book.js';

/**
 * Changes one teacher's decision in a plan's book in place: `t` goes to `to` instead of where the
 * book has him or her (undefined = stays at the own school). What the rules worked out from the
 * book and keep beside it (the 优质均衡 indicators' counts, the passing coefficients of variation)
 * follows, so that every term and rule then reads the changed plan, as from a book made afresh.
 */
export function rebook(book: PlanBook, t: Teacher, to: string | undefined): void {
  const cur = book.dest.get(t.id);
  if (cur === to) return;
  shiftStates(book, t, cur, to);
  forgetPassing(book);
  if (cur !== undefined) applyMove(book, t, cur, -1);
  if (to !== undefined) applyMove(book, t, to, 1);
}
