import { backboneClass, type BackboneClass } from '../domain/backbone.js';
import { placeOf, twoSections } from '../domain/sections.js';
import type { School, Teacher } from '../domain/types.js';
import { postsAt } from '../model/context.js';
import { isTwoWay } from '../domain/direction.js';
import { excludedFor, moveClasses } from '../rules/allows-move.js';
import { twoWayFull } from '../rules/two-way.js';
import { afterAt, type PlanBook } from '../rules/book.js';
import { arriveCost, leaveCost, rewardAt } from './plan-terms.js';

/** A destination with its total change of the objective (exactly {@link rankTotals}' number) and whether the subject is full there. */
export interface Rated {
  d: School;
  total: number;
  full: boolean;
}

/** What a teacher's ranking needs from all the allowed destinations without pricing them all. */
export interface Ranked {
  /**
   * Every destination that can be among the `room` cheapest with room and the `full` cheapest
   * without (ties kept), in id order: no other allowed destination can displace one of them.
   */
  candidates: Rated[];
  /** Allowed destinations in all: every move rule (direction, same subject, not the own school, not forbidden by a lock), not the current destination. */
  count: number;
  /** The first allowed destination (by id) where the subject is full. */
  firstFull: School | undefined;
}

/**
 * Whether a destination has no room for one more teacher of subject `j` from `from`: the subject's
 * posts are full, or (a two-way move, 跟岗交流) its two-way arrivals already match its departures.
 * The direction class decides whether a move is two-way, so the answer is the same from any school of `from`'s class.
 * `place`: the section of a two-section school the move fills (its posts are counted apart).
 */
export function noRoom(book: PlanBook, from: School | undefined, d: School, j: string, place: string = d.id): boolean {
  if (afterAt(book, place, j) + 1 > postsAt(book.ctx, place, j)) return true;
  return from !== undefined && isTwoWay(from, d, book.ctx.policy) && twoWayFull(book, d.id, j);
}

/**
 * How far past the n-th cost a walk looks: a destination that costs more than that ranks after the
 * n-th under any tolerance below it that calls totals equal (explain's is 1e-9).
 */
const MARGIN = 1e-6;

/** Allowed destinations sorted by what arriving there costs, ties by id (a total order, so a walk can stop early). */
interface Sorted {
  at: Int32Array;
  cost: Float64Array;
  /** For each position, the first position after it with another cost. */
  runEnd: Int32Array;
}

/** The destinations allowed from a class of schools for a class of teachers in a subject, priced once for a backbone class. */
interface Group {
  allowed: Uint8Array;
  /** Per school: the place (index in ctx.places) a teacher of the group fills there, −1 when not allowed. */
  place: Int32Array;
  size: number;
  /** Allowed and full, by id. */
  fullById: Int32Array;
  room: Sorted;
  full: Sorted;
  /** The same for the schools of one township, priced with the home-township reward (sorted on first use). */
  home: (town: string) => { room: Sorted; full: Sorted };
}

/**
 * Ranks a teacher's allowed destinations by the exact change of the objective, without pricing
 * each one for each teacher. Arriving at a destination costs the same for every teacher of a
 * subject and backbone class except for the teacher's own rewards (preference, home township),
 * and the allowed set depends only on the origin's class (the join of every move rule's key on
 * two schools, see allows-move.ts), the subject and the schools the rules on one teacher exclude.
 * So the destinations are priced and sorted once per (origin class, subject, backbone class), those
 * of a township once more with the home-township reward; a teacher walks the sorted lists past
 * the current destination, the schools excluded for him or her and rewarded schools, and prices his or her
 * preferred schools apart. Totals are leave + arrive, the same numbers as {@link rankTotals}.
 */
