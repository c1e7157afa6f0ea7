import { backboneClass, type BackboneClass } from '../domain/backbone.js';
import { isLeader } from '../domain/leaders.js';
import type { School, Section, Teacher } from '../domain/types.js';
import { placesOf, schoolOfPlace, teacherPlace, sectioned } from '../domain/sections.js';
import { arrivalPlaceOf, postsAt, teachersOf, type ModelContext } from './context.js';
import { arrivalKey, groupKey, IN_CLASSES, inClass, withClass, type InClass } from './keys.js';
import { freeGroups } from './free-groups.js';
import type { LpBuilder } from './lp.js';

export type { InClass };

/**
 * Classes of schools the move rules treat alike (see src/rules/allows-move.ts): flows run
 * between classes, and only between classes the rules allow.
 */
export interface ClassJudge {
  classOf(s: School): string;
  teacherClass(t: Teacher): string;
  allows(fromClass: string, toClass: string, teacherClass: string): boolean;
  /** Whether teachers of a subject may arrive at a school at all (rules on the destination and subject). */
  into(subject: string, to: School): boolean;
  /** The section of a destination class whose post teachers of a class from a class fill. */
  section(fromClass: string, toClass: string, teacherClass: string): Section | undefined;
  /** Whether every rule judging a single move allows this one (the forbid locks included). */
  allowsMove(q: { teacher: Teacher; from: School; to: School }): boolean;
  /** Whether a school takes teachers in return for those it sends, though no post is open (two-way exchange). */
  receivesBySending?(to: School): boolean;
}

export interface OutCol {
  col: number;
  schoolId: string;
  /** The place the teachers leave: the school, or their section of a two-section school. */
  place: string;
  subject: string;
  b: BackboneClass;
  /** The teachers' class for the rules that read the teacher ('' when none does). */
  tk: string;
  /** Locked movers (the lower bound). */
  locked: number;
  /** Locked plus free eligible teachers (the upper bound). */
  max: number;
  /**
   * A teacher with a forbid lock has a column of his or her own (0 or 1), outside the flows: the
   * places he or she may take are direct columns (see {@link DirectCol}), so that the counts always
   * leave the teacher a place the lock allows.
   */
  teacherId?: string;
}

/** One teacher with a forbid lock arriving at one place the rules allow him or her (0 or 1). */
export interface DirectCol {
  col: number;
  /** The teacher's own out column (its `teacherId` names the teacher). */
  out: OutCol;
  /** The in column the arrival counts in. */
  into: InCol;
}

export interface InCol {
  col: number;
  schoolId: string;
  /** The place the teachers arrive at: the school, or one section of a two-section school. */
  place: string;
  /** The section arrived at, for a two-section school only (the flows into its class are counted per section). */
  section?: Section;
  subject: string;
  c: InClass;
  locked: number;
}

/** A flow of teachers of one subject, destination class and teachers' class from a class of schools to another. */
export interface FlowCol {
  col: number;
  from: string;
  to: string;
  subject: string;
  c: InClass;
  tk: string;
  /** The section the flow's teachers fill, when the destination class has two sections. */
  section?: Section;
}

/**
 * The decision columns of the counting model: how many teachers of each (school, subject,
 * backbone class, teachers' class) leave, how many of each (school, subject, destination class)
 * arrive, and the flows between classes of schools that keep the two sides equal. Teachers who
 * are alike are counted, not enumerated; who exactly goes where is decided afterwards.
 */
export interface Columns {
  out: OutCol[];
  in: InCol[];
  flows: FlowCol[];
  /** Arrivals of the teachers with a forbid lock, place by place. */
  direct: DirectCol[];
  /** The class of each school, as the flows name them. */
  classOf: Map<string, string>;
  /** A teacher's class, as the out columns count them. */
  teacherClass: (t: Teacher) => string;
}


