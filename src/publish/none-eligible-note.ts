/**
 * The line the lists before planning carry when no teacher of the county is eligible: without it,
 * every school's page reads 符合交流条件教师名册（0 人） 无, a posting of nobody without a word,
 * and the teachers too few years at their school are on neither list. County figures by cause
 * only (domain/none-eligible.ts, as plan and validate count them): no name, no date, no parameter.
 */
import type { EligibilityCause } from '../domain/eligibility.js';
import { ineligibleCauses } from '../domain/none-eligible.js';
import type { Policy } from '../domain/policy.js';
import type { Text } from '../domain/text.js';
import type { Teacher } from '../domain/types.js';

/** A cause as a notice board says it, with its count. */
function causeText(cause: EligibilityCause, n: number, p: Policy): Text {
  switch (cause) {
    case 'years':
      return { zh: `在现学校任教未满${p.minYears}年 ${n} 人`, en: `${n} with fewer than ${p.minYears} years at their school` };
    case 'exempt_reason':
      return { zh: `有免交流原因 ${n} 人`, en: `${n} exempt` };
    case 'retirement':
      return { zh: `距法定退休不足${p.exemptYearsToRetirement}年 ${n} 人`, en: `${n} within ${p.exemptYearsToRetirement} years of statutory retirement` };
    case 'age_ceiling':
      return { zh: `达到年龄上限 ${n} 人`, en: `${n} at the age ceiling` };
    case 'staff':
      return { zh: `非在编或不在岗 ${n} 人`, en: `${n} not on the staff or not at their post` };
    case 'exchange':
      return { zh: `正在交流中 ${n} 人`, en: `${n} on an exchange now` };
    case 'scope':
      return { zh: `任教学段不参加交流 ${n} 人`, en: `${n} teaching a stage not in the rotation` };
  }
}

/**
 * The county's line when no teacher (principals and vice principals aside) is eligible, as the
 * plan counts them (retirees out); null when some teacher is. `leaders`: principals and vice
 * principals due to rotate are on the list, so the line sets them aside.
 */
export function noneEligibleNote(teachers: readonly Teacher[], p: Policy, leaders: boolean): Text | null {
  const causes = ineligibleCauses(teachers, p);
  if (causes === null) return null;
  const parts = causes.map(({ cause, n }) => causeText(cause, n, p));
  return {
    zh: `全县没有符合交流条件的教师${leaders ? '（校长、副校长除外）' : ''}: ${parts.map((t) => t.zh).join('、')}`,
    en: `No teacher of the county is eligible to rotate${leaders ? ' (principals and vice principals aside)' : ''}: ${parts.map((t) => t.en).join(', ')}`,
  };
}
