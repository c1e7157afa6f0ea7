import { isCountyBackbone } from '../domain/backbone.js';
import { isLeader } from '../domain/leaders.js';
import type { Teacher } from '../domain/types.js';
import type { ModelContext } from '../model/context.js';
import type { PlanBook } from '../rules/book.js';
import { moveClasses, type MoveClasses } from '../rules/allows-move.js';
import { countsToward, HELD_INDICATORS } from '../rules/indicator-sections.js';
import { rebook } from '../rules/rebook.js';
import { HARD_RULES } from '../rules/registry.js';
import { LISTED, LISTED_BREAKING } from './alternatives.js';
import type { Placement } from './assign-teachers.js';
import { bookOf } from './plan-book.js';
import { changeBreaks, changeTerms, modelPartOf, rankTotals } from './plan-terms.js';
import { destinationRanking } from './rank-destinations.js';

/** A change counts as better when it lowers the objective by more than this (explain's tolerance for a tie). */
const BETTER = 1e-9;

/** Rounds at most, a bound on the time: measured, the polish of the 12,000-teacher bench county ends after 12 rounds, of the 80,000-teacher city after 2, of the sample county after 2. */
const ROUNDS = 100;

/** What the polish did: the placements after it, how many single changes it made and how much they lowered the objective in all. */
export interface Polished {
  placements: Placement[];
  changes: number;
  gain: number;
}

/** A teacher's changes that lowered the objective when ranked, best first: where to (undefined = stay) and the price then. */
interface Candidate {
  t: Teacher;
  options: { to: string | undefined; total: number }[];
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
 * Each round ranks teachers' changes as explain ranks them (staying, for a mover, and the
 * cheapest destinations), the teachers with the best change first, and makes each change
 * that, priced again on the plan as it is by then, still lowers the objective, keeps the model's
 * terms as they were and breaks no rule. The first round ranks every free teacher; a
 * later one only the changes whose prices the last round's changes can have moved (see
 * {@link opened}), and asks again the changes a rule blocked (it may hold now). The objective falls
 * with every change, so the rounds end; when they do, explain lists no such change for any free
 * teacher. Locked teachers, principals and teachers not eligible are never changed.
 */
export function polishPlacements(ctx: ModelContext, placements: readonly Placement[]): Polished {
  const book = bookOf(ctx, placements.map((p) => ({ teacherId: p.teacherId, fromSchoolId: p.fromSchoolId, toSchoolId: p.toSchoolId })));
  const locked = new Set(placements.filter((p) => p.locked).map((p) => p.teacherId));
  const free = ctx.teachers.filter((t) => ctx.eligibility.get(t.id)?.status === 'eligible' && !isLeader(t) && !locked.has(t.id) && !ctx.stayLock.has(t.id) && !ctx.moveLock.has(t.id));
  const aspects = new Map(free.map((t) => [t, aspectsOf(t)]));
  const judge = moveClasses(ctx.schools, ctx);
  let changes = 0;
  let gain = 0;
  let found = candidates(book, free);
  for (let round = 0; round < ROUNDS; round++) {
    let changed = 0;
    // The schools each round's changes touched, by what they counted in there (aspectsOf), and all of them.
    const touchedBy = new Map<string, Set<string>>();
    const touched = new Set<string>();
    // Changes that would lower the objective but break a rule: a later change may let the rule hold.
    const blocked: Blocked[] = [];
    for (const c of found.sort(byBest)) {
      const cur = book.dest.get(c.t.id);
      const made = c.options.find((o) => {
        // Priced first: the rules are asked only of a change that pays.
        const e = changeTerms(book, c.t, o.to ?? null);
        if (e.total >= -BETTER || Math.abs(modelPartOf(e.delta)) > BETTER) return false;
        const breaks = changeBreaks(book, c.t, o.to ?? null);
        if (breaks.length > 0) {
          blocked.push({ t: c.t, option: o, cur, wide: breaks.some((r) => COUNTY_WIDE.has(r)) });
          return false;
        }
        rebook(book, c.t, o.to);
        gain -= e.total;
        return true;
      });
      if (!made) continue;
      changed++;
      // The own school's counts change only when the teacher starts or stops moving.
      for (const id of [(cur === undefined) !== (made.to === undefined) ? c.t.schoolId : undefined, cur, made.to]) {
        if (id === undefined) continue;
        touched.add(id);
        for (const a of aspects.get(c.t) ?? []) {
          const at = touchedBy.get(a);
          if (at) at.add(id);
          else touchedBy.set(a, new Set([id]));
        }
      }
    }
    changes += changed;
    if (changed === 0) break;
    // A change passed over for its price is found again if the round moved that price; one a rule
    // blocked is asked again if the round touched a school the rule reads, or the rule reads them all.
    const unblocked = blocked.filter((b) => b.wide || touched.has(b.t.schoolId) || (b.cur !== undefined && touched.has(b.cur)) || (b.option.to !== undefined && touched.has(b.option.to)));
    found = merged([...opened(book, judge, free, aspects, touchedBy), ...unblocked.map((b) => ({ t: b.t, options: [b.option] }))]);
  }
  return { placements: changes === 0 ? placements.slice() : placementsOf(placements, book), changes, gain };
}

