/**
 * Calendar dates as the input gives them: a year, usually a month, sometimes a day.
 * Pure arithmetic on whole months and days; no clock, no time zones.
 */

/** A date read from a cell. `month` 1–12 and `day` 1–31 are absent when the cell did not give them. */
export interface CalendarDate {
  year: number;
  month?: number;
  day?: number;
}

/** A date with every part known. */
export interface FullDate {
  year: number;
  month: number;
  day: number;
}

/** Days in a month of a year (Gregorian). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Months since year 0 of the month a date falls in (`month` 1–12). */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/** The date `months` whole months after `d` (the day clipped to the target month's length). */
export function addMonths(d: FullDate, months: number): FullDate {
  const idx = monthIndex(d.year, d.month) + months;
  const year = Math.floor(idx / 12);
  const month = (idx % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** Negative when `a` is before `b`, 0 on the same day, positive after. */
export function compareDates(a: FullDate, b: FullDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * Whole years from `from` to `to` (a birthday or an anniversary counts on its day):
 * 1980-07-01 → 2026-06-30 is 45, → 2026-07-01 is 46. Negative when `to` is earlier.
 */
export function wholeYears(from: FullDate, to: FullDate): number {
  let years = to.year - from.year;
  if (to.month < from.month || (to.month === from.month && to.day < from.day)) years -= 1;
  return years;
}

/** The next day (the cut-off date is a whole day: a term that starts the day after has run its years). */
export function nextDay(d: FullDate): FullDate {
  if (d.day < daysInMonth(d.year, d.month)) return { ...d, day: d.day + 1 };
  return d.month === 12 ? { year: d.year + 1, month: 1, day: 1 } : { year: d.year, month: d.month + 1, day: 1 };
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `January` … `December` for a month 1–12 (the number itself for any other). */
export function monthNameEn(month: number): string {
  return MONTHS_EN[month - 1] ?? String(month);
}

/** `2031年3月` (or `2026年8月31日` with `withDay`). */
export function dateZh(d: CalendarDate, withDay = false): string {
  if (d.month === undefined) return `${d.year}年`;
  return withDay && d.day !== undefined ? `${d.year}年${d.month}月${d.day}日` : `${d.year}年${d.month}月`;
}

/** `2031-03` (or `2026-08-31` with `withDay`). */
export function dateEn(d: CalendarDate, withDay = false): string {
  if (d.month === undefined) return String(d.year);
  const ym = `${d.year}-${String(d.month).padStart(2, '0')}`;
  return withDay && d.day !== undefined ? `${ym}-${String(d.day).padStart(2, '0')}` : ym;
}

/** `YYYY-MM-DD` → a full date, or null when it is not one (month 13, 31 February, …). */
export function parseIsoDate(text: string): FullDate | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * A day as a policy value is written (plan.cutoff, publish.start): `2026-08-31`, `2026-8-31`,
 * `2026/8/31` (a date cell saved to CSV by Excel or WPS on a Chinese Windows, perhaps with its
 * `0:00:00`), `2026.8.31`, `20260831`, `2026年8月31日`, full-width or not; null when it is not one day.
 */
export function parseDayText(text: string): FullDate | null {
  const s = text.normalize('NFKC').trim().replace(/\s*([年月日])\s*/gu, '$1');
  for (const form of DAY_FORMS) {
    const g = form.exec(s)?.groups;
    if (g) return parseIsoDate(`${g['y']}-${g['m']}-${g['d']}`);
  }
  return null;
}

/** The forms of {@link parseDayText}: year, month and day as the groups y, m, d. */
const DAY_FORMS: readonly RegExp[] = [
  /^(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u, // 2026-8-31, 2026/8/31 0:00:00, 2026.8.31
  /^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})$/u, // 20260831
  /^(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日$/u, // 2026年8月31日
];
