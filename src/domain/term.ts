/**
 * The term of an exchange (交流期限) a plan starts: it begins the month after the plan's cut-off
 * date (the cut-off is the end of the school year, 31 August by default, so a term starts in
 * September) and runs `termYears` whole years, ending the month before the same month
 * `termYears` later (2026-09 → 2029-08). Its end month is what next year's teachers file
 * writes as 交流结束年月: a term ending by a later plan's cut-off date has ended by then.
 */
import { addMonths, type FullDate } from './calendar.js';

/** A month of the calendar. */
export interface YearMonth {
  year: number;
  month: number;
}

/** An exchange's term: its first and its last month, both included. */
export interface Term {
  start: YearMonth;
  end: YearMonth;
}

/**
 * The term of an exchange of a plan with this cut-off date, `termYears` long (a whole number ≥ 1,
 * the policy's `eligibility.term_years`).
 */
export function exchangeTerm(cutoff: FullDate, termYears: number): Term {
  const start = addMonths({ year: cutoff.year, month: cutoff.month, day: 1 }, 1);
  const end = addMonths(start, termYears * 12 - 1);
  return { start: { year: start.year, month: start.month }, end: { year: end.year, month: end.month } };
}

/** `202609`: the national teacher information system's year-month, which the teachers file reads back. */
export function yearMonthCode(ym: YearMonth): string {
  return `${ym.year}${String(ym.month).padStart(2, '0')}`;
}

/** `2026年9月`, or `2026-09` in English (the published lists). */
export function yearMonthText(m: YearMonth, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `${m.year}年${m.month}月` : `${m.year}-${String(m.month).padStart(2, '0')}`;
}

/** The term's name in the published lists. */
export type ExchangeTerm = Term;