export function buildColumns(ctx: ModelContext, b: LpBuilder, classes: ClassJudge): Columns {
  const teacherClass = remembered(classes);
  const classOf = new Map(ctx.schools.map((s) => [s.id, classes.classOf(s)]));
  const cls = (s: School): string => classOf.get(s.id) ?? classes.classOf(s);
  const lockedOut = new Map<string, Map<string, number>>();
  /** Subject → the schools with locked movers of it (the keys of `lockedOut`). */
  const lockedFrom = new Map<string, Set<string>>();
  const lockedIn = new Map<string, number>();
  for (const lock of ctx.moveLock.values()) {
    const t = ctx.teacherById.get(lock.teacherId);
    // A principal or vice principal moved by a lock takes no subject post (see domain/leaders.ts).
    if (!t || lock.schoolId === undefined || isLeader(t)) continue;
    const bc = backboneClass(t);
    const ko = groupKey(t.schoolId, t.subject, bc);
    const byClass = lockedOut.get(ko) ?? new Map<string, number>();
    const tk = teacherClass(t);
    byClass.set(tk, (byClass.get(tk) ?? 0) + 1);
    lockedOut.set(ko, byClass);
    lockedFrom.set(t.subject, (lockedFrom.get(t.subject) ?? new Set<string>()).add(t.schoolId));
    const to = ctx.schoolById.get(lock.schoolId);
    const ki = arrivalKey(to ? arrivalPlaceOf(ctx, t, to) : lock.schoolId, t.subject, inClass(bc));
    lockedIn.set(ki, (lockedIn.get(ki) ?? 0) + 1);
  }
  // A locked mover of each out group (with teachers' class), for the group's place when no free teacher is left.
  const lockedTeacher = new Map<string, Teacher>();
  for (const lock of ctx.moveLock.values()) {
    const t = ctx.teacherById.get(lock.teacherId);
    if (t && lock.schoolId !== undefined) lockedTeacher.set(withClass(groupKey(t.schoolId, t.subject, backboneClass(t)), teacherClass(t)), t);
  }
  const groups = freeGroups(ctx, teacherClass);
  const placesAt = new Map(ctx.schools.map((s) => [s, placesOf(s)]));
  const placesOfSchool = (s: School): [string, Section][] => placesAt.get(s) ?? placesOf(s);
  const receives = new Map<School, boolean>();
  const receivesBySending = (d: School): boolean => {
    let r = receives.get(d);
    if (r === undefined) receives.set(d, (r = classes.receivesBySending?.(d) === true));
    return r;
  };
  const out: OutCol[] = [];
  const inCols: InCol[] = [];
  const flows: FlowCol[] = [];
  const direct: DirectCol[] = [];

  for (const j of ctx.subjects) {
    const freeOf = groups.get(j);
    const lockedAt = lockedFrom.get(j);
    // Destinations that can take this subject: a post free, a teacher locked to arrive, or (two-way exchange) teachers of it who may leave.
    // (Not where teachers outnumber posts already: an arrival there would have to be outweighed by departures.)
    const sends = (d: School, place: string): boolean => receivesBySending(d) && postsAt(ctx, place, j) >= teachersOf(ctx, place, j) && (freeOf?.has(d.id) === true || lockedAt?.has(d.id) === true);
    const opens = new Map<string, boolean>();
    const open = (d: School, place: string): boolean => {
      let r = opens.get(place);
      if (r === undefined) opens.set(place, (r = postsAt(ctx, place, j) > teachersOf(ctx, place, j) || (lockedIn.size > 0 && IN_CLASSES.some((c) => lockedIn.has(arrivalKey(place, j, c)))) || sends(d, place)));
      return r;
    };
    const dests = ctx.schools.filter((d) => classes.into(j, d) && placesOfSchool(d).some(([place]) => open(d, place)));
    const destCount = new Map<string, number>();
    for (const d of dests) destCount.set(cls(d), (destCount.get(cls(d)) ?? 0) + 1);
    const destClasses = [...destCount.keys()].sort();
    const twoClass = new Set(dests.filter(sectioned).map(cls));
    const destIds = new Set(dests.map((d) => d.id));
    /** Origin class → destination class of the movers → teachers' classes sending. */
    const senders = new Map<string, Map<InClass, Set<string>>>();
    /** The own out columns of the teachers with a forbid lock, by each arrival key they may take (an in column is made for each). */
    const directWanted = new Map<string, OutCol[]>();
    // Some allowed class holds a destination other than the school itself: the same for every school of a class that is (or is not) a destination.
    const reachBy = new Map<string, boolean>();
    for (const s of ctx.schools) {
      const free = freeOf?.get(s.id);
      const locked = lockedAt?.has(s.id) === true;
      // Nobody of this subject may leave the school: it has no out column.
      if (free === undefined && !locked) continue;
      const oc = cls(s);
      const self = destIds.has(s.id);
      const reach = (tk: string): boolean => {
        const key = `${oc}|${tk}|${self ? 1 : 0}`;
        let r = reachBy.get(key);
        if (r === undefined) reachBy.set(key, (r = destClasses.some((dc) => classes.allows(oc, dc, tk) && (destCount.get(dc) ?? 0) - (self && oc === dc ? 1 : 0) > 0)));
        return r;
      };
      for (const bc of [0, 1, 2] as BackboneClass[]) {
        const g = free?.[bc];
        if (g === undefined && !locked) continue;
        const k = g?.key ?? groupKey(s.id, j, bc);
        for (const t of g?.own ?? []) {
          const places = dests.filter((d) => classes.allowsMove({ teacher: t, from: s, to: d })).map((d) => arrivalPlaceOf(ctx, t, d)).filter((place) => {
            const d = ctx.schoolById.get(schoolOfPlace(place));
            return d !== undefined && open(d, place);
          });
          if (places.length === 0) continue;
          const tk = teacherClass(t);
          const col = b.addVar({ name: `out[${withClass(k, tk)}|${t.id}]`, lb: 0, ub: 1, integer: true, cost: 0, term: 'moves' });
          const o: OutCol = { col, schoolId: s.id, place: teacherPlace(t, s), subject: j, b: bc, tk, locked: 0, max: 1, teacherId: t.id };
          out.push(o);
          for (const place of places) {
            const key = arrivalKey(place, j, inClass(bc));
            directWanted.set(key, [...(directWanted.get(key) ?? []), o]);
          }
        }
        const locks = locked ? lockedOut.get(k) : undefined;
        const freeBy = g?.counts;
        const tks = locks === undefined ? [...(freeBy?.keys() ?? [])] : [...new Set([...(freeBy?.keys() ?? []), ...locks.keys()])];
        for (const tk of tks.sort()) {
          const lockedN = locks?.get(tk) ?? 0;
          const freeN = reach(tk) ? (freeBy?.get(tk) ?? 0) : 0;
          if (lockedN + freeN === 0) continue;
          const col = b.addVar({ name: `out[${withClass(k, tk)}]`, lb: lockedN, ub: lockedN + freeN, integer: true, cost: 0, term: 'moves' });
          const one = g?.first.get(tk) ?? lockedTeacher.get(withClass(k, tk));
          out.push({ col, schoolId: s.id, place: one ? teacherPlace(one, s) : s.id, subject: j, b: bc, tk, locked: lockedN, max: lockedN + freeN });
          const byC = senders.get(oc) ?? new Map<InClass, Set<string>>();
          const tkSet = byC.get(inClass(bc)) ?? new Set<string>();
          tkSet.add(tk);
          byC.set(inClass(bc), tkSet);
          senders.set(oc, byC);
        }
      }
    }
    // Whether some class sends movers of a destination class of movers that the rules let into a class of destinations (and the section): the same for every destination of the class.
    const fedBy = new Map<string, boolean>();
    const isFed = (dc: string, c: InClass, section: Section | undefined): boolean => {
      const key = `${dc}|${c}|${section ?? ''}`;
      let fed = fedBy.get(key);
      if (fed === undefined) fedBy.set(key, (fed = [...senders.entries()].some(([oc, byC]) => [...(byC.get(c) ?? [])].some((tk) => classes.allows(oc, dc, tk) && (section === undefined || classes.section(oc, dc, tk) === section)))));
      return fed;
    };
    for (const d of dests) {
      const dc = cls(d);
      const two = sectioned(d);
      for (const [place, section] of placesOfSchool(d)) {
        if (!open(d, place)) continue;
        for (const c of IN_CLASSES) {
          const key = arrivalKey(place, j, c);
          const locked = lockedIn.get(key) ?? 0;
          const fed = isFed(dc, c, two ? section : undefined);
          const wanted = directWanted.get(key) ?? [];
          if (!fed && locked === 0 && wanted.length === 0) continue;
          const col = b.addVar({ name: `in[${key}]`, lb: locked, ub: Infinity, integer: true, cost: 0, term: 'moves' });
          const into: InCol = two ? { col, schoolId: d.id, place, section, subject: j, c, locked } : { col, schoolId: d.id, place, subject: j, c, locked };
          inCols.push(into);
          for (const o of wanted) direct.push({ col: b.addVar({ name: `direct[${o.teacherId}>${place}]`, lb: 0, ub: 1, integer: true, cost: 0, term: 'moves' }), out: o, into });
        }
      }
    }
    for (const [oc, byC] of [...senders.entries()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) {
      for (const dc of destClasses) {
        for (const c of IN_CLASSES) {
          for (const tk of [...(byC.get(c) ?? [])].sort()) {
            if (!classes.allows(oc, dc, tk)) continue;
            const key = withClass(`${oc}>${dc}|${j}|${c}`, tk);
            const section = twoClass.has(dc) ? classes.section(oc, dc, tk) : undefined;
            flows.push({ col: b.addVar({ name: `flow[${key}]`, lb: 0, ub: Infinity, integer: false, cost: 0, term: 'moves' }), from: oc, to: dc, subject: j, c, tk, ...(section !== undefined && { section }) });
          }
        }
      }
    }
  }
  return { out, in: inCols, flows, direct, classOf, teacherClass };
}

/** The judge's class of a teacher, asked once per teacher (the columns, the rules' builds and the plan ask it per teacher, often). */
function remembered(classes: ClassJudge): (t: Teacher) => string {
  const known = new Map<Teacher, string>();
  return (t) => {
    let k = known.get(t);
    if (k === undefined) known.set(t, (k = classes.teacherClass(t)));
    return k;
  };
}

