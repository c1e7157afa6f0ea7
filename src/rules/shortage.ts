import { placesOf } from '../domain/sections.js';
import { shortageWeight } from '../domain/shortage-weight.js';
import { postsAt, teachersOf } from '../model/context.js';
import { cellKey } from '../model/keys.js';
import { sums, terms } from '../model/sums.js';
import { cellOf, placeFor, valueAt, type PlanBook } from './book.js';
import type { SoftTerm } from './rule.js';

/** Weighted shortage of one cell (a subject at a school) with `n` teachers; none outside the county. */
export function shortageAt(book: PlanBook, cell: number, n: number): number {
  return cell < 0 ? 0 : valueAt(book.weight, cell) * Math.max(0, valueAt(book.posts, cell) - n);
}

/**
 * Shortage after the plan, per place (a school, or each section of a 九年一贯制 or 完全中学) and
 * subject: max(0, posts − teachers after), weighted up
 * for scarce subjects and rural/weak schools. In the model, a (school, subject) the plan cannot
 * touch adds a constant; one teachers may arrive at is held within its posts (posts_capacity), so
 * its shortage is posts − (teachers − out + in) exactly, a cost on the out and in columns; one
 * teachers can only leave gets a slack column short ≥ posts − (teachers − out).
 */
export const shortage: SoftTerm = {
  name: 'shortage',
  kind: 'soft',
  zh: '缺员（岗位数−教师数）: 紧缺学科、乡村和薄弱学校加权',
  en: 'shortage (posts − teachers), weighted up for scarce subjects and rural/weak schools',
  label: { zh: '缺员', en: 'shortage' },
  build(ctx, cols, b) {
    const s = sums(cols);
    for (const school of ctx.schools) {
      for (const [place] of placesOf(school)) for (const j of ctx.subjects) {
        const key = cellKey(place, j);
        const gap = postsAt(ctx, place, j) - teachersOf(ctx, place, j);
        const outs = s.outBySchoolSubject.get(key) ?? [];
        const ins = s.inBySchoolSubject.get(key) ?? [];
        const w = shortageWeight(ctx.policy, school, j);
        const maxOut = outs.reduce((a, o) => a + o.max, 0);
        if (ins.length === 0 && gap + maxOut <= 0) continue;
        if (ins.length === 0 && outs.length === 0) {
          b.addConstant('shortage', w * Math.max(0, gap));
          continue;
        }
        if (ins.length > 0) {
          // Where teachers may arrive, posts_capacity holds arrivals − departures ≤ gap, so the
          // shortage is gap − arrivals + departures exactly: a cost on those columns, no row.
          b.addConstant('shortage', w * gap);
          for (const o of outs) b.addCost(o.col, 'shortage', w);
          for (const i of ins) b.addCost(i.col, 'shortage', -w);
          continue;
        }
        const col = b.addVar({ name: `short[${key}]`, lb: 0, ub: Infinity, integer: false, cost: w, term: 'shortage' });
        b.addRow(`shortage[${key}]`, 'shortage', [[col, 1], ...terms(outs, -1), ...terms(ins, 1)], gap, Infinity);
      }
    }
  },
  value(book) {
    let v = 0;
    const J = book.ctx.subjects.length;
    for (let s = 0; s < book.ctx.places.length; s++) for (let j = 0; j < J; j++) v += shortageAt(book, s * J + j, valueAt(book.after, s * J + j));
    return v;
  },
  change(book, t, next) {
    const o = cellOf(book, placeFor(book, t, book.dest.get(t.id)), t.subject);
    const nw = cellOf(book, placeFor(book, t, next), t.subject);
    const no = valueAt(book.after, o);
    const nn = valueAt(book.after, nw);
    return shortageAt(book, o, no - 1) - shortageAt(book, o, no) + shortageAt(book, nw, nn + 1) - shortageAt(book, nw, nn);
  },
  leave(book, t) {
    const o = cellOf(book, placeFor(book, t, book.dest.get(t.id)), t.subject);
    const n = valueAt(book.after, o);
    return shortageAt(book, o, n - 1) - shortageAt(book, o, n);
  },
  arrive(book, j, _bc, d) {
    const c = cellOf(book, d, j);
    const n = valueAt(book.after, c);
    return shortageAt(book, c, n + 1) - shortageAt(book, c, n);
  },
};
