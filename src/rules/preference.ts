import type { Teacher } from '../domain/types.js';
import { overMovers } from './book.js';
import type { SoftTerm } from './rule.js';

/** 1 when `to` is among the schools the teacher asked for. */
export const isPreferred = (t: Teacher, to: string | undefined): 0 | 1 => (to !== undefined && t.preferences.includes(to) ? 1 : 0);

/**
 * Teachers go to schools they asked for (志愿学校): a reward (negative cost) per such move. A term
 * about single teachers: the counting model decides how many of a group go and where places open;
 * which teacher goes where is then chosen to serve it (the matching), and its value is reported.
 * Its part of a move is the teacher's own: the ranking of destinations prices it apart.
 */
export const preference: SoftTerm = {
  name: 'preference',
  kind: 'soft',
  zh: '满足教师志愿学校',
  en: 'teachers go to schools they asked for',
  label: { zh: '志愿', en: 'preference' },
  value: (book) => overMovers(book, (t, to) => -book.ctx.policy.weights.preference * isPreferred(t, to)),
  change: (book, t, next) => -book.ctx.policy.weights.preference * (isPreferred(t, next) - isPreferred(t, book.dest.get(t.id))),
  leave: (book, t) => book.ctx.policy.weights.preference * isPreferred(t, book.dest.get(t.id)),
  arrive: () => 0,
};
