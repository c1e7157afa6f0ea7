import { backboneClass, type BackboneClass } from '../domain/backbone.js';
import { placesOf, schoolOfPlace } from '../domain/sections.js';
import type { School, Teacher } from '../domain/types.js';
import type { MoveClasses } from '../rules/allows-move.js';
import { placeFor, type PlanBook } from '../rules/book.js';
import { isHome } from '../rules/home-township.js';
import { isPreferred } from '../rules/preference.js';
import { leavingBroken } from './change-rules.js';
import { arriveSum, changeTerms, modelLeave, modelPartOf, rewardAt, teacherLeave, teacherPartOf } from './plan-terms.js';

/** A change lowers the objective when it does so by more than this (explain's tolerance for a tie). */
export const BETTER = 1e-9;

/**
 * How far the model's part of a change found by its split prices (leave + arrive) may be from 0 for
 * the change to be a candidate: the split sums the same terms in another order, so it can differ
 * from the exact change in the last bits. Whether a candidate is a tie is decided by the exact change
 * ({@link changeTerms}) when it is made.
 */
const NEAR = 1e-7;

/** Arrival prices are indexed by value in steps of this size (a tie is looked up in three steps). */
const STEP = 1e-6;

/** A single change of a teacher's decision: the new destination (undefined = staying) and its total, as priced when found. */
export interface ChangeOption {
  to: string | undefined;
  total: number;
}

/** A teacher's candidate changes, best first. */
export interface ChangeCandidate {
  t: Teacher;
  options: ChangeOption[];
}

/**
 * Finds the candidate changes of a plan's book as it changes: `find` on the book as it is (after
 * the first, only what the changes told to `moved` since can have changed; for changes that lower
 * the model's terms, since the last find that looked for them, unless its room was smaller),
 * the changes that lower the model's terms by at most `room` as well as the ties (room 0: ties
 * only); `moved` after each change made to the book (`t` went from `cur` to `next`, undefined = the
 * own school).
 */
export interface SingleChanges {
  find(free: readonly Teacher[], room?: number): ChangeCandidate[];
  moved(t: Teacher, cur: string | undefined, next: string | undefined): void;
}

/**
 * The single changes of free teachers that lower the objective and leave the model's terms as they
 * are (a tie for the model) or lower them by no more than a room, found without pricing every
 * destination for every teacher.
 *
 * A move's change splits into the model's terms' part, leave + arrive (what arriving at a place
 * costs a teacher of a subject and backbone class, the same for all of them), and the teacher's own
 * part: what his or her current decision earns (leave) less the reward at the destination
 * (preference, home township). A tie lowers the objective only through the teacher's own part. So
 * a teacher whose own leave part is not below 0 (a mover, whose priority is earned whichever school
 * he or she goes to, or a teacher without priority points) gains only at a school that rewards him
 * or her more than that: the preferred schools are priced one by one, the home township's places
 * looked up. Any other teacher may gain anywhere the arrival costs exactly what leaving saves. The
 * places are indexed by their arrival price, per subject and backbone class (and by township), and
 * looked up. Staying is priced for a mover whose own part of it is below 0.
 *
 * Given a room, every teacher may gain anywhere the arrival costs at most what leaving saves and
 * no less than that less the room: those places are looked up in the places sorted by price, and
 * staying is priced for every mover. A teacher who stays and whom a rule bars from leaving (a school
 * at its outflow cap, HardRule.leaveOnly) is passed over: every move of his or her would break it.
 *
 * The arrival prices read the counts at the place's school only (the 优质均衡 indicators hold the
 * county mean at the one before the plan): a change touches its teacher's destinations before and
 * after it, and the own school when the teacher starts or stops moving; the next find prices the
 * places of the schools touched again.
 */
