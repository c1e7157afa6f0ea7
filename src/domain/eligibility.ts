import { exchangeExclusion } from './exchange.js';
import type { Policy } from './policy.js';
import { ageCeilingExemption, retirementExemption } from './retirement-exemption.js';
import { exemptReason } from './exempt-reason.js';
import { joinMonthNote, yearsSince } from './school-years.js';
import { scopeExclusion } from './scope.js';
import { staffStatusExclusion } from './staff-status.js';
import type { Teacher } from './types.js';

export type Status = 'eligible' | 'exempt' | 'not_eligible';

/** Whether a teacher may rotate this year, with the reason in both languages. */
export interface Eligibility {
  status: Status;
  zh: string;
  en: string;
  /** The reason as a list posted for objection gives it, where it is not this one (near retirement: no date or age; see retirement-exemption.ts). */
  published?: { zh: string; en: string };
}

/**
 * Consecutive years at the current school at the cut-off date: counted from `joinedSchool` when
 * given, else `yearsAtSchool` as stated.
 */
export function schoolYears(t: Teacher, p: Policy): number {
  return t.joinedSchool ? yearsSince(t.joinedSchool, p.cutoff) : t.yearsAtSchool;
}

/**
 * Eligibility by the rules, in this order: scope (the teacher's section, `rules.scope`), staff status (在编, 用人形式, 人员状态), an exchange in
 * progress (or just ended), the exemption reason, nearness to the statutory retirement date under
 * the 2024 law (or the age ceiling, when that mode is on), then years at the school (two terms
 * for principals and vice principals). Locks do not change eligibility; they are checked against it.
 */
export function eligibility(t: Teacher, p: Policy): Eligibility {
  const out = scopeExclusion(t, p) ?? staffStatusExclusion(t, p) ?? exchangeExclusion(t, p);
  if (out) return { status: 'not_eligible', ...out };
  if (p.exemptWithReason && t.exempt) {
    return { status: 'exempt', ...exemptReason(t.exempt) };
  }
  const age = p.ageCeiling.on ? ageCeilingExemption(t, p) : retirementExemption(t, p);
  if (age) return { status: 'exempt', ...age };
  const years = schoolYears(t, p);
  const leader = t.role === 'principal' || t.role === 'vice_principal';
  const need = leader ? p.principalTerms * p.termYears : p.minYears;
  const who = leader ? (t.role === 'principal' ? '校长' : '副校长') : '';
  const whoEn = leader ? (t.role === 'principal' ? 'principal, ' : 'vice principal, ') : '';
  const terms = leader ? `(${p.principalTerms}届)` : '';
  const note = joinMonthNote(t.joinedSchool, p.cutoff, need) ?? { zh: '', en: '' };
  if (years >= need) {
    return {
      status: 'eligible',
      zh: `${who}本校任教${years}年, 满${need}年${terms}${note.zh}`,
      en: `${whoEn}${years} years at the school, at least ${need}${note.en}`,
    };
  }
  return {
    status: 'not_eligible',
    zh: `${who}本校任教${years}年, 未满${need}年${terms}${note.zh}`,
    en: `${whoEn}${years} years at the school, fewer than ${need}${note.en}`,
  };
}
