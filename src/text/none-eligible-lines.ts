/**
 * Why nobody is eligible (domain/none-eligible.ts), as the terminal prints it: the headline, then a
 * line per cause indented under it. `rotate plan` prints it under the moves' line (this plan moves
 * nobody); `rotate validate` after its check and `rotate publish` before planning under its counts
 * (planning would rotate nobody), so that the files say it before any plan is made.
 */
import { noneEligible, type NoneEligibleMoment } from '../domain/none-eligible.js';
import type { Policy } from '../domain/policy.js';
import type { Lang, Teacher } from '../domain/types.js';

/** The lines in the county's language; none when some teacher is eligible. */
export function noneEligibleLines(teachers: readonly Teacher[], p: Policy, lang: Lang, moment: NoneEligibleMoment = 'plan'): string[] {
  return (noneEligible(teachers, p, moment) ?? []).map((t, i) => `${i === 0 ? '  ' : '    '}${lang === 'zh' ? t.zh : t.en}`);
}
