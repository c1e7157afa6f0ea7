/**
 * The exemption near retirement under the 2024 law, and the optional age ceiling that a county
 * may use instead (DOMAIN.md "Retirement").
 */
import { countEn } from './plural.js';
import { ageOn, birthOf, type Birth } from './birth.js';
import { addMonths, compareDates, dateEn, dateZh, monthNameEn, type FullDate } from './calendar.js';
import type { Policy } from './policy.js';
import { ageText, retirementAge, type Age, type RetirementGroup } from './retirement.js';
import type { Teacher } from './types.js';

/** An exemption or exclusion with its reason sentence in both languages. */
export interface Reason {
  zh: string;
  en: string;
  /**
   * The reason as a list posted for objection (公示) gives it: without the statutory date and age,
   * from which anyone could read the teacher's month of birth.
   */
  published?: { zh: string; en: string };
}

/**
 * The law's schedule for a teacher: women by the 55 schedule (or 60 with a senior title when the
 * policy says so), men and teachers of unknown gender by the 60 schedule (the later date). A
 * county that sets women's original age to 50 (`eligibility.retirement_age_female=50`) gets the
 * law's own schedule for that age, one month for every two months of birth from January 1975 up
 * to 55, not the 55 schedule's steps counted from 50.
 */
export function retirementGroup(t: Teacher, p: Policy): RetirementGroup {
  if (t.gender !== 'F') return 'male60';
  if (p.seniorWomenAt60 && (t.title === 'senior' || t.title === 'full_senior')) return 'female60';
  return p.retirementAgeFemale === 50 ? 'female50' : 'female55';
}

/** The statutory retirement date and age of a teacher whose birth is known. */
export interface Statutory {
  birth: Birth;
  age: Age;
  date: FullDate;
}

/**
 * The statutory retirement age and date under the 2024 law; the original ages (60 for men, 55
 * for women) are the policy's `eligibility.retirement_age_male`/`_female` (50 for women takes the
 * law's schedule for 50, see retirementGroup). Undefined without a year of birth.
 */
export function statutoryRetirement(t: Teacher, p: Policy): Statutory | undefined {
  const birth = birthOf(t, p.assumedBirthMonth);
  if (!birth) return undefined;
  const group = retirementGroup(t, p);
  const base = group === 'male60' ? p.retirementAgeMale : group === 'female55' ? p.retirementAgeFemale : undefined;
  const age = retirementAge(group, birth.date.year, birth.date.month, base);
  return { birth, age, date: addMonths(birth.date, age.years * 12 + age.months) };
}

/** What the dates assumed, each part after `；` / `; `: the month of birth, and the men's schedule for a teacher whose gender is not given. */
function assumption(b: Birth, t: Pick<Teacher, 'gender'>): Reason {
  const month = b.monthAssumed ? { zh: `；只有出生年份${b.date.year}, 按${b.date.month}月出生计`, en: `; only the year of birth, ${b.date.year}, is known: ${monthNameEn(b.date.month)} assumed` } : { zh: '', en: '' };
  const gender = t.gender === undefined ? { zh: '；性别未填, 按男教师计', en: "; gender not given: the men's age assumed" } : { zh: '', en: '' };
  return { zh: month.zh + gender.zh, en: month.en + gender.en };
}

/**
 * Exempt when fewer than `eligibility.exempt_years_to_retirement` years remain from the
 * cut-off date to the statutory retirement date: "法定退休日期 2031年3月, 距截止日 2026年8月31日
 * 不足5年". Null when more remain or the birth is unknown.
 */
