/**
 * Why the plan moves nobody, or only what the quota asks, while teachers are eligible
 * (domain/few-moves-note.ts), as the terminal prints it under the moves' line: the headline, then
 * a line per cause indented under it. Nothing for a plan that moves more.
 */
import { fewMovesNote } from '../domain/few-moves-note.js';
import type { Policy } from '../domain/policy.js';
import type { County, Lang } from '../domain/types.js';
import type { Plan } from '../plan/build-plan.js';
import { fewMovesFacts } from '../plan/few-moves-facts.js';

/** The lines in the county's language; none when the plan moves more than the quota asks, or nobody is eligible. */
export function fewMovesLines(county: County, p: Policy, plan: Pick<Plan, 'moves' | 'figures'>, eligible: number, lang: Lang): string[] {
  const facts = fewMovesFacts(county, p, plan, eligible);
  if (facts === null) return [];
  return fewMovesNote(facts).map((t, i) => `${i === 0 ? '  ' : '    '}${lang === 'zh' ? t.zh : t.en}`);
}
