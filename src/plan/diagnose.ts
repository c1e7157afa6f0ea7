import type { Text } from '../domain/text.js';
import type { ModelContext } from '../model/context.js';
import { ruleNamed } from '../rules/registry.js';
import type { RuleCheck } from '../rules/rule.js';

/** A rule the county cannot meet, with the numbers and a change that would make it feasible. */
export interface Conflict {
  rule: string;
  zh: string;
  en: string;
  /** The shortfall in numbers, from the closest plan. */
  failures: Text[];
  /** A parameter change that would lift this conflict. */
  hint: Text;
}

/**
 * The conflicts shown by the closest plan (the elastic model's), rule by rule, each with its
 * numbers, what the county can give at most, and what would lift it.
 */
export function diagnose(checks: readonly RuleCheck[], ctx: ModelContext): Conflict[] {
  return checks
    .filter((c) => !c.held)
    .map((c) => {
      const r = ruleNamed(c.rule);
      const hard = r?.kind === 'hard' ? r : undefined;
      return {
        rule: c.rule,
        zh: c.zh,
        en: c.en,
        failures: [...c.failures, ...(hard?.capacity?.(ctx) ?? [])],
        hint: hard?.hint?.(ctx.policy) ?? { zh: '检查锁定与输入', en: 'check the locks and the input' },
      };
    });
}