export function retirementExemption(t: Teacher, p: Policy): Reason | null {
  const s = statutoryRetirement(t, p);
  if (!s) return null;
  const n = p.exemptYearsToRetirement;
  if (compareDates(s.date, addMonths(p.cutoff, 12 * n)) >= 0) return null;
  const age = ageText(s.age);
  const note = assumption(s.birth, t);
  const [cz, ce] = [dateZh(p.cutoff, true), dateEn(p.cutoff, true)];
  if (compareDates(s.date, p.cutoff) <= 0) {
    return {
      zh: `法定退休日期 ${dateZh(s.date)}, 不晚于截止日 ${cz}（法定退休年龄${age.zh}${note.zh}）`,
      en: `statutory retirement ${dateEn(s.date)}, on or before the cut-off date ${ce} (statutory age ${age.en}${note.en})`,
      published: { zh: `截止日 ${cz} 已到法定退休年龄`, en: `statutory retirement age reached by the cut-off date ${ce}` },
    };
  }
  return {
    zh: `法定退休日期 ${dateZh(s.date)}, 距截止日 ${cz} 不足${n}年（法定退休年龄${age.zh}${note.zh}）`,
    en: `statutory retirement ${dateEn(s.date)}, fewer than ${countEn(n, 'year')} after the cut-off date ${ce} (statutory age ${age.en}${note.en})`,
    published: { zh: `距法定退休不足${n}年`, en: `fewer than ${countEn(n, 'year')} before statutory retirement` },
  };
}

/**
 * Age-ceiling mode (off by default): a man of `ageCeiling.male` or more, a woman of
 * `ageCeiling.female` or more at the cut-off date does not take part. Teachers of unknown gender
 * are held to the men's ceiling; without a year of birth the ceiling cannot apply (null).
 */
export function ageCeilingExemption(t: Teacher, p: Policy): Reason | null {
  const birth = birthOf(t, p.assumedBirthMonth);
  if (!birth) return null;
  const age = ageOn(birth.date, p.cutoff);
  const female = t.gender === 'F';
  const limit = female ? p.ageCeiling.female : p.ageCeiling.male;
  if (age < limit) return null;
  const note = assumption(birth, t);
  const [who, whoEn] = female ? ['女', 'women'] : ['男', 'men'];
  return {
    zh: `截止日 ${dateZh(p.cutoff, true)} ${age}岁, 按年龄上限只有${limit}岁以下的${who}教师参加交流${note.zh ? `（${note.zh.slice(1)}）` : ''}`,
    en: `aged ${age} on the cut-off date ${dateEn(p.cutoff, true)}; under the age ceiling only ${whoEn} under ${limit} take part${note.en ? ` (${note.en.slice(2)})` : ''}`,
    published: { zh: `已达年龄上限（${who}教师${limit}岁）`, en: `at or over the age ceiling (${whoEn} ${limit})` },
  };
}

/**
 * What the nearness-to-retirement check (or the age ceiling) could not settle for a teacher it
 * does not exempt, as a note for the reason: no year of birth, so nothing was checked; or no
 * gender, the men's age assumed where the women's would exempt. Neither note gives a date or an
 * age, so that a list posted for objection shows no month of birth. Null when the check was whole.
 */
export function retirementUnchecked(t: Teacher, p: Policy): Reason | null {
  if (!p.ageCeiling.on && p.exemptYearsToRetirement === 0) return null;
  const rule = retirementCheck(p);
  if (!birthOf(t, p.assumedBirthMonth)) {
    return { zh: `未填出生年月, 未核对${rule.zh}`, en: `no birth date given: ${rule.en} was not checked` };
  }
  if (t.gender !== undefined) return null;
  const asWoman = { ...t, gender: 'F' as const };
  const exempt = p.ageCeiling.on ? ageCeilingExemption(asWoman, p) : retirementExemption(asWoman, p);
  if (!exempt) return null;
  const published = exempt.published ?? exempt;
  return {
    zh: `性别未填, 按男教师计; 如为女教师则${published.zh}, 应免交流`,
    en: `gender not given, the men's age assumed; a woman would be exempt (${published.en})`,
  };
}

/** What a birth lets the tool check, as the notes of a missing one name it: the age ceiling where it is on, else nearness to statutory retirement. */
export function retirementCheck(p: Policy): { zh: string; en: string } {
  return p.ageCeiling.on
    ? { zh: '是否已达年龄上限', en: 'the age ceiling' }
    : { zh: `是否距法定退休不足${p.exemptYearsToRetirement}年`, en: `whether fewer than ${countEn(p.exemptYearsToRetirement, 'year')} remain before statutory retirement` };
}
