/**
 * A teacher's birth as far as the input tells it, and age at a date.
 */
import { wholeYears, type FullDate } from './calendar.js';
import type { Teacher } from './types.js';

/** A birth date with every part settled, and whether the month was assumed. */
export interface Birth {
  date: FullDate;
  /** True when only the year was given and the policy's month was assumed. */
  monthAssumed: boolean;
}

/**
 * The teacher's birth date: `birth_date` as given (day 1 when the day is not), or the year of
 * `birth_year` with `assumedMonth`; undefined when neither is known.
 */
export function birthOf(t: Teacher, assumedMonth: number): Birth | undefined {
  const year = t.birthDate?.year ?? t.birthYear;
  if (year === undefined) return undefined;
  const month = t.birthDate?.month;
  if (month === undefined) return { date: { year, month: assumedMonth, day: 1 }, monthAssumed: true };
  return { date: { year, month, day: t.birthDate?.day ?? 1 }, monthAssumed: false };
}

/** Age in whole years on `at`. */
export function ageOn(birth: FullDate, at: FullDate): number {
  return wholeYears(birth, at);
}
