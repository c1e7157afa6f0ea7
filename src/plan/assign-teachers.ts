import { subjectNameEn } from '../domain/subject-names.js';
import { comparePriority } from '../domain/priority.js';
import type { School, Teacher } from '../domain/types.js';
import { schoolOfPlace } from '../domain/sections.js';
import { arrivalPlaceOf, type ModelContext } from '../model/context.js';
import { ownColumn } from '../model/free-groups.js';
import { groupKey, inClass } from '../model/keys.js';
import { excludedFor, moveClasses } from '../rules/allows-move.js';
import type { Model } from './build-model.js';
import { matchTeachers, type Allowed, type Liking, type Spot } from './match-places.js';

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
export function assignTeachers(ctx: ModelContext, model: Pick<Model, 'cols'>, x: readonly number[]): AssignResult {
  const p = ctx.policy;
  const schoolOf = (id: string): School | undefined => ctx.schoolById.get(id);
  const placements: Placement[] = [];
  const judge = moveClasses(ctx.schools, ctx);
  const movers = new Map<string, Teacher[]>();
  // Against a baseline, its movers go first, so that the same teachers move again.
  const fresh = (t: Teacher): number => (ctx.baseline.has(t.id) ? 0 : 1);
  for (const o of model.cols.out) {
    const n = Math.round(x[o.col] ?? 0);
    // A teacher with a forbid lock has a column of his or her own.
    if (o.teacherId !== undefined) {
      const t = ctx.teacherById.get(o.teacherId);
      if (t && n > 0) push(movers, `${o.subject}|${inClass(o.b)}`, t);
      continue;
    }
    // Most groups send no free teacher: they are not sorted.
    const count = n - o.locked;
    if (count <= 0) continue;
    const free = (ctx.free.get(groupKey(o.schoolId, o.subject, o.b)) ?? []).filter((t) => judge.teacherClass(t) === o.tk && !ownColumn(ctx, t)).sort((a, b) => fresh(a) - fresh(b) || comparePriority(a, b, schoolOf, p));
    push(movers, `${o.subject}|${inClass(o.b)}`, ...free.slice(0, count));
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
    // teachers' class and the stage and certificate: teachers alike share one judgement of the
    // places, each but his or her own school's.
    const alike = new Map<string, Spot[]>();
    const intos = new Map<string, Uint8Array>();
    const intoAt = (subject: string): Uint8Array => {
      let into = intos.get(subject);
      if (!into) intos.set(subject, (into = Uint8Array.from(spots, (d) => (judge.into(subject, d.school) ? 1 : 0))));
      return into;
    };
    const allowedSpots = (t: Teacher): Allowed => {
      const from = schoolOf(t.schoolId);
      const own = from ? excludedFor(t, from, ctx) : undefined;
      if (!from || !own || own.size !== 1 || !own.has(from.id)) return { spots: spots.filter((d) => allowed(t, d)) };
      const fromClass = judge.classOf(from);
      const tk = judge.teacherClass(t);
      const k = `${fromClass}|${from.stage}|${tk}|${t.teachingStage ?? ''}|${t.certificate ?? ''}`;
      let shared = alike.get(k);
      if (!shared) {
        // Judged once per destination class, and per place for the subject.
        const into = intoAt(t.subject);
        const toClass = new Map<string, boolean>();
        const between = (c: string): boolean => {
          let ok = toClass.get(c);
          if (ok === undefined) toClass.set(c, (ok = judge.allows(fromClass, c, tk)));
          return ok;
        };
        alike.set(k, (shared = spots.filter((d) => into[d.k] === 1 && between(judge.classOf(d.school)) && (d.id === d.school.id || arrivalPlaceOf(ctx, t, d.school) === d.id))));
      }
      return { spots: shared, except: from.id };
    };
    // Only the places of the schools a teacher asked for, of the baseline's school and of the home township may be liked at all.
    const ofSchoolId = new Map<string, Spot[]>();
    const ofTownship = new Map<string, Spot[]>();
    for (const d of spots) {
      push(ofSchoolId, d.school.id, d);
      if (d.school.township !== undefined) push(ofTownship, d.school.township, d);
    }
    const matched = matchTeachers(ts, spots, cap, allowedSpots, (t): Liking => {
      const baselineTo = ctx.baseline.get(t.id);
      const among: Spot[] = [];
      for (const id of t.preferences) among.push(...(ofSchoolId.get(id) ?? []));
      if (baselineTo !== undefined) among.push(...(ofSchoolId.get(baselineTo) ?? []));
      if (t.homeTownship !== undefined) among.push(...(ofTownship.get(t.homeTownship) ?? []));
      return { of: (d) => liking(t, d.school, baselineTo), among };
    });
    if (!matched.ok) {
      const t = matched.unplaced;
      return { ok: false, zh: `无法为教师 ${t.id}（${t.subject}）找到符合规则的交流学校`, en: `no school the rules allow could be found for teacher ${t.id} (${subjectNameEn(ctx.county, t.subject)})` };
    }
    for (const [t, d] of matched.pairs) placements.push({ teacherId: t.id, fromSchoolId: t.schoolId, toSchoolId: schoolOfPlace(d), locked: false });
  }
  placements.sort((a, b) => (a.teacherId < b.teacherId ? -1 : a.teacherId > b.teacherId ? 1 : 0));
  return { ok: true, placements };
}

function push<T>(m: Map<string, T[]>, key: string, ...ts: T[]): void {
  const list = m.get(key);
  if (list) list.push(...ts);
  else m.set(key, ts);
}
