import type { Lock } from '../domain/types.js';

/**
 * The locks with a plan's list's rows that repeat another lock left out: a principal's move in
 * both assignments.csv and principals.csv (each written back by the county), or a plan's row a
 * locks file says again. Each would be counted and checked twice (人工锁定必须遵守 109/109 for 108
 * locked teachers). The lock kept is a locks file's or an objection's where there is one, else the
 * first in the county's order; locks the county wrote twice itself stay as written.
 */
export function withoutRepeatedPlanLocks(locks: readonly Lock[]): Lock[] {
  const key = (l: Lock): string => `${l.teacherId}\u0000${l.action}\u0000${l.schoolId ?? ''}`;
  const stated = new Set(locks.filter((l) => l.fromPlan !== true).map(key));
  const seen = new Set<string>();
  return locks.filter((l) => {
    if (l.fromPlan !== true) return true;
    const k = key(l);
    if (stated.has(k) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
