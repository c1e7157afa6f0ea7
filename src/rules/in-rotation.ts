/**
 * Which schools and places take part in the rotation: those with a section in `rules.scope`
 * (by default 小学 and 初中; a 高中 only when the county adds it, DOMAIN.md). A school or section
 * outside it sends and takes nobody, so the checklist's per-school and per-place rows leave it
 * out: a county of 高中 planned with the default scope has nothing to count there (a dash), not
 * 30/30 schools within their caps.
 */
import type { Policy } from '../domain/policy.js';
import { inScope, sectionOfPlace, sectionsOf } from '../domain/sections.js';
import type { School } from '../domain/types.js';

/** Whether some section of the school is in the scope. */
export const takesPart = (s: Pick<School, 'stage'>, p: Pick<Policy, 'scope'>): boolean => sectionsOf(s).some((sec) => inScope(sec, p));

/** Whether a place (a school of one section, or one section of a school, `id@section`) is in the scope. */
export function placeTakesPart(place: string, s: Pick<School, 'stage'> | undefined, p: Pick<Policy, 'scope'>): boolean {
  const sec = sectionOfPlace(place);
  if (sec !== undefined) return inScope(sec, p);
  return s !== undefined && takesPart(s, p);
}
