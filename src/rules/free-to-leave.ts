import { isLeader } from '../domain/leaders.js';
import { firstOf, type Text } from '../domain/text.js';
import type { Teacher } from '../domain/types.js';
import { ownPlace, type ModelContext } from '../model/context.js';

/**
 * The teachers of a subject at a place (a school, or one section of a two-section school) who
 * may leave it: eligible, not locked to stay, in a subject post (principals and vice principals
 * hold none). Sorted by id. Those are the ones who could make room for a teacher locked to arrive,
 * or be sent out in return for a two-way arrival.
 */
export function freeToLeave(ctx: ModelContext, place: string, subject: string): Teacher[] {
  return ctx.teachers
    .filter((t) => t.subject === subject && !isLeader(t) && ownPlace(ctx, t) === place && ctx.eligibility.get(t.id)?.status === 'eligible' && !ctx.stayLock.has(t.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** `可调出的（符合交流条件、未锁定留任）2 人: r001、r002` / `2 could leave (eligible, not locked to stay): r001, r002`: the first ten ids. */
export function freeToLeaveWords(ts: readonly Teacher[]): Text {
  const ids = ts.map((t) => t.id);
  if (ts.length === 0) return { zh: '可调出的（符合交流条件、未锁定留任）没有', en: 'none could leave (eligible, not locked to stay)' };
  return {
    zh: `可调出的（符合交流条件、未锁定留任）${ts.length} 人: ${firstOf(ids, 10, '、', '…')}`,
    en: `${ts.length} could leave (eligible, not locked to stay): ${firstOf(ids, 10, ', ', ', …')}`,
  };
}
