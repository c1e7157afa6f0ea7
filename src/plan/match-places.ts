/**
 * Names movers for places: a capacitated bipartite matching of the teachers of one subject and
 * class to the places the solved counts open (assign-teachers.ts), greedy by what each teacher
 * asked for, then by augmenting paths (Kuhn) for the rest.
 */
import type { School, Teacher } from '../domain/types.js';

type Match = { ok: true; pairs: [Teacher, string][] } | { ok: false; unplaced: Teacher };

/** A place to be filled: a school, or one section of a two-section school (`id` is the place); `k` its position among the places of its match. */
export interface Spot {
  id: string;
  school: School;
  k: number;
}

/**
 * How much a teacher likes places: `of` gives the score (0: not at all), `among` the places he or
 * she may like at all (any others score 0), so that only those are scored. Without `among`
 * every allowed place is scored.
 */
export interface Liking {
  of: (d: Spot) => number;
  among?: readonly Spot[];
}

/**
 * The places a teacher may take: those of `spots` (each place once, in the order tried after the
 * liked ones; teachers alike share one list) but those of the school `except` (the teacher's own,
 * say), so that teachers alike from many schools still share one list.
 */
export interface Allowed {
  spots: Spot[];
  except?: string;
}

/**
 * A list of allowed places as the search reads it, made once per list (teachers alike share
 * theirs). Its longest tail in rising position (`from` on; the whole list when it comes in position
 * order, as a plan's do) is also held as bits, so that a search finds the next place it has not yet
 * looked at a word of 32 places at a time: most places of most lists are looked at already when a
 * teacher is reached.
 */
interface List {
  list: Spot[];
  from: number;
  tail: Uint32Array;
  /** Every place of the list, as bits: which places a teacher's liking may pick. */
  has: Uint32Array;
  /** While teachers are put greedily places only fill: where the last teacher with this list found room. */
  firstOpen: number;
}

/** One teacher's places in the order tried: those liked (best first, ties by id), then the rest of the list as it is, but the positions `except`. */
interface Options {
  liked: Spot[];
  allowed: List;
  except: number[];
  /** How many places the teacher may take. */
  count: number;
}

const bitOf = (bits: Uint32Array, k: number): boolean => (((bits[k >>> 5] ?? 0) >>> (k & 31)) & 1) === 1;
const setBit = (bits: Uint32Array, k: number): void => {
  bits[k >>> 5] = (bits[k >>> 5] ?? 0) | (1 << (k & 31));
};

function listOf(list: Spot[], words: number): List {
  const tail = new Uint32Array(words);
  const has = new Uint32Array(words);
  let from = list.length;
  while (from > 0 && (from === list.length || (list[from - 1] as Spot).k < (list[from] as Spot).k)) from--;
  list.forEach((d, i) => {
    setBit(has, d.k);
    if (i >= from) setBit(tail, d.k);
  });
  return { list, from, tail, has, firstOpen: 0 };
}

/** The places of `allowed` (but the positions `except`) that `liking` scores, highest first, ties by id (`scored` marks those already looked at, with `stamp`). */
function likedOf(allowed: List, except: readonly number[], liking: Liking, scored: Int32Array, stamp: number): Spot[] {
  const score = new Map<Spot, number>();
  for (const d of liking.among ?? allowed.list) {
    if (scored[d.k] === stamp || !bitOf(allowed.has, d.k) || except.includes(d.k)) continue;
    scored[d.k] = stamp;
    const l = liking.of(d);
    if (l !== 0) score.set(d, l);
  }
  if (score.size === 0) return [];
  return [...score.keys()].sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0) || (a.id < b.id ? -1 : 1));
}

/**
 * Capacitated bipartite matching: greedy by liking, then augmenting paths (Kuhn) for the rest.
 * `allowedSpots` gives each teacher's places, each once (teachers alike may share one list);
 * `spots[k]` is the place at position k. Measured on an 80,000-teacher city, one match (1,355
 * teachers, 534 places, 195 teachers left by the greedy pass) looked at 14 million places one by
 * one, hence the bits.
 */
