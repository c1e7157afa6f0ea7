import { comparePriority } from '../domain/priority.js';
import type { School, Teacher } from '../domain/types.js';
import { schoolOfPlace } from '../domain/sections.js';
import { arrivalPlaceOf, type ModelContext } from '../model/context.js';
import { ownColumn } from '../model/columns.js';
import { groupKey, inClass } from '../model/keys.js';
import { excludedFor, moveClasses } from '../rules/allows-move.js';
import type { Model } from './build-model.js';

/** One teacher's move, before reasons are written. */
export interface Placement {
  teacherId: string;
  fromSchoolId: string;
  toSchoolId: string;
  locked: boolean;
}

export type AssignResult = { ok: true; placements: Placement[] } | { ok: false; zh: string; en: string };

/**
 * How much a teacher would like a school: earlier preferences score more, home township a little;
 * the school the baseline plan sent the teacher to comes before all of them, so a rerun keeps it.
 */
function liking(t: Teacher, d: School, baselineTo: string | undefined): number {
  const rank = t.preferences.indexOf(d.id);
  const pref = rank >= 0 ? 10 - Math.min(rank, 9) : 0;
  const home = t.homeTownship !== undefined && t.homeTownship === d.township ? 1 : 0;
  return (baselineTo === d.id ? 100 : 0) + pref * 2 + home;
}

/**
 * Turns the counts of the solved model into named teachers and schools. For each (school,
 * subject, backbone class) the locked movers go first, then the free teachers by priority. For
 * each (subject, destination class) the movers are matched to the open places: greedily by what
 * each teacher asked for, then by augmenting paths so that every mover gets a place the rules allow
 * (every move rule: direction, forbid locks, …). The counting model guarantees such a matching
 * exists: a teacher with a forbid lock has a column of his or her own and arrives at a place
 * the lock allows (model/columns.ts), the others move between classes the rules treat alike.
 */
export function assignTeachers(ctx: ModelContext, model: Model, x: readonly number[]): AssignResult {
  const p = ctx.policy;
  const schoolOf = (id: string): School | undefined => ctx.schoolById.get(id);
  const placements: Placement[] = [];
  const judge = moveClasses(ctx.schools, ctx);
  const movers = new Map<string, Teacher[]>();
  for (const o of model.cols.out) {
    const n = Math.round(x[o.col] ?? 0);
    // A teacher with a forbid lock has a column of his or her own.
    if (o.teacherId !== undefined) {
      const t = ctx.teacherById.get(o.teacherId);
      if (t && n > 0) push(movers, `${o.subject}|${inClass(o.b)}`, t);
      continue;
    }
    // Against a baseline, its movers go first, so that the same teachers move again.
    const fresh = (t: Teacher): number => (ctx.namesFromBaseline !== false && ctx.baseline.has(t.id) ? 0 : 1);
    const free = (ctx.free.get(groupKey(o.schoolId, o.subject, o.b)) ?? []).filter((t) => judge.teacherClass(t) === o.tk && !ownColumn(ctx, t)).sort((a, b) => fresh(a) - fresh(b) || comparePriority(a, b, schoolOf, p));
    const chosen = free.slice(0, Math.max(0, n - o.locked));
    push(movers, `${o.subject}|${inClass(o.b)}`, ...chosen);
  }
  const places = new Map<string, Map<string, number>>();
  for (const i of model.cols.in) {
    const n = Math.round(x[i.col] ?? 0) - i.locked;
    if (n <= 0) continue;
    const key = `${i.subject}|${i.c}`;
    const m = places.get(key) ?? new Map<string, number>();
    m.set(i.place, n);
    places.set(key, m);
  }
  for (const lock of ctx.moveLock.values()) {
    const t = ctx.teacherById.get(lock.teacherId);
    if (t && lock.schoolId !== undefined) placements.push({ teacherId: t.id, fromSchoolId: t.schoolId, toSchoolId: lock.schoolId, locked: true });
  }
  for (const key of [...new Set([...movers.keys(), ...places.keys()])].sort()) {
    const ts = movers.get(key) ?? [];
    const cap = places.get(key) ?? new Map<string, number>();
    const spots = [...cap.keys()]
      .sort()
      .flatMap((id): Omit<Spot, 'k'>[] => {
        const school = ctx.schoolById.get(schoolOfPlace(id));
        return school ? [{ id, school }] : [];
      })
      .map((d, k): Spot => ({ ...d, k }));
    // A teacher may take a place when the rules allow the move and the place is the section the move fills.
    const allowed = (t: Teacher, d: Spot): boolean => {
      const from = schoolOf(t.schoolId);
      return from !== undefined && judge.allowsMove({ teacher: t, from, to: d.school }) && (d.id === d.school.id || arrivalPlaceOf(ctx, t, d.school) === d.id);
    };
    // A move is allowed by its class pair, the destination and the section it fills, less the
    // schools the teacher's own rules exclude (allows-move.ts). For a teacher whose rules exclude
    // the school alone (no forbid lock), the rest depends on the class and stage of the school, the
    // teachers' class and the stage and certificate: teachers alike share one judgement of the places.
    const alike = new Map<string, Spot[]>();
    const ofSchool = new Map<string, Spot[]>();
    const allowedSpots = (t: Teacher): Spot[] => {
      const from = schoolOf(t.schoolId);
      const own = from ? excludedFor(t, from, ctx) : undefined;
      if (!from || !own || own.size !== 1 || !own.has(from.id)) return spots.filter((d) => allowed(t, d));
      const fromClass = judge.classOf(from);
      const tk = judge.teacherClass(t);
      const k = `${fromClass}|${from.stage}|${tk}|${t.teachingStage ?? ''}|${t.certificate ?? ''}`;
      const atSchool = `${k}|${from.id}`;
      let list = ofSchool.get(atSchool);
      if (list) return list;
      let shared = alike.get(k);
      if (!shared) alike.set(k, (shared = spots.filter((d) => judge.allows(fromClass, judge.classOf(d.school), tk) && judge.into(t.subject, d.school) && (d.id === d.school.id || arrivalPlaceOf(ctx, t, d.school) === d.id))));
      ofSchool.set(atSchool, (list = shared.filter((d) => d.school.id !== from.id)));
      return list;
    };
    const matched = matchTeachers(ts, spots, cap, allowedSpots, (t, d) => liking(t, d.school, ctx.baseline.get(t.id)));
    if (!matched.ok) {
      const t = matched.unplaced;
      return { ok: false, zh: `无法为教师 ${t.id}（${t.subject}）找到符合规则的交流学校`, en: `no school the rules allow could be found for teacher ${t.id} (${t.subject})` };
    }
    for (const [t, d] of matched.pairs) placements.push({ teacherId: t.id, fromSchoolId: t.schoolId, toSchoolId: schoolOfPlace(d), locked: false });
  }
  placements.sort((a, b) => (a.teacherId < b.teacherId ? -1 : a.teacherId > b.teacherId ? 1 : 0));
  return { ok: true, placements };
}

