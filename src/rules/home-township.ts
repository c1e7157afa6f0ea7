import type { Teacher } from '../domain/types.js';
import type { ModelContext } from '../model/context.js';
import { overMovers } from './book.js';
import type { SoftTerm } from './rule.js';

/** 1 when `to` lies in the teacher's home township. */
export function isHome(ctx: ModelContext, t: Teacher, to: string | undefined): 0 | 1 {
  const d = to === undefined ? undefined : ctx.schoolById.get(to);
  return d !== undefined && t.homeTownship !== undefined && t.homeTownship === d.township ? 1 : 0;
}

/**
 * Teachers go to their home township (家庭所在乡镇): a reward per such move. Like the preference
 * term, served when the teachers are named, and the teacher's own part of a move.
 */
export const homeTownship: SoftTerm = {
  name: 'home_township',
  kind: 'soft',
  zh: '交流到家庭所在乡镇',
  en: 'teachers go to their home township',
  label: { zh: '家庭所在乡镇', en: 'home township' },
  value: (book) => overMovers(book, (t, to) => -book.ctx.policy.weights.homeTownship * isHome(book.ctx, t, to)),
  change: (book, t, next) => -book.ctx.policy.weights.homeTownship * (isHome(book.ctx, t, next) - isHome(book.ctx, t, book.dest.get(t.id))),
  leave: (book, t) => book.ctx.policy.weights.homeTownship * isHome(book.ctx, t, book.dest.get(t.id)),
  arrive: () => 0,
};
