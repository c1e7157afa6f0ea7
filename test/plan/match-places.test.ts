import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Teacher } from '../../src/domain/types.js';
import { matchTeachers, type Allowed, type Liking, type Spot } from '../../src/plan/match-places.js';
import { school, teacher } from '../helpers/make-county.js';

/**
 * The matching that names movers for places. Its greedy pass and its augmenting paths were made
 * faster (a shared list searched from where the last teacher alike found room; a place's holders
 * rearranged only when one of them has moved on). The pairs must be exactly those of the plain
 * algorithm: every holder taken off and put back in turn, every list searched from its start, every
 * list sorted by liking with a comparison. A plan names the same teachers as before.
 */

/**
 * The plain algorithm, as the matching was written before (here by numbers: teachers by position
 * in `ts`, places by `k`): the liked places of a list sorted by liking with a comparison, then the
 * rest as they come, every list searched from its start, and each holder of a place taken off and put back in turn.
 */
function plainMatch(ts: Teacher[], spots: readonly Spot[], cap: Map<string, number>, allowedSpots: (t: Teacher) => Spot[], liking: (t: Teacher, d: Spot) => number): [string, string][] | string {
  const room = spots.map((d) => cap.get(d.id) ?? 0);
  const holders: number[][] = spots.map(() => []);
  const placeOf: number[] = ts.map(() => -1);
  const lists: number[][] = ts.map((t) => {
    const allowed = allowedSpots(t);
    const liked = allowed.filter((d) => liking(t, d) !== 0).sort((a, b) => liking(t, b) - liking(t, a) || (a.id < b.id ? -1 : 1));
    return [...liked, ...allowed.filter((d) => liking(t, d) === 0)].map((d) => d.k);
  });
  const take = (i: number, k: number): void => {
    placeOf[i] = k;
    holders[k]?.push(i);
    room[k] = (room[k] ?? 0) - 1;
  };
  const unplaced: number[] = [];
  for (const i of ts.map((_, i) => i).sort((a, b) => (lists[a]?.length ?? 0) - (lists[b]?.length ?? 0))) {
    const k = lists[i]?.find((p) => (room[p] ?? 0) > 0);
    if (k === undefined) unplaced.push(i);
    else take(i, k);
  }
  for (const i of unplaced) {
    const visited = new Set<number>();
    const tryPlace = (u: number): boolean => {
      for (const k of lists[u] ?? []) {
        if (visited.has(k)) continue;
        visited.add(k);
        if ((room[k] ?? 0) > 0) {
          take(u, k);
          return true;
        }
        for (const v of [...(holders[k] ?? [])]) {
          holders[k] = (holders[k] ?? []).filter((w) => w !== v);
          room[k] = (room[k] ?? 0) + 1;
          placeOf[v] = -1;
          if (tryPlace(v)) {
            take(u, k);
            return true;
          }
          take(v, k);
        }
      }
      return false;
    };
    if (!tryPlace(i)) return ts[i]?.id ?? '';
  }
  return ts.map((t, i): [string, string] => [t.id, spots[placeOf[i] ?? -1]?.id ?? '']);
}

/**
 * A random matching: places with capacities (two places to a school, as the sections of a
 * two-section school), teachers with allowed places (alike teachers share one list, in position
 * order or turned round, each but the places of the teacher's own school) and likings (scored on
 * every allowed place, or only on those that may be liked).
 */
