/**
 * Years at the current school, counted from 进本校年月 (`joined_school`) to the plan's cut-off date.
 */
import { monthNameEn, nextDay, wholeYears, type CalendarDate, type FullDate } from './calendar.js';

/** Month assumed when only the year of joining is known: September, when the school year starts. */
export const ASSUMED_JOIN_MONTH = 9;

/** The day a teacher joined: day 1 when the cell gave only the month, September 1 when only the year. */
export function joinDay(d: CalendarDate): FullDate {
  return { year: d.year, month: d.month ?? ASSUMED_JOIN_MONTH, day: d.day ?? 1 };
}

/**
 * Whole years from joining to the end of the cut-off day: joined September 2020 (or 2020-09-01),
 * cut-off 2026-08-31 → 6; joined 2020-09-15 → 5. Never negative (a later date is refused as
 * implausible before this is used).
 */
export function yearsSince(joined: CalendarDate, cutoff: FullDate): number {
  return Math.max(0, wholeYears(joinDay(joined), nextDay(cutoff)));
}

/**
 * When 进本校年月 gives only the year and the month decides whether `need` years are reached
 * (joined in January, enough; in December, not), the note that says the month assumed; null
 * otherwise (a month given, or a year far from the threshold).
 */
export function joinMonthNote(joined: CalendarDate | undefined, cutoff: FullDate, need: number): { zh: string; en: string } | null {
  if (joined === undefined || joined.month !== undefined) return null;
  const early = yearsSince({ year: joined.year, month: 1, day: 1 }, cutoff) >= need;
  const late = yearsSince({ year: joined.year, month: 12, day: 31 }, cutoff) >= need;
  if (early === late) return null;
  return { zh: `（进本校年月只填了年份${joined.year}, 按${ASSUMED_JOIN_MONTH}月计）`, en: ` (only the year ${joined.year} of joining given: ${monthNameEn(ASSUMED_JOIN_MONTH)} assumed)` };
}
