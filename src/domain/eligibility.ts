import { countEn, plural } from './plural.js';
import { exchangeExclusion } from './exchange.js';
import type { Policy } from './policy.js';
import { ageCeilingExemption, retirementExemption, retirementUnchecked } from './retirement-exemption.js';
import { exemptReason } from './exempt-reason.js';
import { retirementInTermNote } from './retirement-in-term.js';
import { joinMonthNote, yearsSince } from './school-years.js';
import { scopeExclusion } from './scope.js';
import { staffStatusCell, staffStatusExclusion } from './staff-status.js';
import type { Text } from './text.js';
import type { Teacher } from './types.js';

export type Status = 'eligible' | 'exempt' | 'not_eligible';

/**
 * What decided a teacher's eligibility, by the first rule that applies (see {@link eligibility}):
 * `years` both when the years at the school suffice and when they fall short.
 */
export type EligibilityCause = 'scope' | 'staff' | 'exchange' | 'exempt_reason' | 'retirement' | 'age_ceiling' | 'years';

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
  return decide(t, p).e;
}

/**
 * The cells of the teachers file that decide a teacher's eligibility, as the hint of a refused
 * move lock names them (出生年月、性别 for one near retirement, 免交流原因 for one exempt …).
 */
export function decidingCells(t: Teacher, p: Policy): Text {
  return decide(t, p).cells;
}

/** What decided a teacher's eligibility (with {@link eligibility}'s status, the cause of a teacher's not taking part). */
export function eligibilityCause(t: Teacher, p: Policy): EligibilityCause {
  return decide(t, p).cause;
}

const YEARS_CELLS: Text = { zh: '进本校年月（本校任教年限）', en: 'joined_school (years_at_school)' };

function decide(t: Teacher, p: Policy): { e: Eligibility; cells: Text; cause: EligibilityCause } {
  const scope = scopeExclusion(t, p);
  if (scope) return { e: { status: 'not_eligible', ...scope }, cells: { zh: '任教学段', en: 'teaching_stage' }, cause: 'scope' };
  const staff = staffStatusExclusion(t, p);
  if (staff) return { e: { status: 'not_eligible', ...staff }, cells: staffStatusCell(t), cause: 'staff' };
  const exchange = exchangeExclusion(t, p);
  if (exchange) return { e: { status: 'not_eligible', ...exchange }, cells: { zh: '交流原学校代码、交流结束年月', en: 'exchange_home_school, exchange_end' }, cause: 'exchange' };
  if (p.exemptWithReason && t.exempt) {
    return { e: { status: 'exempt', ...exemptReason(t.exempt, p.publish.exemptReason) }, cells: { zh: '免交流原因', en: 'exempt' }, cause: 'exempt_reason' };
  }
  const age = p.ageCeiling.on ? ageCeilingExemption(t, p) : retirementExemption(t, p);
  if (age) return { e: { status: 'exempt', ...age }, cells: { zh: '出生年月、性别', en: 'birth_date, gender' }, cause: p.ageCeiling.on ? 'age_ceiling' : 'retirement' };
  const years = schoolYears(t, p);
  const leader = t.role === 'principal' || t.role === 'vice_principal';
  const need = leader ? p.principalTerms * p.principalTermYears : p.minYears;
  const who = leader ? (t.role === 'principal' ? '校长' : '副校长') : '';
  const whoEn = leader ? (t.role === 'principal' ? 'principal, ' : 'vice principal, ') : '';
  const terms = leader ? { zh: `（${p.principalTerms}届, 每届${p.principalTermYears}年）`, en: ` (${countEn(p.principalTerms, 'term')} of ${countEn(p.principalTermYears, 'year')})` } : { zh: '', en: '' };
  const served = leader ? '任职' : '任教';
  const note = joinMonthNote(t.joinedSchool, p.cutoff, need) ?? { zh: '', en: '' };
  const cells = leader ? { zh: `岗位类别、${YEARS_CELLS.zh}`, en: `role, ${YEARS_CELLS.en}` } : YEARS_CELLS;
  if (years >= need) {
    const both = withNote(withNote(note, retirementUnchecked(t, p)), retirementInTermNote(t, p));
    return {
      e: { status: 'eligible', zh: `${who}本校${served}${years}年, 满${need}年${terms.zh}${both.zh}`, en: `${whoEn}${years} ${plural(years, 'year')} at the school, at least ${need}${terms.en}${both.en}` },
      cells,
      cause: 'years',
    };
  }
  return {
    e: { status: 'not_eligible', zh: `${who}本校${served}${years}年, 未满${need}年${terms.zh}${note.zh}`, en: `${whoEn}${years} ${plural(years, 'year')} at the school, fewer than ${need}${terms.en}${note.en}` },
    cells,
    cause: 'years',
  };
}

/** The years' note (`（…）` / ` (…)`, or empty) with what the retirement check could not settle added inside it. */
function withNote(note: Text, unchecked: Text | null): Text {
  if (!unchecked) return note;
  if (note.zh === '') return { zh: `（${unchecked.zh}）`, en: ` (${unchecked.en})` };
  return { zh: `${note.zh.slice(0, -1)}；${unchecked.zh}）`, en: `${note.en.slice(0, -1)}; ${unchecked.en})` };
}
