import type { Text } from '../domain/text.js';
import type { HardRuleName, RuleCheck } from './rule.js';

/** A check's result: held when nothing failed unless said otherwise; at most 20 failures kept. */
export function checkResult(r: { rule: HardRuleName; zh: string; en: string; threshold: string; value: string; failures: Text[]; relaxable: boolean; held?: boolean }): RuleCheck {
  return { rule: r.rule, zh: r.zh, en: r.en, threshold: r.threshold, value: r.value, held: r.held ?? r.failures.length === 0, failures: r.failures.slice(0, 20), relaxable: r.relaxable };
}

/** A check of a rule that judges each move: how many moves it refused, with the refusals. */
export function moveCheck(rule: HardRuleName, zh: string, en: string, failures: Text[]): RuleCheck {
  return checkResult({ rule, zh, en, threshold: '0', value: String(failures.length), failures, relaxable: false });
}
