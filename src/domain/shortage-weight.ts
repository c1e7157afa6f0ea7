import { isNeedySchool } from './direction.js';
import type { Policy } from './policy.js';
import type { School } from './types.js';

/** Cost of one unfilled post of a subject at a school: scarce subjects and rural/weak schools weigh more. */
export function shortageWeight(p: Policy, school: School, subject: string): number {
  const w = p.weights;
  return w.shortage * (p.scarce.includes(subject) ? w.scarceFactor : 1) * (isNeedySchool(school) ? w.ruralWeakFactor : 1);
}
