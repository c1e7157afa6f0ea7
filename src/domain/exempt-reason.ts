/**
 * The reason of an exemption (免交流原因, DOMAIN.md: "any teacher whose exemption reason is filled
 * in"). Some rosters tick the column (是, √, yes) rather than write a reason: the teacher is still
 * exempt, since the bureau marked him or her so, but the reason says that none was given, so that
 * the clerk fills it in before the list is posted for objection; it read "免交流: 是".
 */
import { exemptCategory } from './exempt-category.js';
import type { ExemptReasonShown } from './publish-parameters.js';
import type { Text } from './text.js';

/** Marks that say "exempt" and give no reason, compared after NFKC, trimming and lower case. */
const MARKS: ReadonlySet<string> = new Set(['是', '有', '对', '免', '免交流', '需免交流', 'yes', 'y', 'true', '1', '√', '✓', '✔', '☑', 'exempt']);

/** Whether a 免交流原因 cell only marks the teacher exempt, giving no reason. */
export function marksOnly(text: string): boolean {
  return MARKS.has(text.normalize('NFKC').trim().toLowerCase());
}

/**
 * The reason an exempt teacher's lists give: `免交流: 哺乳期`, or that no reason was written, with
 * what to do. The list posted for objection (`published`) says only that no reason was written,
 * and of a written reason gives its category (`免交流: 孕期或哺乳期`, exempt-category.ts) unless
 * `shown` is `written` (`publish.exempt_reason=原文`): then it gives the reason as written.
 */
export function exemptReason(text: string, shown: ExemptReasonShown): Text & { published?: Text } {
  if (marksOnly(text)) {
    return {
      zh: `免交流（免交流原因只填了「${text}」, 未写明原因; 公示前请补填）`,
      en: `exempt (免交流原因 says only "${text}", no reason given; fill it in before the list is posted)`,
      published: { zh: '免交流（未写明原因）', en: 'exempt (no reason given)' },
    };
  }
  const own = { zh: `免交流: ${text}`, en: `exempt: ${text}` };
  if (shown === 'written') return own;
  const category = exemptCategory(text);
  return { ...own, published: { zh: `免交流: ${category.zh}`, en: `exempt: ${category.en}` } };
}