const instance = fc
  .record({
    caps: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 40 }),
    kinds: fc.array(fc.record({ allow: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), turn: fc.nat({ max: 40 }) }), { minLength: 1, maxLength: 6 }),
    teachers: fc.array(fc.record({ kind: fc.nat(), likes: fc.array(fc.nat(), { maxLength: 2 }), home: fc.option(fc.nat(), { nil: undefined }), own: fc.option(fc.nat(), { nil: undefined }) }), { minLength: 20, maxLength: 120 }),
    among: fc.boolean(),
  })
  .map(({ caps, kinds, teachers, among }) => {
    // Places in id order, as a plan's are (their ids sorted).
    const spots: Spot[] = caps.map((_, k) => ({ id: `S${String(k).padStart(2, '0')}`, school: school(`S${k >> 1}`, 'rural', { township: `town${k % 3}` }), k }));
    const cap = new Map(spots.map((d, k) => [d.id, caps[k] ?? 0]));
    // Teachers of one kind share one list of allowed places (as alike teachers do in a plan).
    const lists = kinds.map(({ allow, turn }) => {
      const list = spots.filter((_, k) => allow[k] === true);
      const r = turn % (list.length + 1);
      return [...list.slice(r), ...list.slice(0, r)];
    });
    const ts = teachers.map((t, i) => teacher(`T${String(i).padStart(2, '0')}`, 'U', '语文', { preferences: t.likes.map((n) => spots[n % spots.length]?.id ?? ''), ...(t.home === undefined ? {} : { homeTownship: `town${t.home % 3}` }) }));
    const allowedOf = new Map(
      ts.map((t, i): [Teacher, Allowed] => {
        const { kind = 0, own } = teachers[i] ?? {};
        const list = lists[kind % lists.length] ?? [];
        return [t, own === undefined ? { spots: list } : { spots: list, except: `S${own % spots.length >> 1}` }];
      }),
    );
    const liking = (t: Teacher, d: Spot): number => {
      const rank = t.preferences.indexOf(d.id);
      return (rank >= 0 ? 10 - rank : 0) * 2 + (t.homeTownship !== undefined && t.homeTownship === d.school.township ? 1 : 0);
    };
    const likingOf = (t: Teacher): Liking => ({ of: (d) => liking(t, d), ...(among && { among: spots.filter((d) => t.preferences.includes(d.id) || d.school.township === t.homeTownship) }) });
    const allowed = (t: Teacher): Allowed => allowedOf.get(t) ?? { spots: [] };
    const plainAllowed = (t: Teacher): Spot[] => {
      const a = allowed(t);
      return a.spots.filter((d) => d.school.id !== a.except);
    };
    return { ts, spots, cap, allowed, plainAllowed, likingOf, liking };
  });

describe('matching teachers to places', () => {
  it('names the same teachers for the same places as the plain algorithm, or fails on the same teacher', () => {
    fc.assert(
      fc.property(instance, ({ ts, spots, cap, allowed, plainAllowed, likingOf, liking }) => {
        const got = matchTeachers(ts, spots, cap, allowed, likingOf);
        expect(got.ok ? got.pairs.map(([t, id]): [string, string] => [t.id, id]) : got.unplaced.id).toEqual(plainMatch(ts, spots, cap, plainAllowed, liking));
      }),
      { numRuns: 1500, seed: 20261203 },
    );
  });

  it('moves a holder on when the last teacher has no free place left (an augmenting path through two holders)', () => {
    // A, B and C hold one teacher each. t1 may take A or C, t2 B or A, t3 B or A: greedily t1 takes
    // A, t2 B, and t3 finds both full. The path: t3 takes B, t2 moves to A, t1 to C.
    const spots: Spot[] = ['A', 'B', 'C'].map((id, k) => ({ id, school: school(id, 'rural'), k }));
    const [a, b, c] = spots as [Spot, Spot, Spot];
    const ts = ['t1', 't2', 't3'].map((id) => teacher(id, 'U', '语文'));
    const lists = new Map([[ts[0], [a, c]], [ts[1], [b, a]], [ts[2], [b, a]]]);
    const got = matchTeachers(ts, spots, new Map(spots.map((d) => [d.id, 1])), (t) => ({ spots: lists.get(t) ?? [] }), () => ({ of: () => 0 }));
    expect(got.ok && got.pairs.map(([t, id]) => `${t.id}>${id}`)).toEqual(['t1>C', 't2>A', 't3>B']);
  });
});
