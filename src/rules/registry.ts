import { backboneBalance } from './backbone-balance.js';
import { backboneOutflowCap } from './backbone-outflow-cap.js';
import { backboneShare } from './backbone-share.js';
import { baseline } from './baseline.js';
import { countyQuota } from './county-quota.js';
import { cvCeiling } from './cv-ceiling.js';
import { direction } from './direction.js';
import { eligibility } from './eligibility.js';
import { homeTownship } from './home-township.js';
import { indicatorKeep } from './indicator-keep.js';
import { indicatorShortfall } from './indicator-shortfall.js';
import { indicatorSpread } from './indicator-spread.js';
import { locks } from './locks.js';
import { moves } from './moves.js';
import { oneDestination } from './one-destination.js';
import { outflowCap } from './outflow-cap.js';
import { postsCapacity } from './posts-capacity.js';
import { preference } from './preference.js';
import { priority } from './priority.js';
import type { HardRule, HardRuleName, Rule, RuleName, SoftTerm, TermName } from './rule.js';
import { sameStage } from './same-stage.js';
import { sameSubject } from './same-subject.js';
import { schoolQuota } from './school-quota.js';
import { shortage } from './shortage.js';
import { subjectCover } from './subject-cover.js';
import { twoWay } from './two-way.js';

/**
 * Every hard rule, in the order the checklist shows them and the model adds their rows. Adding a
 * rule: write its file (src/rules/NAME.ts, the name in snake_case as its file name in kebab-case),
 * add its name to {@link HardRuleName} and it here; its parameter goes in the policy table.
 */
export const HARD_RULES: readonly HardRule[] = [oneDestination, eligibility, locks, sameSubject, sameStage, direction, twoWay, postsCapacity, subjectCover, schoolQuota, countyQuota, backboneShare, outflowCap, backboneOutflowCap, cvCeiling];

/** The hard rules first left out of the model, then added if the plan breaks them (see {@link HardRule.lazy}). */
export const LAZY_RULES: ReadonlySet<string> = new Set(HARD_RULES.filter((r) => r.lazy === true).map((r) => r.name));

/** Every soft term of the objective, in the order they are reported (explain.json keeps their positions). */
export const TERMS: readonly SoftTerm[] = [shortage, backboneBalance, indicatorSpread, indicatorShortfall, indicatorKeep, moves, baseline, preference, homeTownship, priority];

/** Every rule and term: the model is built in this order. */
export const RULES: readonly Rule[] = [...HARD_RULES, ...TERMS];

/** The names of the terms, in their order. */
export const TERM_NAMES: readonly TermName[] = TERMS.map((t) => t.name);

export function ruleNamed(name: string): Rule | undefined {
  return RULES.find((r) => r.name === name);
}

export function hardRule(name: HardRuleName): HardRule | undefined {
  return HARD_RULES.find((r) => r.name === name);
}

export type { RuleName };
