import { backboneClass, type BackboneClass } from '../domain/backbone.js';
import type { Teacher } from '../domain/types.js';
import type { ModelContext } from './context.js';

/** The free teachers of one out group (school, subject, backbone class), counted once per build. */
export interface FreeGroup {
  /** The group's key in `ctx.free` (`groupKey`). */
  key: string;
  /** Free teachers without a column of their own, per teachers' class, in the order first met. */
  counts: Map<string, number>;
  /** Free teachers with a column of their own (a forbid lock), in the group's order. */
  own: Teacher[];
  /** The first free teacher of each teachers' class, those with a column of their own included. */
  first: Map<string, Teacher>;
}

/** Whether a free teacher has a column of his or her own: one with a forbid lock (see OutCol.teacherId in columns.ts). */
export function ownColumn(ctx: ModelContext, t: Teacher): boolean {
  return ctx.forbid.has(t.id);
}

/** Subject → school id → the groups by backbone class (0, 1, 2; undefined where nobody is free). */
export type FreeGroups = Map<string, Map<string, (FreeGroup | undefined)[]>>;

/**
 * The groups of `ctx.free` indexed by subject and school, so that the columns are built by looking
 * up only the schools that have someone to send. A group's school, subject and backbone class are
 * its teachers' (`buildContext` keys every list by them); a teacher's class is asked once.
 */
export function freeGroups(ctx: ModelContext, teacherClass: (t: Teacher) => string): FreeGroups {
  const out: FreeGroups = new Map();
  for (const [key, list] of ctx.free) {
    const t0 = list[0];
    if (t0 === undefined) continue;
    const g: FreeGroup = { key, counts: new Map(), own: [], first: new Map() };
    for (const t of list) {
      const tk = teacherClass(t);
      if (!g.first.has(tk)) g.first.set(tk, t);
      if (ownColumn(ctx, t)) g.own.push(t);
      else g.counts.set(tk, (g.counts.get(tk) ?? 0) + 1);
    }
    const bySchool = out.get(t0.subject) ?? new Map<string, (FreeGroup | undefined)[]>();
    out.set(t0.subject, bySchool);
    const groups = bySchool.get(t0.schoolId) ?? [undefined, undefined, undefined];
    bySchool.set(t0.schoolId, groups);
    groups[backboneClass(t0) satisfies BackboneClass] = g;
  }
  return out;
}
