import type { Policy } from '../domain/policy.js';
import type { County } from '../domain/types.js';
import { planFacts, type MoveIds } from '../rules/facts.js';
import { HARD_RULES } from '../rules/registry.js';
import type { RuleCheck } from '../rules/rule.js';

export type { MoveIds, RuleCheck };

/**
 * Checks every hard rule on a finished plan, from the county, the policy and the list of moves
 * alone: nothing from the model or the solver is trusted here.
 */
export function verifyPlan(county: County, p: Policy, moves: readonly MoveIds[]): RuleCheck[] {
  const facts = planFacts(county, p, moves);
  return HARD_RULES.map((r) => {
    const check = r.check(facts);
    // A rule switched off holds by allowing everything: its line says it is off, not "104/104".
    return r.switchedOff?.off(p) && check.held ? { ...check, threshold: OFF, value: `${r.switchedOff.param}=no` } : check;
  });
}

/** The threshold of a rule switched off by its parameter, in both languages (the checklist's columns are shared). */
export const OFF = '已关闭 off';