export function matchTeachers(ts: Teacher[], spots: readonly Spot[], cap: Map<string, number>, allowedSpots: (t: Teacher) => Allowed, likingOf: (t: Teacher) => Liking): Match {
  const words = (spots.length + 31) >>> 5;
  const byK: Spot[] = [];
  for (const d of spots) byK[d.k] = d;
  const left = Int32Array.from(byK, (d) => cap.get(d.id) ?? 0);
  const at: Teacher[][] = byK.map(() => []);
  const where = new Map<Teacher, Spot>();
  const options = new Map<Teacher, Options>();
  const lists = new Map<Spot[], List>();
  const scored = new Int32Array(byK.length);
  const ofSchool = new Map<string, number[]>();
  for (const d of byK) ofSchool.set(d.school.id, [...(ofSchool.get(d.school.id) ?? []), d.k]);
  ts.forEach((t, i) => {
    const { spots: list, except: no } = allowedSpots(t);
    let allowed = lists.get(list);
    if (!allowed) lists.set(list, (allowed = listOf(list, words)));
    const except = no === undefined ? [] : (ofSchool.get(no) ?? []).filter((k) => bitOf(allowed.has, k));
    options.set(t, { liked: likedOf(allowed, except, likingOf(t), scored, i + 1), allowed, except, count: list.length - except.length });
  });
  const put = (t: Teacher, d: Spot): void => {
    where.set(t, d);
    (at[d.k] as Teacher[]).push(t);
    left[d.k] = (left[d.k] ?? 0) - 1;
  };
  // Teachers with the fewest options choose first, so forbid locks rarely block.
  const order = [...ts].sort((a, b) => (options.get(a)?.count ?? 0) - (options.get(b)?.count ?? 0));
  const waiting: Teacher[] = [];
  for (const t of order) {
    const o = options.get(t) as Options;
    let d = o.liked.find((s) => (left[s.k] ?? 0) > 0);
    if (!d) {
      // The liked places (in the list too) have no room: the first with room is the list's.
      const a = o.allowed;
      let p = a.firstOpen;
      while (p < a.list.length && (left[a.list[p]?.k ?? 0] ?? 0) <= 0) p++;
      a.firstOpen = p;
      // The places the teacher may not take are passed over for him or her alone.
      while (p < a.list.length && ((left[a.list[p]?.k ?? 0] ?? 0) <= 0 || o.except.includes(a.list[p]?.k ?? 0))) p++;
      d = a.list[p];
    }
    if (d) put(t, d);
    else waiting.push(t);
  }
  // The places the present search went through.
  const seen = new Uint32Array(words);
  const augment = (u: Teacher): boolean => {
    const o = options.get(u) as Options;
    for (const d of o.liked) if (!bitOf(seen, d.k) && through(u, d)) return true;
    const a = o.allowed;
    for (let i = 0; i < a.from; i++) {
      const d = a.list[i] as Spot;
      if (!bitOf(seen, d.k) && !o.except.includes(d.k) && through(u, d)) return true;
    }
    // The tail in position order: the liked places were seen above, so the rest is tried as it stands.
    for (let w = 0; w < words; ) {
      let m = (a.tail[w] ?? 0) & ~(seen[w] ?? 0);
      for (const k of o.except) if (k >>> 5 === w) m &= ~(1 << (k & 31));
      if (m === 0) {
        w++;
        continue;
      }
      if (through(u, byK[(w << 5) + 31 - Math.clz32(m & -m)] as Spot)) return true;
    }
    return false;
  };
  /** `u` takes `d` (not seen yet), with room or by moving on one of its holders. */
  const through = (u: Teacher, d: Spot): boolean => {
    setBit(seen, d.k);
    if ((left[d.k] ?? 0) > 0) {
      put(u, d);
      return true;
    }
    // Each teacher holding the place tries to move on. The search never comes back to this
    // place (it is seen), so its list is rearranged only when one of them has moved: the rest
    // after the one who moved, then those before, then the newcomer (the order the search
    // tries them in next time).
    const held = at[d.k] as Teacher[];
    for (let i = 0; i < held.length; i++) {
      if (augment(held[i] as Teacher)) {
        at[d.k] = [...held.slice(i + 1), ...held.slice(0, i)];
        left[d.k] = (left[d.k] ?? 0) + 1;
        put(u, d);
        return true;
      }
    }
    return false;
  };
  for (const t of waiting) {
    seen.fill(0);
    if (!augment(t)) return { ok: false, unplaced: t };
  }
  return { ok: true, pairs: ts.map((t): [Teacher, string] => [t, where.get(t)?.id ?? '']) };
}
