import { isTown } from './direction.js';
import type { Policy } from './policy.js';
import type { School, Teacher } from './types.js';

/**
 * An urban or town teacher at intermediate title (the one below 高级) who lacks the rural or
 * weak-school service a senior title needs (人社部发〔2015〕79号).
 */
export function needsRuralService(t: Teacher, school: School | undefined, p: Policy): boolean {
  return school !== undefined && isTown(school) && !school.weak && t.title === 'intermediate' && t.ruralYears < p.ruralServiceYears;
}

/**
 * Who should go first within a group of alike teachers: those who need rural service for a
 * senior title, then the longest at the school, then those who asked for a school; ties by id.
 * Returns a negative number when a goes before b.
 */
export function comparePriority(a: Teacher, b: Teacher, schoolOf: (id: string) => School | undefined, p: Policy): number {
  const na = needsRuralService(a, schoolOf(a.schoolId), p) ? 1 : 0;
  const nb = needsRuralService(b, schoolOf(b.schoolId), p) ? 1 : 0;
  if (na !== nb) return nb - na;
  if (a.yearsAtSchool !== b.yearsAtSchool) return b.yearsAtSchool - a.yearsAtSchool;
  const pa = a.preferences.length > 0 ? 1 : 0;
  const pb = b.preferences.length > 0 ? 1 : 0;
  if (pa !== pb) return pb - pa;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Priority points of a mover, for the objective's `priority` term: years beyond the minimum, plus the rural-service need. */
export function priorityPoints(t: Teacher, school: School | undefined, p: Policy): number {
  return Math.max(0, t.yearsAtSchool - p.minYears) / 10 + (needsRuralService(t, school, p) ? 1 : 0);
}
