/**
 * Why nobody is eligible (domain/none-eligible.ts), as the terminal prints it: the headline, then a
 * line per cause indented under it. `rotate plan` prints it under the moves' line, `rotate
 * validate` after its check, so that the files say it before any plan is made.
 */
import { noneEligible } from '../domain/none-eligible.js';
import type { Policy } from '../domain/policy.js';
import type { Lang, Teacher } from '../domain/types.js';

/** The lines in the county's language; none when some teacher is eligible. */
export function noneEligibleLines(teachers: readonly Teacher[], p: Policy, lang: Lang): string[] {
  return (noneEligible(teachers, p) ?? []).map((t, i) => `${i === 0 ? '  ' : '    '}${lang === 'zh' ? t.zh : t.en}`);
}
