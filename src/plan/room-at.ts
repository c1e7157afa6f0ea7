import { isTwoWay } from '../domain/direction.js';
import type { School } from '../domain/types.js';
import { postsAt } from '../model/context.js';
import { afterAt, type PlanBook } from '../rules/book.js';
import { twoWayFull } from '../rules/two-way.js';

/**
 * Whether a destination has no room for one more teacher of subject `j` from `from`: the subject's
 * posts are full, or (a two-way move, 跟岗交流) the place's two-way arrivals already match its departures.
 * The direction class decides whether a move is two-way, so the answer is the same from any school of `from`'s class.
 * `place`: the section of a two-section school the move fills (its posts are counted apart).
 */
export function noRoom(book: PlanBook, from: School | undefined, d: School, j: string, place: string = d.id): boolean {
  if (afterAt(book, place, j) + 1 > postsAt(book.ctx, place, j)) return true;
  return from !== undefined && isTwoWay(from, d, book.ctx.policy) && twoWayFull(book, place, j);
}

/**
 * {@link noRoom} for one subject, asked of many destinations from many origins: whether a place's
 * posts are full, and whether its two-way arrivals match its departures (per stage and subject),
 * depend on the place alone, so each is worked out once. `i` is the destination's position in
 * ctx.schools, `k` the position of `place` in ctx.places (−1 when it is not one of them: then asked afresh).
 */
export function roomOf(book: PlanBook, j: string): (from: School | undefined, i: number, d: School, k: number, place: string) => boolean {
  const { ctx } = book;
  // 0 = not yet asked, 1 = full, 2 = room.
  const posts = new Uint8Array(ctx.places.length);
  const twoWay = new Uint8Array(ctx.places.length);
  return (from, i, d, k, place) => {
    if (k < 0) return noRoom(book, from, d, j, place);
    if (posts[k] === 0) posts[k] = afterAt(book, place, j) + 1 > postsAt(ctx, place, j) ? 1 : 2;
    if (posts[k] === 1) return true;
    if (from === undefined || !isTwoWay(from, d, ctx.policy)) return false;
    if (twoWay[k] === 0) twoWay[k] = twoWayFull(book, place, j) ? 1 : 2;
    return twoWay[k] === 1;
  };
}