export function singleChanges(book: PlanBook, judge: MoveClasses): SingleChanges {
  const { ctx } = book;
  const places = ctx.places;
  const placeIndex = new Map(places.map((p, i) => [p, i]));
  const schoolPlaces = new Map(ctx.schools.map((s) => [s.id, placesOf(s).flatMap(([p]) => placeIndex.get(p) ?? [])]));
  const towns = new Set(ctx.schools.flatMap((s) => (s.township !== undefined ? [s.township] : [])));
  const townAt = places.map((pl) => ctx.schoolById.get(schoolOfPlace(pl))?.township);
  const homeReward = rewardAt(ctx, 0, 1);

  /** Arrival prices of one subject and backbone class, per place; `done` where priced; by value once a lookup asked. */
  interface Prices {
    j: string;
    bc: BackboneClass;
    sum: Float64Array;
    done: Uint8Array;
    /** Places by the step of their price, and by step and township (`step|town`). */
    byValue?: Map<number | string, Set<number>>;
    /** Every place by price, lowest first, once a range was asked (undefined again when a price changes). */
    order?: Int32Array;
  }
  const priced = new Map<string, Prices>();
  const pricesOf = (j: string, bc: BackboneClass): Prices => {
    const key = `${j}|${bc}`;
    let p = priced.get(key);
    if (!p) priced.set(key, (p = { j, bc, sum: new Float64Array(places.length), done: new Uint8Array(places.length) }));
    return p;
  };
  const priceAt = (p: Prices, k: number): number => {
    if (p.done[k] === 0) {
      p.sum[k] = arriveSum(book, p.j, p.bc, places[k] ?? '');
      p.done[k] = 1;
    }
    return p.sum[k] ?? 0;
  };
  const slot = (v: number): number => Math.round(v / STEP);
  /** The index keys of a place at a price: the price's step, and with the place's township. */
  const keysOf = (k: number, v: number): (number | string)[] => {
    const town = townAt[k];
    return town === undefined ? [slot(v)] : [slot(v), `${slot(v)}|${town}`];
  };
  const file = (p: Prices, k: number): void => {
    for (const key of keysOf(k, priceAt(p, k))) {
      const set = p.byValue?.get(key);
      if (set) set.add(k);
      else p.byValue?.set(key, new Set([k]));
    }
  };
  const unfile = (p: Prices, k: number): void => {
    for (const key of keysOf(k, p.sum[k] ?? 0)) p.byValue?.get(key)?.delete(k);
  };
  /** Calls `each` with every place whose arrival price is within a step of `v` (of the schools of township `town` only, if given). */
  const near = (p: Prices, v: number, each: (k: number) => void, town?: string): void => {
    if (!p.byValue) {
      p.byValue = new Map();
      for (let k = 0; k < places.length; k++) file(p, k);
    }
    const at = slot(v);
    for (let s = at - 1; s <= at + 1; s++) {
      const set = p.byValue.get(town === undefined ? s : `${s}|${town}`);
      if (set) for (const k of set) each(k);
    }
  };
  /** Calls `each` with every place whose arrival price is in [lo, hi]. */
  const within = (p: Prices, lo: number, hi: number, each: (k: number) => void): void => {
    let order = p.order;
    if (!order) {
      for (let k = 0; k < places.length; k++) priceAt(p, k);
      order = p.order = Int32Array.from(places.keys()).sort((a, b) => (p.sum[a] ?? 0) - (p.sum[b] ?? 0) || a - b);
    }
    let a = 0;
    let b = order.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if ((p.sum[order[m] ?? 0] ?? 0) < lo) a = m + 1;
      else b = m;
    }
    for (let i = a; i < order.length; i++) {
      const k = order[i] ?? 0;
      if ((p.sum[k] ?? 0) > hi) break;
      each(k);
    }
  };

  /** Each place's school, and whether it is one of two sections (where the section a teacher fills must be asked). */
  const schoolAt = places.map((pl) => ctx.schoolById.get(schoolOfPlace(pl)));
  const twoAt = Uint8Array.from(places, (pl) => (schoolOfPlace(pl) !== pl ? 1 : 0));
  /** How far the model's terms may fall at this find (0: ties only). */
  let room = 0;
  /** Whether the model's part `m` of a change is what this find looks for: a tie, or a fall within the room. */
  const inRoom = (m: number): boolean => m <= NEAR && m >= -room - NEAR;
  /** Adds moving `t` to `d` (arriving at a price of `arrive`) to `options` when its model part is in the room, it lowers the objective and every move rule allows it. */
  const consider = (t: Teacher, from: School, leave: Leave, d: School, arrive: number, options: ChangeOption[]): void => {
    if (!inRoom(leave.model + arrive)) return;
    const total = leave.model + leave.teacher + arrive - rewardAt(ctx, isPreferred(t, d.id), isHome(ctx, t, d.id));
    if (total >= -BETTER || !judge.allowsMove({ teacher: t, from, to: d })) return;
    options.push({ to: d.id, total });
  };

  /**
   * What changed since a find: the schools touched (undefined before the first: everything), their
   * places (marked, and listed), and the teachers who had candidates at that find.
   */
  interface Since {
    schools: Set<string> | undefined;
    marks: Uint8Array;
    list: Set<number>;
    had: Set<Teacher>;
  }
  const since = (): Since => ({ schools: undefined, marks: new Uint8Array(places.length), list: new Set(), had: new Set() });
  const restart = (s: Since, had: Set<Teacher>): void => {
    s.schools = new Set();
    s.marks.fill(0);
    s.list.clear();
    s.had = had;
  };
  /** Since the last find, and since the last find that looked for changes lowering the model's terms (rounds of ties only may come between). */
  const sinceAny = since();
  const sinceLower = since();
  /** The room of the last find that looked for such changes. */
  let lowerRoom = 0;
  /** Schools touched since the last find whose places are still to be priced again. */
  const unpriced = new Set<string>();
  /** Each teacher's leave prices (see {@link consider}), and whether a rule bars him or her from leaving. */
  const leaves = new Map<Teacher, Leave>();
  /** Marks the places of the schools touched since the last find, and prices them again where they were priced. */
  const reprice = (): void => {
    const ks = new Set<number>();
    for (const id of unpriced) for (const k of schoolPlaces.get(id) ?? []) ks.add(k);
    unpriced.clear();
    for (const s of [sinceAny, sinceLower]) {
      for (const k of ks) {
        s.marks[k] = 1;
        s.list.add(k);
      }
    }
    for (const p of priced.values()) {
      for (const k of ks) {
        if (p.done[k] === 0) continue;
        if (p.byValue) unfile(p, k);
        p.done[k] = 0;
        p.order = undefined;
        if (p.byValue) file(p, k);
      }
    }
  };

  return {
    moved(t, cur, next) {
      // The own school's counts change only when the teacher starts or stops moving.
      for (const id of [(cur === undefined) !== (next === undefined) ? t.schoolId : undefined, cur, next]) {
        if (id === undefined) continue;
        sinceAny.schools?.add(id);
        sinceLower.schools?.add(id);
        unpriced.add(id);
      }
    },
    find(free, lowerBy = 0) {
      reprice();
      room = Math.max(0, lowerBy);
      // Looking for changes that lower the model's terms: no teacher can be passed over for his or her own part.
      const lower = room > NEAR;
      // Such a find needs to look only at what changed since the last of its kind (a room larger than that one's: at everything).
      if (lower && room > lowerRoom + NEAR) sinceLower.schools = undefined;
      const view = lower ? sinceLower : sinceAny;
      const touched = view.schools;
      const out: ChangeCandidate[] = [];
      for (const t of free) {
        const from = ctx.schoolById.get(t.schoolId);
        if (!from) continue;
        const cur = book.dest.get(t.id);
        // A teacher whose own school and current destination are as they were keeps his or her leave
        // prices, staying's among them: only the touched places can hold a new candidate. One who had
        // candidates at the last find is looked at afresh (a rule that blocked one may hold now).
        const whole = touched === undefined || view.had.has(t) || touched.has(t.schoolId) || (cur !== undefined && touched.has(cur));
        const options: ChangeOption[] = [];
        if (whole && cur !== undefined && (lower || teacherPartOf(book, t, null) < -BETTER)) {
          const e = changeTerms(book, t, null);
          if (e.total < -BETTER && inRoom(modelPartOf(e.delta))) options.push({ to: undefined, total: e.total });
        }
        let leave = whole ? undefined : leaves.get(t);
        if (!leave) {
          const own = teacherLeave(book, t);
          // Not below 0, for a tie: only a school that rewards the teacher more than his or her current decision can pay.
          if (!lower && own >= -BETTER && !t.preferences.some((id) => rewardAt(ctx, 1, isHome(ctx, t, id)) > own + BETTER) && !(t.homeTownship !== undefined && towns.has(t.homeTownship) && homeReward > own + BETTER)) {
            if (options.length > 0) out.push({ t, options });
            leaves.delete(t);
            continue;
          }
          leaves.set(t, (leave = { model: modelLeave(book, t), teacher: own, barred: cur === undefined && leavingBroken(book, t).length > 0 }));
        }
        // A teacher who stays and may not leave (a school at its outflow cap) has no move to make: its places are not looked at.
        if (leave.barred) {
          if (options.length > 0) out.push({ t, options });
          continue;
        }
        const p = pricesOf(t.subject, backboneClass(t));
        const prefs = t.preferences;
        // A place found by its price, if it may hold a new candidate: each school once, at the place of it the teacher would fill.
        const atPlace = (k: number, skipPreferred: boolean): void => {
          if (!whole && view.marks[k] === 0) return;
          const d = schoolAt[k];
          if (d === undefined || d.id === t.schoolId || d.id === cur || (skipPreferred && prefs.includes(d.id))) return;
          if (twoAt[k] === 1 && placeFor(book, t, d.id) !== places[k]) return;
          consider(t, from, leave, d, priceAt(p, k), options);
        };
        if (lower) {
          // Every place where arriving costs at most what leaving saves, and no less than that less the room.
          const [lo, hi] = [-leave.model - room - NEAR, -leave.model + NEAR];
          if (whole) within(p, lo, hi, (k) => atPlace(k, false));
          else for (const k of view.list) if (priceAt(p, k) >= lo && priceAt(p, k) <= hi) atPlace(k, false);
        } else if (leave.teacher < -BETTER) {
          near(p, -leave.model, (k) => atPlace(k, false));
        } else {
          // The schools that reward the teacher more than his or her current decision, each once: those asked for, then the others of the home township.
          for (let i = 0; i < prefs.length; i++) {
            const id = prefs[i] ?? '';
            if (prefs.indexOf(id) !== i || id === t.schoolId || id === cur || !(whole || touched.has(id)) || rewardAt(ctx, 1, isHome(ctx, t, id)) <= leave.teacher + BETTER) continue;
            const d = ctx.schoolById.get(id);
            if (!d) continue;
            const place = placeFor(book, t, id);
            const k = placeIndex.get(place);
            consider(t, from, leave, d, k === undefined ? arriveSum(book, t.subject, p.bc, place) : priceAt(p, k), options);
          }
          const town = t.homeTownship;
          if (town !== undefined && homeReward > leave.teacher + BETTER) near(p, -leave.model, (k) => atPlace(k, true), town);
        }
        if (options.length > 0) out.push({ t, options: options.sort(byOption) });
      }
      const had = new Set(out.map((c) => c.t));
      restart(sinceAny, had);
      if (lower) {
        restart(sinceLower, had);
        lowerRoom = room;
      }
      return out;
    },
  };
}

/** What a teacher's current decision contributes to any change of it: the model's part and his or her own; and whether, staying now, a rule bars leaving. */
interface Leave {
  model: number;
  teacher: number;
  barred: boolean;
}

/** Options as explain lists them: by total, a tie by school id (staying first). */
const byOption = (a: ChangeOption, b: ChangeOption): number => (Math.abs(a.total - b.total) > BETTER ? a.total - b.total : a.to === undefined ? -1 : b.to === undefined ? 1 : a.to < b.to ? -1 : 1);
