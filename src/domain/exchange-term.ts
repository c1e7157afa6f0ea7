/**
 * The term of the exchanges a plan decides (交流期限): they start the month after the plan's
 * cut-off date and last `eligibility.term_years` years (DOMAIN.md: 3 years by default).
 */
import { monthIndex, type FullDate } from './calendar.js';

/** A year and a month (1–12). */
export interface YearMonth {
  year: number;
  month: number;
}

/** The first and the last month of an exchange. */
export interface ExchangeTerm {
  start: YearMonth;
  /** The term's last month: `termYears` × 12 months from `start`, `start` included. */
  end: YearMonth;
}

function fromIndex(idx: number): YearMonth {
  return { year: Math.floor(idx / 12), month: (idx % 12) + 1 };
}

/**
 * The term of an exchange decided with this cut-off date: from the month after it, `termYears`
 * whole years. The end is the term's last month (cut-off 2026-08-31, 3 years: 2026-09 to
 * 2029-08), so that the end month, read back later as a teacher's 交流结束年月, sends the teacher
 * home at the cut-off date `termYears` years on (exchange.ts: a term that ends by the cut-off
 * date returns), not one year later.
 */
export function exchangeTerm(cutoff: FullDate, termYears: number): ExchangeTerm {
  const start = monthIndex(cutoff.year, cutoff.month) + 1;
  return { start: fromIndex(start), end: fromIndex(start + termYears * 12 - 1) };
}

/** `2026年9月`, or `2026-09` in English. */
export function yearMonthText(m: YearMonth, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `${m.year}年${m.month}月` : `${m.year}-${String(m.month).padStart(2, '0')}`;
}
