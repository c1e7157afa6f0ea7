/**
 * Working days for the publication period (公示期): Monday to Friday. Public holidays are not
 * known to the tool (they move every year); a period that crosses one is set longer by hand.
 */
import { nextDay, type FullDate } from './calendar.js';

/** Day of the week, 0 = Sunday … 6 = Saturday (Sakamoto's method, Gregorian). */
export function weekday(d: FullDate): number {
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = d.month < 3 ? d.year - 1 : d.year;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + (t[d.month - 1] ?? 0) + d.day) % 7;
}

/** True on Monday to Friday. */
export function isWorkingDay(d: FullDate): boolean {
  const w = weekday(d);
  return w !== 0 && w !== 6;
}

/** A publication period: its first and last day, both working days. */
export interface Period {
  from: FullDate;
  to: FullDate;
}

/**
 * The period of `days` working days (≥ 1) that begins on `start`, or on the first working day
 * after it when `start` falls on a weekend: 2026-06-05 (a Friday), 3 days → 2026-06-05 to
 * 2026-06-09.
 */
export function publicationPeriod(start: FullDate, days: number): Period {
  let from = start;
  while (!isWorkingDay(from)) from = nextDay(from);
  let to = from;
  for (let n = 1; n < Math.max(1, days); ) {
    to = nextDay(to);
    if (isWorkingDay(to)) n += 1;
  }
  return { from, to };
}