/**
 * What a teacher's place counts in, for the terms that price a change: the teacher's subject
 * (shortage, posts, the baseline's groups) and the 优质均衡 indicators the model holds that count
 * him or her (the PE and arts teachers; the county-level-or-higher backbone, whom backbone balance
 * counts too). A change at a school moves the prices of the teachers who share one of these there;
 * every other term is about the teacher alone.
 */
function aspectsOf(t: Teacher): string[] {
  return [`subject:${t.subject}`, ...HELD_INDICATORS.filter((g) => countsToward(g, t.subject, isCountyBackbone(t)))];
}

/**
 * Above this many touched schools that concern a teacher, his or her changes are ranked afresh
 * rather than priced one touched school at a time. Measured on the 12,000-teacher bench county
 * (assign stage, two runs each): 4, 16 and 64 gave the same within the machine's noise.
 */
const FEW_SCHOOLS = 16;

/**
 * The changes a round can have opened. A change of a teacher's decision is priced by the counts at
 * the teacher's own school, current destination and new destination ({@link aspectsOf}), so after
 * a round that touched some schools, a teacher at a touched school that concerns him or her has new
 * prices throughout (ranked afresh), and any other only for moves to such schools (priced one by
 * one, or ranked afresh when they are many).
 */
function opened(book: PlanBook, judge: MoveClasses, free: readonly Teacher[], aspects: ReadonlyMap<Teacher, readonly string[]>, touchedBy: ReadonlyMap<string, ReadonlySet<string>>): Candidate[] {
  const { ctx } = book;
  const ranked: Teacher[] = [];
  const out: Candidate[] = [];
  for (const t of free) {
    const sets: ReadonlySet<string>[] = [];
    for (const a of aspects.get(t) ?? []) {
      const at = touchedBy.get(a);
      if (at) sets.push(at);
    }
    if (sets.length === 0) continue;
    const cur = book.dest.get(t.id);
    const near = new Set<string>();
    for (const at of sets) for (const d of at) near.add(d);
    if (near.has(t.schoolId) || (cur !== undefined && near.has(cur)) || near.size > FEW_SCHOOLS) {
      ranked.push(t);
      continue;
    }
    const from = ctx.schoolById.get(t.schoolId);
    const to = [...near].sort().filter((d) => {
      const school = ctx.schoolById.get(d);
      return from !== undefined && school !== undefined && judge.allowsMove({ teacher: t, from, to: school });
    });
    if (to.length === 0) continue;
    const totals = rankTotals(book, t, to);
    const options = to.flatMap((d, i) => ((totals[i] ?? 0) < -BETTER ? [{ to: d, total: totals[i] ?? 0 }] : []));
    if (options.length > 0) out.push({ t, options: options.sort(byOption) });
  }
  return [...candidates(book, ranked), ...out];
}

/** One candidate per teacher, with the options of all his or her entries (the first entry's price kept for an option listed twice). */
function merged(list: readonly Candidate[]): Candidate[] {
  const byTeacher = new Map<string, Candidate>();
  for (const c of list) {
    const had = byTeacher.get(c.t.id);
    if (!had) {
      byTeacher.set(c.t.id, { t: c.t, options: c.options.slice() });
      continue;
    }
    for (const o of c.options) if (!had.options.some((x) => x.to === o.to)) had.options.push(o);
    had.options.sort(byOption);
  }
  return [...byTeacher.values()];
}

/** A change a hard rule blocked: the teacher, the change, where the teacher was then, and whether a county-wide rule was among those broken. */
interface Blocked {
  t: Teacher;
  option: Candidate['options'][number];
  cur: string | undefined;
  wide: boolean;
}

/** The hard rules a change anywhere can make break or hold (HardRule.countyWide). */
const COUNTY_WIDE: ReadonlySet<string> = new Set(HARD_RULES.filter((r) => r.countyWide === true).map((r) => r.name));

/** Options as explain lists them: by total, a tie by school id (staying first). */
const byOption = (a: Candidate['options'][number], b: Candidate['options'][number]): number => (Math.abs(a.total - b.total) > BETTER ? a.total - b.total : a.to === undefined ? -1 : b.to === undefined ? 1 : a.to < b.to ? -1 : 1);

/** The teacher with the best change first, ties by teacher id. */
const byBest = (a: Candidate, b: Candidate): number => (a.options[0]?.total ?? 0) - (b.options[0]?.total ?? 0) || (a.t.id < b.t.id ? -1 : a.t.id > b.t.id ? 1 : 0);

/**
 * Each teacher's changes that lower the objective on the book as it is: staying (for a mover) and
 * the cheapest destinations, with room or full, as explain ranks and lists them (a full one breaks
 * the posts' rule unless a plan already breaks it). Whether a change keeps the rules is asked when
 * it is made.
 */
function candidates(book: PlanBook, free: readonly Teacher[]): Candidate[] {
  const rank = destinationRanking(book, { room: LISTED, full: LISTED_BREAKING });
  const out: Candidate[] = [];
  for (const t of free) {
    const options: Candidate['options'] = [];
    if (book.dest.has(t.id)) {
      const stay = changeTerms(book, t, null).total;
      if (stay < -BETTER) options.push({ to: undefined, total: stay });
    }
    for (const r of rank(t).candidates) if (r.total < -BETTER) options.push({ to: r.d.id, total: r.total });
    if (options.length === 0) continue;
    out.push({ t, options: options.sort(byOption) });
  }
  return out;
}

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

