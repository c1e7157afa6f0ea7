import { backboneClass } from '../domain/backbone.js';
import type { Teacher } from '../domain/types.js';
import { arrivalPlaceOf, type ModelContext } from './context.js';
import { arrivalKey, groupKey, inClass, withClass } from './keys.js';

/** The previous plan's moves as the counting model sees them. */
export interface BaselineCounts {
  /** Movers per `school|subject|backbone class[|teachers' class]` (the out columns' keys). */
  out: Map<string, number>;
  /** Arrivals per `school|subject|p or k` (the in columns' keys). */
  in: Map<string, number>;
}

/**
 * Counts the baseline plan's moves by the groups of the counting model, using each teacher as
 * the current county describes him or her. Moves of teachers no longer in the county, or to a
 * school no longer in it, are left out: no plan can keep them.
 */
export function baselineCounts(ctx: ModelContext, teacherClass: (t: Teacher) => string): BaselineCounts {
  const out = new Map<string, number>();
  const inn = new Map<string, number>();
  for (const [teacherId, to] of [...ctx.baseline].sort()) {
    const t = ctx.teacherById.get(teacherId);
    if (!t || !ctx.schoolById.has(to) || to === t.schoolId) continue;
    const bc = backboneClass(t);
    const ko = withClass(groupKey(t.schoolId, t.subject, bc), teacherClass(t));
    const toSchool = ctx.schoolById.get(to);
    const ki = arrivalKey(toSchool ? arrivalPlaceOf(ctx, t, toSchool) : to, t.subject, inClass(bc));
    out.set(ko, (out.get(ko) ?? 0) + 1);
    inn.set(ki, (inn.get(ki) ?? 0) + 1);
  }
  return { out, in: inn };
}
