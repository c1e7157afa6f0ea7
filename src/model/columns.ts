import { backboneClass, type BackboneClass } from '../domain/backbone.js';
import { classDirection, directionClass, isNeedySchool } from '../domain/direction.js';
import { groupKey, postsAt, teachersOf, type ModelContext } from './context.js';
import type { LpBuilder } from './lp.js';

/** Destination side of a backbone class: county-level backbone (k) is counted apart, the rest (p) together. */
export type InClass = 'p' | 'k';
export const inClass = (b: BackboneClass): InClass => (b === 2 ? 'k' : 'p');

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
}

export function buildColumns(ctx: ModelContext, b: LpBuilder): Columns {
  const p = ctx.policy;
  const lockedOut = new Map<string, number>();
  const lockedIn = new Map<string, number>();
  for (const lock of ctx.moveLock.values()) {
    const t = ctx.teacherById.get(lock.teacherId);
    if (!t || lock.schoolId === undefined) continue;
    const bc = backboneClass(t);
    const ko = groupKey(t.schoolId, t.subject, bc);
    lockedOut.set(ko, (lockedOut.get(ko) ?? 0) + 1);
    const ki = `${lock.schoolId}|${t.subject}|${inClass(bc)}`;
    lockedIn.set(ki, (lockedIn.get(ki) ?? 0) + 1);
  }
  const out: OutCol[] = [];
  const inCols: InCol[] = [];
  const flow = new Map<string, number>();

  for (const j of ctx.subjects) {
    // Destinations that can take this subject: rural or weak (any school with the rule off), with a post free.
    const dests = ctx.schools.filter((d) => {
      const open = postsAt(ctx, d.id, j) > teachersOf(ctx, d.id, j);
      const locked = lockedIn.has(`${d.id}|${j}|p`) || lockedIn.has(`${d.id}|${j}|k`);
      return ((!p.direction || isNeedySchool(d)) && open) || locked;
    });
    const destCount = new Map<string, number>();
    for (const d of dests) destCount.set(directionClass(d), (destCount.get(directionClass(d)) ?? 0) + 1);
    const destClasses = [...destCount.keys()].sort();
    const destIds = new Set(dests.map((d) => d.id));
    const origins: { oc: string; cols: OutCol[] }[] = [];
    for (const s of ctx.schools) {
      const oc = directionClass(s);
      // Some allowed class holds a destination other than this school itself.
      const reach = destClasses.some((dc) => classDirection(oc, dc, p) !== null && (destCount.get(dc) ?? 0) - (destIds.has(s.id) && directionClass(s) === dc ? 1 : 0) > 0);
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
      const dc = directionClass(d);
      for (const c of ['p', 'k'] as InClass[]) {
        const locked = lockedIn.get(`${d.id}|${j}|${c}`) ?? 0;
        const fed = [...senders.entries()].some(([oc, cs]) => cs.has(c) && classDirection(oc, dc, p) !== null);
        if (!fed && locked === 0) continue;
        const col = b.addVar({ name: `in[${d.id}|${j}|${c}]`, lb: locked, ub: Infinity, integer: true, cost: 0, term: 'moves' });
        inCols.push({ col, schoolId: d.id, subject: j, c, locked });
      }
    }
    for (const [oc, cs] of [...senders.entries()].sort()) {
      for (const dc of destClasses) {
        if (classDirection(oc, dc, p) === null) continue;
        for (const c of ['p', 'k'] as InClass[]) {
          if (!cs.has(c)) continue;
          const key = `${oc}>${dc}|${j}|${c}`;
          flow.set(key, b.addVar({ name: `flow[${key}]`, lb: 0, ub: Infinity, integer: false, cost: 0, term: 'moves' }));
        }
      }
    }
  }
  return { out, in: inCols, flow };
}
