import type { Text } from '../domain/text.js';
import type { School, Teacher } from '../domain/types.js';
import type { PlanFacts } from './facts.js';
import type { HardRuleName, RuleCheck } from './rule.js';

/** A check's result: held when nothing failed unless said otherwise; at most 20 failures kept. */
export function checkResult(r: { rule: HardRuleName; zh: string; en: string; threshold: string; value: string; failures: Text[]; relaxable: boolean; held?: boolean }): RuleCheck {
  return { rule: r.rule, zh: r.zh, en: r.en, threshold: r.threshold, value: r.value, held: r.held ?? r.failures.length === 0, failures: r.failures.slice(0, 20), relaxable: r.relaxable };
}

/**
 * How many of `n` things checked must hold and how many do, as the checklist shows it
 * (`92/92`); a dash when there was nothing to check (no moves, no locks).
 */
export function heldOf(n: number, failed: number): { threshold: string; value: string } {
  return n === 0 ? { threshold: '—', value: '—' } : { threshold: `${n}/${n}`, value: `${n - failed}/${n}` };
}

/**
 * A check of a rule that judges each move of the plan whose teacher and schools are known:
 * `refused` gives a refused move's words (null when the rule allows it).
 */
export function moveCheck(rule: HardRuleName, zh: string, en: string, f: PlanFacts, refused: (t: Teacher, from: School, to: School) => Text | null): RuleCheck {
  const failures: Text[] = [];
  let n = 0;
  for (const m of f.moves) {
    const t = f.teacher.get(m.teacherId);
    const from = f.school.get(m.fromSchoolId);
    const to = f.school.get(m.toSchoolId);
    if (!t || !from || !to) continue;
    n++;
    const why = refused(t, from, to);
    if (why) failures.push(why);
  }
  return checkResult({ rule, zh, en, ...heldOf(n, failures.length), failures, relaxable: false });
}
