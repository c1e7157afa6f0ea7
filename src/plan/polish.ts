import { isLeader } from '../domain/leaders.js';
import type { ModelContext } from '../model/context.js';
import { moveClasses } from '../rules/allows-move.js';
import type { PlanBook } from '../rules/book.js';
import { rebook } from '../rules/rebook.js';
import type { Placement } from './assign-teachers.js';
import { bookOf } from './plan-book.js';
import { changeBreaks, changeTerms, modelPartOf, termsOf } from './plan-terms.js';
import { BETTER, singleChanges, type ChangeCandidate } from './single-changes.js';

/** Rounds at most, a bound on the time: measured, the polish of the 12,000-teacher bench county ends after 12 rounds (the last makes no change; 13 given its solve's gap as the room), of the 80,000-teacher city after 2 (3) and of the sample county after 2. */
const ROUNDS = 100;

/** What the polish did: the placements after it, how many single changes it made, how much they lowered the objective in all, and how far the model's terms are then above the floor (0 without one). */
export interface Polished {
  placements: Placement[];
  changes: number;
  gain: number;
  room: number;
}

/**
 * Single changes to the named plan that lower the objective, keep every hard rule and leave the
 * model's terms as they are, or lower them no further than `floor`, made until none is left. The model counts
 * teachers by class, and the terms about single teachers (preference, home township, priority) are
 * scored only when teachers are named, within a class: so where the model found two schools equal,
 * one may suit the named teacher better, and `rotate explain` would list it as a better alternative.
 * The model's terms come first: a change that buys a teacher-level gain with a model cost is not
 * made (explain says so beside such an alternative).
 *
 * A change that lowers the model's terms too is made only while they stay at or above `floor`: the
 * bound the solve proved, in the book's terms (none: no such change). No plan the model allows goes
 * below it: at whole counts the book's terms are the least the model's objective takes for the plan
 * (a solver's answer may leave a shortage or curve column above what its counts need, and its
 * objective so above the book's terms). Measured, on random counties the plan's book finds changes
 * the model does not allow (a 跟岗交流 into a place with more teachers than posts), so changes
 * beyond the gap could take the plan's model total below the bound.
 *
 * Each round finds every free teacher's such changes (see single-changes.ts), the teachers with the
 * best change first, and makes each change that, priced again exactly on the plan as it is by then,
 * still lowers the objective, keeps the model's terms as they were or lowers them within what is
 * left of the room, and breaks no rule. A change a rule blocked is found again in the next round,
 * where a change since may let the rule hold. The objective falls with every change, so the rounds
 * end; when they do, explain lists no such change for any free teacher (nor does any destination it
 * leaves unlisted hold one). Locked teachers, principals and teachers not eligible are never changed.
 */
export function polishPlacements(ctx: ModelContext, placements: readonly Placement[], floor?: number): Polished {
  const book = bookOf(ctx, placements.map((p) => ({ teacherId: p.teacherId, fromSchoolId: p.fromSchoolId, toSchoolId: p.toSchoolId })));
  const locked = new Set(placements.filter((p) => p.locked).map((p) => p.teacherId));
  const free = ctx.teachers.filter((t) => ctx.eligibility.get(t.id)?.status === 'eligible' && !isLeader(t) && !locked.has(t.id) && !ctx.stayLock.has(t.id) && !ctx.moveLock.has(t.id));
  const found = singleChanges(book, moveClasses(ctx.schools, ctx));
  let left = floor === undefined ? 0 : Math.max(0, modelPartOf(termsOf(book)) - floor);
  // Whether a round looks for changes that lower the model's terms too (within what is left of the
  // room), or for ties only. Measured at 12,000 teachers, most such changes are made in the first
  // round, and every round after it finds again the hundreds a rule blocks (teachers of a school at
  // its outflow cap): so once a round makes none, the rounds look for ties, and the room is looked
  // at once more only when they are done (a change since may have opened one).
  let lower = left > BETTER;
  let changes = 0;
  let gain = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let changed = 0;
    let lowered = 0;
    for (const c of found.find(free, lower ? left : 0).sort(byBest)) {
      const cur = book.dest.get(c.t.id);
      const made = c.options.find((o) => {
        // Priced again on the plan as it is by now, exactly; the rules are asked only of a change that pays.
        const e = changeTerms(book, c.t, o.to ?? null);
        const model = modelPartOf(e.delta);
        if (e.total >= -BETTER || model > BETTER || model < -(lower ? left : 0) - BETTER || changeBreaks(book, c.t, o.to ?? null).length > 0) return false;
        rebook(book, c.t, o.to);
        gain -= e.total;
        if (model < -BETTER) lowered++;
        left = Math.max(0, left + Math.min(0, model));
        return true;
      });
      if (!made) continue;
      changed++;
      found.moved(c.t, cur, made.to);
    }
    changes += changed;
    const looked = lower;
    lower = lowered > 0 && left > BETTER;
    if (changed > 0) continue;
    // No change: done, unless the room is left and was not looked at on the plan as it is now.
    if (looked || left <= BETTER) break;
    lower = true;
  }
  return { placements: changes === 0 ? placements.slice() : placementsOf(placements, book), changes, gain, room: left };
}

/** The teacher with the best change first, ties by teacher id. */
const byBest = (a: ChangeCandidate, b: ChangeCandidate): number => (a.options[0]?.total ?? 0) - (b.options[0]?.total ?? 0) || (a.t.id < b.t.id ? -1 : a.t.id > b.t.id ? 1 : 0);

/** The placements after the changes: unchanged ones in their order, changed destinations in place, new movers after them (by teacher id). */
function placementsOf(before: readonly Placement[], book: PlanBook): Placement[] {
  const out: Placement[] = [];
  const had = new Set<string>();
  for (const p of before) {
    had.add(p.teacherId);
    const to = book.dest.get(p.teacherId);
    if (to === undefined) continue;
    out.push(to === p.toSchoolId ? p : { ...p, toSchoolId: to });
  }
  const added: Placement[] = [];
  for (const [teacherId, to] of book.dest) {
    if (had.has(teacherId)) continue;
    const t = book.ctx.teacherById.get(teacherId);
    if (t) added.push({ teacherId, fromSchoolId: t.schoolId, toSchoolId: to, locked: false });
  }
  added.sort((a, b) => (a.teacherId < b.teacherId ? -1 : 1));
  return [...out, ...added];
}

