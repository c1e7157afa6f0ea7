/**
 * A teacher whose statutory retirement date (the 2024 law, retirement-exemption.ts) falls after the
 * cut-off date but before the end of the term an exchange of this plan would run (exchangeTerm:
 * `eligibility.term_years` from the month after the cut-off date). DOMAIN.md exempts only those
 * within `eligibility.exempt_years_to_retirement` of retirement and does not say whether a teacher
 * who would retire during the term may be sent; when that parameter is below the term (or the
 * exemption is off), such a teacher is eligible, and the reason says what sending him or her means.
 */
import { addMonths, compareDates, daysInMonth, type FullDate } from './calendar.js';
import type { Policy } from './policy.js';
import { statutoryRetirement } from './retirement-exemption.js';
import { exchangeTerm, yearMonthText } from './term.js';
import type { Text } from './text.js';
import type { Teacher } from './types.js';

/** The last day of the term an exchange of this plan would run (2029-08-31 for a plan of 2026, 3 years). */
export function termLastDay(p: Policy): FullDate {
  const end = exchangeTerm(p.cutoff, p.termYears).end;
  return { year: end.year, month: end.month, day: daysInMonth(end.year, end.month) };
}

/**
 * The fewest years of `eligibility.exempt_years_to_retirement` that exempt every teacher who would
 * retire during the term: the term's years, one more when the cut-off date is not the last day of
 * its month (a term then ends later in the month than the cut-off day).
 */
export function yearsExemptingTerm(p: Policy): number {
  return compareDates(addMonths(p.cutoff, 12 * p.termYears), termLastDay(p)) >= 0 ? p.termYears : p.termYears + 1;
}

/** True when the teacher's statutory retirement date falls after the cut-off date and before the last day of the term a move this year would start. */
export function retiresInTerm(t: Teacher, p: Policy): boolean {
  const s = statutoryRetirement(t, p);
  return s !== undefined && compareDates(s.date, p.cutoff) > 0 && compareDates(s.date, termLastDay(p)) < 0;
}

/**
 * The note of an eligible teacher who would retire during the term, or null. It gives the term's
 * end, which is the county's, and neither the retirement date nor the age, so that a list posted
 * for objection shows no month of birth.
 */
export function retirementInTermNote(t: Teacher, p: Policy): Text | null {
  if (!mayRetireInTerm(t, p)) return null;
  const end = exchangeTerm(p.cutoff, p.termYears).end;
  return {
    zh: `法定退休日期早于交流期满（${yearMonthText(end, 'zh')}）, 如安排交流将在交流期内退休`,
    en: `statutory retirement comes before an exchange term would end (${yearMonthText(end, 'en')}): if sent, the teacher retires during it`,
  };
}

/** The same said of a teacher the plan moves, for the move's reason (no date or age either); null for anyone else. */
export function retirementInTermMoveNote(t: Teacher, p: Policy): Text | null {
  if (!mayRetireInTerm(t, p)) return null;
  const end = exchangeTerm(p.cutoff, p.termYears).end;
  return {
    zh: `法定退休日期早于交流期满（${yearMonthText(end, 'zh')}）, 将在交流期内退休`,
    en: `reaches statutory retirement before the term ends (${yearMonthText(end, 'en')})`,
  };
}

/** {@link retiresInTerm} for a teacher who takes part, at once false when the exemption's years reach past the term (the default, 5 against 3). */
function mayRetireInTerm(t: Teacher, p: Policy): boolean {
  if (!p.ageCeiling.on && p.exemptYearsToRetirement >= yearsExemptingTerm(p)) return false;
  return retiresInTerm(t, p);
}