function push(m: Map<string, Teacher[]>, key: string, ...ts: Teacher[]): void {
  const list = m.get(key);
  if (list) list.push(...ts);
  else m.set(key, ts);
}

type Match = { ok: true; pairs: [Teacher, string][] } | { ok: false; unplaced: Teacher };

/** A place to be filled: a school, or one section of a two-section school (`id` is the place); `k` its position among the places of its match. */
interface Spot {
  id: string;
  school: School;
  k: number;
}

/**
 * Capacitated bipartite matching: greedy by liking, then augmenting paths (Kuhn) for the rest.
 * Places are counted by position (`k`), so that the search, which looks at every place of every
 * teacher it reaches, reads arrays: measured on an 80,000-teacher city, one match (1,356 teachers,
 * 536 places, 183 teachers left by the greedy pass) looked at 34 million places.
 */
function matchTeachers(ts: Teacher[], spots: readonly Spot[], cap: Map<string, number>, allowedSpots: (t: Teacher) => Spot[], liking: (t: Teacher, d: Spot) => number): Match {
  const left = Int32Array.from(spots, (d) => cap.get(d.id) ?? 0);
  const at: Teacher[][] = spots.map(() => []);
  const where = new Map<Teacher, Spot>();
  const options = new Map<Teacher, Spot[]>();
  // Teachers who ask for nothing keep the list of places they share with teachers alike; only the
  // others get a list of their own, sorted by what they asked for.
  for (const t of ts) {
    const plain = allowedSpots(t);
    if (plain.every((d) => liking(t, d) === 0)) options.set(t, plain);
    else options.set(t, [...plain].sort((a, b) => liking(t, b) - liking(t, a) || (a.id < b.id ? -1 : 1)));
  }
  const put = (t: Teacher, d: Spot): void => {
    where.set(t, d);
    (at[d.k] as Teacher[]).push(t);
    left[d.k] = (left[d.k] ?? 0) - 1;
  };
  // Teachers with the fewest options choose first, so forbid locks rarely block.
  const order = [...ts].sort((a, b) => (options.get(a)?.length ?? 0) - (options.get(b)?.length ?? 0));
  const waiting: Teacher[] = [];
  for (const t of order) {
    const d = options.get(t)?.find((s) => (left[s.k] ?? 0) > 0);
    if (d) put(t, d);
    else waiting.push(t);
  }
  // Which search last went through each place (the waiting teacher's number, from 1).
  const seen = new Int32Array(spots.length);
  let search = 0;
  for (const t of waiting) {
    search++;
    const augment = (u: Teacher): boolean => {
      for (const d of options.get(u) ?? []) {
        if (seen[d.k] === search) continue;
        seen[d.k] = search;
        if ((left[d.k] ?? 0) > 0) {
          put(u, d);
          return true;
        }
        for (const v of at[d.k] as Teacher[]) {
          at[d.k] = (at[d.k] as Teacher[]).filter((w) => w !== v);
          left[d.k] = (left[d.k] ?? 0) + 1;
          where.delete(v);
          if (augment(v)) {
            put(u, d);
            return true;
          }
          put(v, d);
        }
      }
      return false;
    };
    if (!augment(t)) return { ok: false, unplaced: t };
  }
  return { ok: true, pairs: ts.map((t): [Teacher, string] => [t, where.get(t)?.id ?? '']) };
}

