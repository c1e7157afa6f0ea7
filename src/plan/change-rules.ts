import type { Teacher } from '../domain/types.js';
import type { PlanBook } from '../rules/book.js';
import { HARD_RULES } from '../rules/registry.js';
import type { HardRuleName } from '../rules/rule.js';

/**
 * The hard rules that hold in the plan and would fail once `t` goes to `next` instead of `cur`
 * (undefined = at the own school). Each rule judges only where the change acts, with the same
 * thresholds and rounding as its check on a finished plan; a test holds the two to agreement.
 */
export function rulesBroken(book: PlanBook, t: Teacher, cur: string | undefined, next: string | undefined, dMovers: number): HardRuleName[] {
  return HARD_RULES.filter((r) => r.breaks?.(book, t, cur, next, dMovers) === true).map((r) => r.name);
}

/** The rules whose breaking depends on the destination itself (see HardRule.perDestination). */
export const PER_DESTINATION: ReadonlySet<HardRuleName> = new Set(HARD_RULES.filter((r) => r.perDestination === true).map((r) => r.name));

/** Of {@link rulesBroken}, only the rules that depend on the destination itself. */
export function destinationRulesBroken(book: PlanBook, t: Teacher, cur: string | undefined, next: string | undefined, dMovers: number): HardRuleName[] {
  return HARD_RULES.filter((r) => r.perDestination === true && r.breaks?.(book, t, cur, next, dMovers) === true).map((r) => r.name);
}
