import { backboneClass, type BackboneClass } from '../domain/backbone.js';
import type { School } from '../domain/types.js';
import { postsAt, teachersOf, type ModelContext } from './context.js';
import { arrivalKey, groupKey, inClass, type InClass } from './keys.js';
import type { LpBuilder } from './lp.js';

export type { InClass };

/**
 * Classes of schools the move rules treat alike (see src/rules/allows-move.ts): flows run
 * between classes, and only between classes the rules allow.
 */
export interface ClassJudge {
  classOf(s: School): string;
  allows(fromClass: string, toClass: string): boolean;
  /** Whether teachers of a subject may arrive at a school at all (rules on the destination and subject). */
  into(subject: string, to: School): boolean;
}

export interface OutCol {
  col: number;
  schoolId: string;
  subject: string;
  b: BackboneClass;
  /** Locked movers (the lower bound). */
  locked: number;
  /** Locked plus free eligible teachers (the upper bound). */
  max: number;
}

export interface InCol {
  col: number;
  schoolId: string;
  subject: string;
  c: InClass;
  locked: number;
}

/**
 * The decision columns of the counting model: how many teachers of each (school, subject,
 * backbone class) leave, how many of each (school, subject, destination class) arrive, and the
 * flow between direction classes that keeps the two sides equal. Teachers who are alike are
 * counted, not enumerated; who exactly goes where is decided afterwards.
 */
export interface Columns {
  out: OutCol[];
  in: InCol[];
  /** Flow columns keyed by `fromClass>toClass|subject|inClass`. */
  flow: Map<string, number>;
  /** The class of each school, as the flows name them. */
  classOf: Map<string, string>;
}

export function buildColumns(ctx: ModelContext, b: LpBuilder, classes: ClassJudge): Columns {
  const classOf = new Map(ctx.schools.map((s) => [s.id, classes.classOf(s)]));
  const cls = (s: School): string => classOf.get(s.id) ?? classes.classOf(s);
  const lockedOut = new Map<string, number>();
  const lockedIn = new Map<string, number>();
  for (const lock of ctx.moveLock.values()) {
    const t = ctx.teacherById.get(lock.teacherId);
    if (!t || lock.schoolId === undefined) continue;
    const bc = backboneClass(t);
    const ko = groupKey(t.schoolId, t.subject, bc);
    lockedOut.set(ko, (lockedOut.get(ko) ?? 0) + 1);
    const ki = arrivalKey(lock.schoolId, t.subject, inClass(bc));
    lockedIn.set(ki, (lockedIn.get(ki) ?? 0) + 1);
  }
  const out: OutCol[] = [];
  const inCols: InCol[] = [];
  const flow = new Map<string, number>();

  for (const j of ctx.subjects) {
    // Destinations that can take this subject: a post free, or a teacher locked to arrive.
    const dests = ctx.schools.filter((d) => classes.into(j, d) && (postsAt(ctx, d.id, j) > teachersOf(ctx, d.id, j) || lockedIn.has(arrivalKey(d.id, j, 'p')) || lockedIn.has(arrivalKey(d.id, j, 'k'))));
    const destCount = new Map<string, number>();
    for (const d of dests) destCount.set(cls(d), (destCount.get(cls(d)) ?? 0) + 1);
    const destClasses = [...destCount.keys()].sort();
    const destIds = new Set(dests.map((d) => d.id));
    const origins: { oc: string; cols: OutCol[] }[] = [];
    for (const s of ctx.schools) {
      const oc = cls(s);
      // Some allowed class holds a destination other than this school itself.
      const reach = destClasses.some((dc) => classes.allows(oc, dc) && (destCount.get(dc) ?? 0) - (destIds.has(s.id) && oc === dc ? 1 : 0) > 0);
      for (const bc of [0, 1, 2] as BackboneClass[]) {
        const k = groupKey(s.id, j, bc);
        const locked = lockedOut.get(k) ?? 0;
        const freeN = reach ? (ctx.free.get(k)?.length ?? 0) : 0;
        if (locked + freeN === 0) continue;
        const col = b.addVar({ name: `out[${k}]`, lb: locked, ub: locked + freeN, integer: true, cost: 0, term: 'moves' });
        const oc0 = { col, schoolId: s.id, subject: j, b: bc, locked, max: locked + freeN };
        out.push(oc0);
        origins.push({ oc, cols: [oc0] });
      }
    }
    const senders = new Map<string, Set<InClass>>();
    for (const o of origins) for (const c of o.cols) (senders.get(o.oc) ?? senders.set(o.oc, new Set()).get(o.oc))?.add(inClass(c.b));
    for (const d of dests) {
      const dc = cls(d);
      for (const c of ['p', 'k'] as InClass[]) {
        const locked = lockedIn.get(arrivalKey(d.id, j, c)) ?? 0;
        const fed = [...senders.entries()].some(([oc, cs]) => cs.has(c) && classes.allows(oc, dc));
        if (!fed && locked === 0) continue;
        const col = b.addVar({ name: `in[${d.id}|${j}|${c}]`, lb: locked, ub: Infinity, integer: true, cost: 0, term: 'moves' });
        inCols.push({ col, schoolId: d.id, subject: j, c, locked });
      }
    }
    for (const [oc, cs] of [...senders.entries()].sort()) {
      for (const dc of destClasses) {
        if (!classes.allows(oc, dc)) continue;
        for (const c of ['p', 'k'] as InClass[]) {
          if (!cs.has(c)) continue;
          const key = `${oc}>${dc}|${j}|${c}`;
          flow.set(key, b.addVar({ name: `flow[${key}]`, lb: 0, ub: Infinity, integer: false, cost: 0, term: 'moves' }));
        }
      }
    }
  }
  return { out, in: inCols, flow, classOf };
}
