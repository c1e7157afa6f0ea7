import { isLeader } from '../domain/leaders.js';
import type { ModelContext } from '../model/context.js';
import { moveClasses } from '../rules/allows-move.js';
import type { PlanBook } from '../rules/book.js';
import { rebook } from '../rules/rebook.js';
import type { Placement } from './assign-teachers.js';
import { bookOf } from './plan-book.js';
import { changeBreaks, changeTerms, modelPartOf } from './plan-terms.js';
import { BETTER, tieChanges, type TieCandidate } from './tie-changes.js';

/** Rounds at most, a bound on the time: measured, the polish of the 12,000-teacher bench county ends after 12 rounds (the last makes no change), of the 80,000-teacher city and of the sample county after 2. */
const ROUNDS = 100;

/** What the polish did: the placements after it, how many single changes it made and how much they lowered the objective in all. */
export interface Polished {
  placements: Placement[];
  changes: number;
  gain: number;
}

/**
 * Single changes to the named plan that lower the objective, leave the model's terms as they are and
 * keep every hard rule, made until none is left. The model counts teachers by class, and the terms
 * about single teachers (preference, home township, priority) are scored only when teachers are
 * named, within a class: so where the model found two schools equal, one may suit the named teacher
 * better, and `rotate explain` would list it as a better alternative. The model's terms come
 * first, and the plan keeps the model's value: a change that buys a teacher-level gain with a model
 * cost is not made (explain says so beside such an alternative), nor one that lowers the model's
 * terms (the model's optimum is the solver's to find; measured, on random counties the plan's
 * book finds such changes the model does not allow, so a plan made of them could be reported below
 * the model's bound).
 *
 * Each round finds every free teacher's changes that tie for the model and lower the objective
 * (see tie-changes.ts), the teachers with the best change first, and makes each change that, priced
 * again exactly on the plan as it is by then, still lowers the objective, keeps the model's terms as
 * they were and breaks no rule. A change a rule blocked is found again in the next round, where a
 * change since may let the rule hold. The objective falls with every change, so the rounds end;
 * when they do, explain lists no such change for any free teacher (nor does any destination it
 * leaves unlisted hold one). Locked teachers, principals and teachers not eligible are never changed.
 */
export function polishPlacements(ctx: ModelContext, placements: readonly Placement[]): Polished {
  const book = bookOf(ctx, placements.map((p) => ({ teacherId: p.teacherId, fromSchoolId: p.fromSchoolId, toSchoolId: p.toSchoolId })));
  const locked = new Set(placements.filter((p) => p.locked).map((p) => p.teacherId));
  const free = ctx.teachers.filter((t) => ctx.eligibility.get(t.id)?.status === 'eligible' && !isLeader(t) && !locked.has(t.id) && !ctx.stayLock.has(t.id) && !ctx.moveLock.has(t.id));
  const ties = tieChanges(book, moveClasses(ctx.schools, ctx));
  let changes = 0;
  let gain = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let changed = 0;
    for (const c of ties.find(free).sort(byBest)) {
      const cur = book.dest.get(c.t.id);
      const made = c.options.find((o) => {
        // Priced again on the plan as it is by now, exactly; the rules are asked only of a change that pays.
        const e = changeTerms(book, c.t, o.to ?? null);
        if (e.total >= -BETTER || Math.abs(modelPartOf(e.delta)) > BETTER || changeBreaks(book, c.t, o.to ?? null).length > 0) return false;
        rebook(book, c.t, o.to);
        gain -= e.total;
        return true;
      });
      if (!made) continue;
      changed++;
      ties.moved(c.t, cur, made.to);
    }
    changes += changed;
    if (changed === 0) break;
  }
  return { placements: changes === 0 ? placements.slice() : placementsOf(placements, book), changes, gain };
}

/** The teacher with the best change first, ties by teacher id. */
const byBest = (a: TieCandidate, b: TieCandidate): number => (a.options[0]?.total ?? 0) - (b.options[0]?.total ?? 0) || (a.t.id < b.t.id ? -1 : a.t.id > b.t.id ? 1 : 0);

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

