import { backboneClass, type BackboneClass } from '../domain/backbone.js';
import { placeOf, sectioned } from '../domain/sections.js';
import type { School, Section, Teacher } from '../domain/types.js';
import { excludedFor, moveClasses } from '../rules/allows-move.js';
import type { PlanBook } from '../rules/book.js';
import { arriveCost, arriveSum, leaveCost, rewardAt } from './plan-terms.js';
import { noRoom, roomOf } from './room-at.js';

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
 * How far past the n-th cost a walk looks: a destination that costs more than that ranks after the
 * n-th under any tolerance below it that calls totals equal (explain's is 1e-9).
 */
const MARGIN = 1e-6;

/** Allowed destinations sorted by what arriving there costs, ties by id (a total order, so a walk can stop early). */
interface SortedRun {
  at: Int32Array;
  cost: Float64Array;
  /** For each position, the first position after it with another cost. */
  runEnd: Int32Array;
}

/**
 * A list of destinations sorted as far as walks read it: `first()` the cheapest (every one up to the
 * `head`-th cost, its ties included, so the head of the whole order; {@link PREFIX}), `all()` the whole.
 * Each is sorted on first use; a walk seldom reads past the head.
 */
interface Sorted {
  first: () => SortedRun;
  all: () => SortedRun;
}

/** How many of the cheapest destinations a list sorts first (`head`, by default): walks take 3 and 2, past the few a teacher's own rules exclude. A list of up to four times as many is sorted whole at once. */
const PREFIX = 16;

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
  /** What arriving at school `i` costs, less a reward (see prices). */
  price: (i: number, reward: number) => number;
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
export function destinationRanking(book: PlanBook, k: { room: number; full: number; head?: number }): (t: Teacher) => Ranked {
  const head = k.head ?? PREFIX;
  const { ctx } = book;
  const schools = ctx.schools;
  const index = new Map(schools.map((s, i) => [s.id, i]));
  const groups = new Map<string, Group>();

  const judge = moveClasses(schools, ctx);
  const classes = schools.map((s) => judge.classOf(s));
  const towns = schools.map((d) => d.township);

  /** The cost of each school of the list being sorted, by position in ctx.schools (one list at a time). */
  const costAt = new Float64Array(schools.length);
  /** `ids` by cost, then id: the head (see {@link Sorted}) and the whole, each made when first asked for. */
  const sorted = (ids: readonly number[], price: (i: number) => number): Sorted => {
    let first: SortedRun | undefined;
    let whole: SortedRun | undefined;
    const all = (): SortedRun => (whole ??= sortRun(ids, price));
    return {
      first: () => (first ??= ids.length <= 4 * head ? all() : sortRun(cheapest(ids, price), price)),
      all,
    };
  };

  /** Of `ids`, those that cost at most the `head`-th smallest cost (ties included), in `ids`' order. */
  const cheapest = (ids: readonly number[], price: (i: number) => number): number[] => {
    // The `head` smallest costs, kept sorted; a cost above the largest of them is passed over at once.
    const low: number[] = [];
    for (const i of ids) {
      const c = (costAt[i] = price(i));
      if (low.length === head && c >= (low[head - 1] ?? Infinity)) continue;
      let at = low.length;
      while (at > 0 && (low[at - 1] ?? 0) > c) at--;
      low.splice(at, 0, c);
      if (low.length > head) low.pop();
    }
    const bar = low[low.length - 1] ?? Infinity;
    return ids.filter((i) => (costAt[i] ?? 0) <= bar);
  };

  /** `ids` sorted by cost, then id, with the runs of equal costs. */
  const sortRun = (ids: readonly number[], price: (i: number) => number): SortedRun => {
    for (const i of ids) costAt[i] = price(i);
    const order = ids.slice().sort((a, b) => (costAt[a] ?? 0) - (costAt[b] ?? 0) || a - b);
    const n = order.length;
    const at = new Int32Array(n);
    const cost = new Float64Array(n);
    for (let p = 0; p < n; p++) {
      const i = order[p] ?? 0;
      at[p] = i;
      cost[p] = costAt[i] ?? 0;
    }
    const runEnd = new Int32Array(n);
    for (let p = n - 1; p >= 0; p--) runEnd[p] = p + 1 < n && cost[p + 1] === cost[p] ? (runEnd[p + 1] ?? 0) : p + 1;
    return { at, cost, runEnd };
  };

  /**
   * What arriving at each place (a school, or one section of a two-section school) costs a teacher
   * of subject `j` and a backbone class before the teacher's own rewards ({@link arriveSum}): the same
   * from any origin, with a reward or without. Filled on first use.
   */
  const priced = new Map<string, { sum: Float64Array; done: Uint8Array }>();
  const places = ctx.places;
  const placeIndex = new Map(places.map((p, i) => [p, i]));
  /**
   * The price of arriving at school `i` for a teacher of subject `j` and a backbone class, filling
   * the place `at[i]`, with the reward `reward` taken off: {@link arriveCost}'s number (0 where no place).
   */
  function prices(j: string, bc: BackboneClass, at: Int32Array): (i: number, reward: number) => number {
    const key = `${j}|${bc}`;
    let p = priced.get(key);
    if (!p) priced.set(key, (p = { sum: new Float64Array(places.length), done: new Uint8Array(places.length) }));
    const { sum, done } = p;
    return (i, reward) => {
      const k = at[i] ?? -1;
      if (k < 0) return 0;
      if (done[k] === 0) {
        sum[k] = arriveSum(book, j, bc, places[k] ?? '');
        done[k] = 1;
      }
      return (sum[k] ?? 0) - reward;
    };
  }

  // The classes of the schools, each judged once per question instead of once per school.
  const classList = [...new Set(classes)];
  const classAt = Int32Array.from(classes, (c) => classList.indexOf(c));
  /** Per subject: whether the rules on the destination let teachers of the subject arrive at each school, and which places have room (filled on first use). */
  const bySubject = new Map<string, { into: Uint8Array; noRoomAt: ReturnType<typeof roomOf> }>();
  const subjectOf = (j: string): { into: Uint8Array; noRoomAt: ReturnType<typeof roomOf> } => {
    let a = bySubject.get(j);
    if (!a) bySubject.set(j, (a = { into: Uint8Array.from(schools, (d) => (judge.into(j, d) ? 1 : 0)), noRoomAt: roomOf(book, j) }));
    return a;
  };
  /** Each school's own place (index in ctx.places), and per section each two-section school's place of that section (looked up on first use). */
  const ownPlaceAt = Int32Array.from(schools, (d) => placeIndex.get(d.id) ?? -1);
  const sectionPlaces = new Map<Section, Int32Array>();
  const sectionPlace = (i: number, d: School, sec: Section): number => {
    let a = sectionPlaces.get(sec);
    if (!a) sectionPlaces.set(sec, (a = new Int32Array(schools.length).fill(-2)));
    if (a[i] === -2) a[i] = placeIndex.get(placeOf(d, sec)) ?? -1;
    return a[i] ?? -1;
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
    const { into, noRoomAt } = subjectOf(j);
    const allowsClass = classList.map((c) => judge.allows(fromClass, c, tk));
    // The section of a two-section school a move fills depends on the school's class alone: asked once per class.
    const sectionIn = new Map<number, Section | undefined>();
    const sectionAt = (c: number): Section | undefined => {
      if (!sectionIn.has(c)) sectionIn.set(c, judge.section(fromClass, classList[c] ?? '', tk));
      return sectionIn.get(c);
    };
    schools.forEach((d, i) => {
      const c = classAt[i] ?? -1;
      if (!allowsClass[c] || into[i] !== 1) return;
      allowed[i] = 1;
      const sec = sectioned(d) ? sectionAt(c) : undefined;
      const k = sec === undefined ? (ownPlaceAt[i] ?? -1) : sectionPlace(i, d, sec);
      at[i] = k;
      const place = k >= 0 ? (places[k] ?? d.id) : sec === undefined ? d.id : placeOf(d, sec);
      (noRoomAt(fromSample, i, d, k, place) ? full : room).push(i);
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
    const price = prices(j, bc, at);
    const plain = rewardAt(ctx, 0, 0);
    const base = (i: number): number => price(i, plain);
    // A township's lists are sorted on first use.
    const homes = new Map<string, { room: Sorted; full: Sorted }>();
    const home = (town: string): { room: Sorted; full: Sorted } => {
      let h = homes.get(town);
      if (!h) {
        const { room: r, full: f } = byTownOf(sh).get(town) ?? { room: [], full: [] };
        const reward = rewardAt(ctx, 0, 1);
        const c = (i: number): number => price(i, reward);
        homes.set(town, (h = { room: sorted(r, c), full: sorted(f, c) }));
      }
      return h;
    };
    g = { allowed, place: at, size: room.length + full.length, fullById: Int32Array.from(full), room: sorted(room, base), full: sorted(full, base), home, price };
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
  function walk(sorted: Sorted, n: number, full: boolean, skip: (i: number) => boolean, out: Found): void {
    if (n === 0) return;
    let got = 0;
    let bound = Infinity;
    let top = -1;
    // The head first; a walk that reads past it goes on in the whole list, whose head it is.
    let list = sorted.first();
    for (let p = 0; ; ) {
      if (p >= list.at.length) {
        const whole = sorted.all();
        if (whole === list || p >= whole.at.length) break;
        list = whole;
      }
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
    const excluded = excludedFor(t, from, ctx);
    if (curId !== undefined) excluded.add(curId);
    // The schools out for this teacher (the current destination, those the rules on him or her exclude), by position.
    const outAt: number[] = [];
    for (const id of excluded) {
      const i = index.get(id);
      if (i !== undefined) outAt.push(i);
    }
    const out = (i: number): boolean => outAt.includes(i);
    let count = g.size;
    for (const i of outAt) if (g.allowed[i] === 1) count--;
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
      const k = g.place[i] ?? -1;
      const place = places[k] ?? d.id;
      const reward = rewardAt(ctx, 1, town !== undefined && town === d.township ? 1 : 0);
      found.cost.push(k < 0 ? arriveCost(book, j, bc, place, reward) : g.price(i, reward));
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
