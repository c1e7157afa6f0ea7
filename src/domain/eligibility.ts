import type { Policy } from './policy.js';
import type { Teacher } from './types.js';

export type Status = 'eligible' | 'exempt' | 'not_eligible';

/** Whether a teacher may rotate this year, with the reason in both languages. */
export interface Eligibility {
  status: Status;
  zh: string;
  en: string;
}

/** Statutory retirement age; a teacher of unknown gender is held to the later (male) age. */
function retirementAge(t: Teacher, p: Policy): number {
  return t.gender === 'F' ? p.retirementAgeFemale : p.retirementAgeMale;
}

/**
 * Eligibility by the rules, in this order: exemption reason, nearness to retirement,
 * then years at the school (two terms for principals and vice principals).
 * Locks do not change eligibility; they are checked against it.
 */
export function eligibility(t: Teacher, p: Policy): Eligibility {
  if (p.exemptWithReason && t.exempt) {
    return { status: 'exempt', zh: `免交流: ${t.exempt}`, en: `exempt: ${t.exempt}` };
  }
  if (t.birthYear !== undefined) {
    const age = p.planYear - t.birthYear;
    const retire = retirementAge(t, p);
    if (retire - age <= p.exemptYearsToRetirement) {
      return {
        status: 'exempt',
        zh: `${p.planYear}年${age}岁, 距法定退休年龄${retire}岁不足${p.exemptYearsToRetirement}年`,
        en: `aged ${age} in ${p.planYear}, within ${p.exemptYearsToRetirement} years of retirement at ${retire}`,
      };
    }
  }
  const leader = t.role === 'principal' || t.role === 'vice_principal';
  const need = leader ? p.principalTerms * p.termYears : p.minYears;
  const who = leader ? (t.role === 'principal' ? '校长' : '副校长') : '';
  const whoEn = leader ? (t.role === 'principal' ? 'principal, ' : 'vice principal, ') : '';
  const terms = leader ? `(${p.principalTerms}届)` : '';
  if (t.yearsAtSchool >= need) {
    return {
      status: 'eligible',
      zh: `${who}本校任教${t.yearsAtSchool}年, 满${need}年${terms}`,
      en: `${whoEn}${t.yearsAtSchool} years at the school, at least ${need}`,
    };
  }
  return {
    status: 'not_eligible',
    zh: `${who}本校任教${t.yearsAtSchool}年, 未满${need}年${terms}`,
    en: `${whoEn}${t.yearsAtSchool} years at the school, fewer than ${need}`,
  };
}