export function destinationRanking(book: PlanBook, k: { room: number; full: number }): (t: Teacher) => Ranked {
  const { ctx } = book;
  const schools = ctx.schools;
  const index = new Map(schools.map((s, i) => [s.id, i]));
  const groups = new Map<string, Group>();

  const judge = moveClasses(schools, ctx);
  const classes = schools.map((s) => judge.classOf(s));
  const towns = schools.map((d) => d.township);

  /** `ids` by cost, then id. */
  const sorted = (ids: readonly number[], c: Float64Array): Sorted => {
    const order = ids.slice().sort((a, b) => (c[a] ?? 0) - (c[b] ?? 0) || a - b);
    const cost = Float64Array.from(order, (i) => c[i] ?? 0);
    const runEnd = new Int32Array(order.length);
    for (let p = order.length - 1; p >= 0; p--) runEnd[p] = p + 1 < order.length && cost[p + 1] === cost[p] ? (runEnd[p + 1] ?? 0) : p + 1;
    return { at: Int32Array.from(order), cost, runEnd };
  };

  /**
   * What arriving at each school costs a teacher of subject `j` and a backbone class, without the
   * teacher's rewards (`base`) and with the home-township reward (`home`): the same from any origin.
   * Filled on first use.
   */
  const priced = new Map<string, { base: Float64Array; home: Float64Array; done: Uint8Array }>();
  const places = ctx.places;
  const placeIndex = new Map(places.map((p, i) => [p, i]));
  /** Prices per place (a school, or one section of a two-section school), gathered into an array per school by `at`. */
  function prices(j: string, bc: BackboneClass, ids: readonly number[], home: boolean, at: Int32Array): Float64Array {
    const key = `${j}|${bc}`;
    let p = priced.get(key);
    if (!p) priced.set(key, (p = { base: new Float64Array(places.length), home: new Float64Array(places.length), done: new Uint8Array(places.length) }));
    const bit = home ? 2 : 1;
    const out = new Float64Array(schools.length);
    const table = home ? p.home : p.base;
    for (const i of ids) {
      const k = at[i] ?? -1;
      if (k < 0) continue;
      const done = p.done[k] ?? 0;
      if ((done & bit) === 0) {
        table[k] = arriveCost(book, j, bc, places[k] ?? '', home ? rewardAt(ctx, 0, 1) : rewardAt(ctx, 0, 0));
        p.done[k] = done | bit;
      }
      out[i] = table[k] ?? 0;
    }
    return out;
  }

  // The classes of the schools, each judged once per question instead of once per school.
  const classList = [...new Set(classes)];
  const classAt = Int32Array.from(classes, (c) => classList.indexOf(c));
  /** Per subject: whether the rules on the destination let teachers of the subject arrive at each school (filled on first use). */
  const intoBySubject = new Map<string, Uint8Array>();
  const intoOf = (j: string): Uint8Array => {
    let a = intoBySubject.get(j);
    if (!a) intoBySubject.set(j, (a = Uint8Array.from(schools, (d) => (judge.into(j, d) ? 1 : 0))));
    return a;
  };

  /** What a group's destinations are, whatever the backbone class: allowed, the place filled at each, with room or full (in school order). */
  interface Shape {
    allowed: Uint8Array;
    at: Int32Array;
    room: number[];
    full: number[];
    byTown: Map<string, { room: number[]; full: number[] }> | undefined;
  }
  const shapes = new Map<string, Shape>();
  function shape(fromClass: string, tk: string, j: string): Shape {
    const key = `${fromClass}|${tk}|${j}`;
    let sh = shapes.get(key);
    if (sh) return sh;
    const allowed = new Uint8Array(schools.length);
    const at = new Int32Array(schools.length).fill(-1);
    const room: number[] = [];
    const full: number[] = [];
    const fromSample = schools[classes.indexOf(fromClass)];
    const into = intoOf(j);
    const allowsClass = classList.map((c) => judge.allows(fromClass, c, tk));
    schools.forEach((d, i) => {
      const c = classAt[i] ?? -1;
      if (!allowsClass[c] || into[i] !== 1) return;
      allowed[i] = 1;
      const sec = twoSections(d) ? judge.section(fromClass, classList[c] ?? '', tk) : undefined;
      const place = sec === undefined ? d.id : placeOf(d, sec);
      at[i] = placeIndex.get(place) ?? -1;
      (noRoom(book, fromSample, d, j, place) ? full : room).push(i);
    });
    sh = { allowed, at, room, full, byTown: undefined };
    shapes.set(key, sh);
    return sh;
  }

  /** The schools of each township of a shape, split once on first use. */
  function byTownOf(sh: Shape): Map<string, { room: number[]; full: number[] }> {
    if (!sh.byTown) {
      const byTown = new Map<string, { room: number[]; full: number[] }>();
      for (const [list, name] of [[sh.room, 'room'], [sh.full, 'full']] as const) {
        for (const i of list) {
          const at = towns[i];
          if (at === undefined) continue;
          let b = byTown.get(at);
          if (!b) byTown.set(at, (b = { room: [], full: [] }));
          b[name].push(i);
        }
      }
      sh.byTown = byTown;
    }
    return sh.byTown;
  }

  function group(fromClass: string, tk: string, j: string, bc: BackboneClass): Group {
    const key = `${fromClass}|${tk}|${j}|${bc}`;
    let g = groups.get(key);
    if (g) return g;
    const sh = shape(fromClass, tk, j);
    const { allowed, at, room, full } = sh;
    const base = prices(j, bc, [...room, ...full], false, at);
    // A township's lists are sorted on first use.
    const homes = new Map<string, { room: Sorted; full: Sorted }>();
    const home = (town: string): { room: Sorted; full: Sorted } => {
      let h = homes.get(town);
      if (!h) {
        const { room: r, full: f } = byTownOf(sh).get(town) ?? { room: [], full: [] };
        const c = prices(j, bc, [...r, ...f], true, at);
        homes.set(town, (h = { room: sorted(r, c), full: sorted(f, c) }));
      }
      return h;
    };
    g = { allowed, place: at, size: room.length + full.length, fullById: Int32Array.from(full), room: sorted(room, base), full: sorted(full, base), home };
    groups.set(key, g);
    return g;
  }

  /** Candidates as they are found: school position, arrival cost, whether the subject is full there. */
  interface Found {
    at: number[];
    cost: number[];
    full: boolean[];
  }

  /**
   * Adds to `out` every entry of a sorted list that `skip` lets through and that can be among its
   * first `n` under a comparison that calls totals within 1e-9 equal and then orders by id: the
   * first `n`, then, up to MARGIN past the n-th, those with an id below one already taken (ties
   * by id); an entry past that, or with a higher id than all taken, ranks after all of them.
   */
  function walk(list: Sorted, n: number, full: boolean, skip: (i: number) => boolean, out: Found): void {
    if (n === 0) return;
    let got = 0;
    let bound = Infinity;
    let top = -1;
    for (let p = 0; p < list.at.length; ) {
      const i = list.at[p] ?? 0;
      const c = list.cost[p] ?? 0;
      if (c > bound) break;
      if (got === n && i > top) {
        // The rest of this run of equal costs has higher ids still.
        p = list.runEnd[p] ?? list.at.length;
        continue;
      }
      p++;
      if (skip(i)) continue;
      out.at.push(i);
      out.cost.push(c);
      out.full.push(full);
      if (i > top) top = i;
      if (++got === n) bound = c + MARGIN;
    }
  }

  return (t: Teacher): Ranked => {
    const from = ctx.schoolById.get(t.schoolId);
    if (!from) return { candidates: [], count: 0, firstFull: undefined };
    const j = t.subject;
    const fromAt = index.get(from.id) ?? -1;
    // Arrivals are counted per backbone class (none, school level, county level or higher): so are the prices.
    const bc = backboneClass(t);
    const g = group(classes[fromAt] ?? judge.classOf(from), judge.teacherClass(t), j, bc);
    const curId = book.dest.get(t.id);
    const curAt = curId === undefined ? -1 : (index.get(curId) ?? -1);
    const excluded = excludedFor(t, from, ctx);
    if (curId !== undefined) excluded.add(curId);
    const out = (i: number): boolean => i === curAt || excluded.has(schools[i]?.id ?? '');
    let count = g.size;
    for (const id of excluded) {
      const i = index.get(id);
      if (i !== undefined && g.allowed[i] === 1) count--;
    }
    let firstFull: School | undefined;
    for (const i of g.fullById) {
      if (!out(i)) {
        firstFull = schools[i];
        break;
      }
    }
    // Preferred schools carry the teacher's own reward: priced apart, and skipped in the lists.
    const preferred: number[] = [];
    for (const p of t.preferences) {
      const i = index.get(p);
      if (i !== undefined && g.allowed[i] === 1 && !out(i) && !preferred.includes(i)) preferred.push(i);
    }
    const town = t.homeTownship;
    const found: Found = { at: [], cost: [], full: [] };
    const skipMain = (i: number): boolean => out(i) || (town !== undefined && towns[i] === town) || (preferred.length > 0 && preferred.includes(i));
    walk(g.room, k.room, false, skipMain, found);
    walk(g.full, k.full, true, skipMain, found);
    if (town !== undefined) {
      const home = g.home(town);
      const skipHome = (i: number): boolean => out(i) || (preferred.length > 0 && preferred.includes(i));
      walk(home.room, k.room, false, skipHome, found);
      walk(home.full, k.full, true, skipHome, found);
    }
    for (const i of preferred) {
      const d = schools[i];
      if (!d) continue;
      found.at.push(i);
      const place = places[g.place[i] ?? -1] ?? d.id;
      found.cost.push(arriveCost(book, j, bc, place, rewardAt(ctx, 1, town !== undefined && town === d.township ? 1 : 0)));
      found.full.push(noRoom(book, from, d, j, place));
    }
    const leave = leaveCost(book, t);
    const order = found.at.map((_, x) => x).sort((a, b) => (found.at[a] ?? 0) - (found.at[b] ?? 0));
    const candidates: Rated[] = [];
    for (const x of order) {
      const d = schools[found.at[x] ?? -1];
      if (d) candidates.push({ d, total: leave + (found.cost[x] ?? 0), full: found.full[x] ?? false });
    }
    return { candidates, count, firstFull };
  };
}
