import { backboneBalance } from './families/backbone-balance.js';
import { backboneShare } from './families/backbone-share.js';
import { direction } from './families/direction.js';
import { baseline } from './families/baseline.js';
import { moves } from './families/moves.js';
import { backboneOutflowCap, outflowCap } from './families/outflow-caps.js';
import { postsCapacity } from './families/posts-capacity.js';
import { countyQuota, schoolQuota } from './families/quotas.js';
import { shortage } from './families/shortage.js';
import { homeTownship, preference, priority } from './families/stage-two.js';
import { eligibilityRule, locks, oneDestination, sameSubject } from './families/structural.js';
import type { Family } from './family.js';

/** Every constraint family, in the fixed order the model is built in. */
export const FAMILIES: readonly Family[] = [
  oneDestination,
  sameSubject,
  eligibilityRule,
  locks,
  direction,
  postsCapacity,
  schoolQuota,
  countyQuota,
  backboneShare,
  outflowCap,
  backboneOutflowCap,
  shortage,
  backboneBalance,
  moves,
  baseline,
  preference,
  homeTownship,
  priority,
];

export function family(name: string): Family | undefined {
  return FAMILIES.find((f) => f.name === name);
}
