import type { Teacher } from '../domain/types.js';
import type { PlanBook } from '../rules/book.js';
import { HARD_RULES } from '../rules/registry.js';
import type { HardRule, HardRuleName } from '../rules/rule.js';

/** The rules that judge a single change, in the registry's order. */
const ASKED = HARD_RULES.filter((r) => r.breaks !== undefined);
/** Of {@link ASKED}, those that can break for staying or for an allowed destination (see HardRule.moveOnly). */
const BEYOND_THE_MOVE = ASKED.filter((r) => !r.moveOnly);

/** Of {@link ASKED}, those that judge only a teacher's leaving (see HardRule.leaveOnly). */
const ON_LEAVING = ASKED.filter((r) => r.leaveOnly === true);

/** Which of the rules an allowed destination can break: all of them, those shared by every destination of a kind, or those that depend on the destination itself (HardRule.perDestination). */
export type RulePart = 'all' | 'shared' | 'destination';
const ALLOWED: Readonly<Record<RulePart, readonly HardRule[]>> = {
  all: BEYOND_THE_MOVE,
  shared: BEYOND_THE_MOVE.filter((r) => r.perDestination !== true),
  destination: BEYOND_THE_MOVE.filter((r) => r.perDestination === true),
};

function brokenAmong(rules: readonly HardRule[], book: PlanBook, t: Teacher, cur: string | undefined, next: string | undefined, dMovers: number): HardRuleName[] {
  const out: HardRuleName[] = [];
  for (const r of rules) if (r.breaks?.(book, t, cur, next, dMovers) === true) out.push(r.name);
  return out;
}

/**
 * The hard rules that hold in the plan and would fail once `t` goes to `next` instead of `cur`
 * (undefined = at the own school). Each rule judges only where the change acts, with the same
 * thresholds and rounding as its check on a finished plan; a test holds the two to agreement.
 */
export function rulesBroken(book: PlanBook, t: Teacher, cur: string | undefined, next: string | undefined, dMovers: number): HardRuleName[] {
  return brokenAmong(next === undefined ? BEYOND_THE_MOVE : ASKED, book, t, cur, next, dMovers);
}

/** The rules that bar `t` from leaving the own school (judging the leaving only, see HardRule.leaveOnly): broken by every move of a teacher who stays now. */
export function leavingBroken(book: PlanBook, t: Teacher): HardRuleName[] {
  return brokenAmong(ON_LEAVING, book, t, undefined, undefined, 1);
}

/**
 * {@link rulesBroken} for a destination `next` that every move judge allows (or staying), the
 * rules of `part` only: a rule that judges the move alone is not asked, since it cannot break.
 */
export function allowedRulesBroken(book: PlanBook, t: Teacher, cur: string | undefined, next: string | undefined, dMovers: number, part: RulePart): HardRuleName[] {
  return brokenAmong(ALLOWED[part], book, t, cur, next, dMovers);
}
