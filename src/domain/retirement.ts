/**
 * The statutory retirement age and date under the 2024 decision of the NPC Standing Committee
 * (全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定, in force 2025-01-01):
 *
 * - men (original age 60) and women whose original age is 55: one month later for every four
 *   months of birth from January 1965 (men) and January 1970 (women), up to 63 and 58;
 * - women whose original age is 50: one month later for every two months of birth from
 *   January 1975, up to 55.
 *
 * Teachers are professional staff: a woman's original age is 55, and a woman with a senior
 * title (高级, 正高级) may work to 60 when the policy says so (60 lies beyond the schedule's
 * 58, so it is not delayed further).
 */
import { addMonths, type FullDate } from './calendar.js';

/** Which schedule of the law applies. `female60` is the senior-title women's age, not delayed. */
export type RetirementGroup = 'male60' | 'female55' | 'female50' | 'female60';

/** An age in years and months. */
export interface Age {
  years: number;
  months: number;
}

interface Schedule {
  /** Original age, years. */
  base: number;
  /** First birth month delayed: year and month. */
  fromYear: number;
  fromMonth: number;
  /** Months of birth per month of delay. */
  every: number;
  /** Largest delay, months. */
  maxMonths: number;
}

const SCHEDULES: Readonly<Record<RetirementGroup, Schedule | null>> = {
  male60: { base: 60, fromYear: 1965, fromMonth: 1, every: 4, maxMonths: 36 },
  female55: { base: 55, fromYear: 1970, fromMonth: 1, every: 4, maxMonths: 36 },
  female50: { base: 50, fromYear: 1975, fromMonth: 1, every: 2, maxMonths: 60 },
  female60: null,
};

/**
 * The statutory retirement age of someone born in `birthYear`/`birthMonth` (1–12) under the
 * group's schedule (`base` replaces the original age, for a county that sets another): a man born January–April 1965 retires at 60 years 1 month, one born in
 * December 1964 at 60, one born September 1976 or later at 63.
 */
export function retirementAge(group: RetirementGroup, birthYear: number, birthMonth: number, base?: number): Age {
  const s = SCHEDULES[group];
  if (!s) return { years: base ?? 60, months: 0 };
  const since = (birthYear - s.fromYear) * 12 + (birthMonth - s.fromMonth);
  const delay = since < 0 ? 0 : Math.min(s.maxMonths, Math.floor(since / s.every) + 1);
  return { years: (base ?? s.base) + Math.floor(delay / 12), months: delay % 12 };
}

/** The date the statutory retirement age is reached: the birth date plus the age (day 1 when the day is not known). */
export function retirementDate(group: RetirementGroup, birth: FullDate): FullDate {
  const age = retirementAge(group, birth.year, birth.month);
  return addMonths(birth, age.years * 12 + age.months);
}

/** `60岁1个月` / `60 years 1 month`. */
export function ageText(age: Age): { zh: string; en: string } {
  if (age.months === 0) return { zh: `${age.years}岁`, en: `${age.years} years` };
  return { zh: `${age.years}岁${age.months}个月`, en: `${age.years} years ${age.months} month${age.months === 1 ? '' : 's'}` };
}
