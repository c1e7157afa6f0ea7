/**
 * A county where no teacher may rotate this year (every one too short at the school, exempt, or
 * out of scope) gets a plan of nobody, every rule ticked: without a word it reads as a plan the
 * bureau could publish. What kept the teachers out is told by cause, most teachers first, each
 * with the column of the teachers file or the parameter that decides it.
 */
import { countEn } from './plural.js';
import { eligibility, eligibilityCause, type EligibilityCause } from './eligibility.js';
import { isLeader } from './leaders.js';
import type { Policy } from './policy.js';
import type { Text } from './text.js';
import type { Teacher } from './types.js';

/** The words of a cause with its count: what kept them out, and where to look or what to change. */
function causeWords(cause: EligibilityCause, n: number, p: Policy): Text {
  const v = (key: string): string => p.values[key] ?? '';
  switch (cause) {
    case 'years':
      return {
        zh: `本校任教未满${p.minYears}年 ${n} 人: 核对教师表「进本校年月」（或「本校任教年限」）和计划年份（年限计到截止日期 ${v('plan.cutoff')}）, 或调低 eligibility.min_years（现为 ${p.minYears}）`,
        en: `fewer than ${countEn(p.minYears, 'year')} at the school: ${n}; check the teachers file's joined_school (or years_at_school) and the plan year (years count to the cut-off date ${v('plan.cutoff')}), or lower eligibility.min_years (now ${p.minYears})`,
      };
    case 'exempt_reason':
      return {
        zh: `填写了免交流原因 ${n} 人: 见教师表「免交流原因」; 设 eligibility.exempt_with_reason=no 则不因此免交流`,
        en: `an exemption reason filled in: ${n}; see the teachers file's exempt column; eligibility.exempt_with_reason=no exempts nobody for it`,
      };
    case 'retirement':
      return {
        zh: `距法定退休不足${p.exemptYearsToRetirement}年 ${n} 人: 核对教师表「出生年月」「性别」, 或调低 eligibility.exempt_years_to_retirement（现为 ${p.exemptYearsToRetirement}）`,
        en: `within ${countEn(p.exemptYearsToRetirement, 'year')} of statutory retirement: ${n}; check the teachers file's birth_date and gender, or lower eligibility.exempt_years_to_retirement (now ${p.exemptYearsToRetirement})`,
      };
    case 'age_ceiling':
      return {
        zh: `达到年龄上限 ${n} 人: eligibility.age_ceiling_male、eligibility.age_ceiling_female（现为 ${p.ageCeiling.male}、${p.ageCeiling.female}）, 或 eligibility.age_ceiling=no`,
        en: `at or above the age ceiling: ${n}; eligibility.age_ceiling_male, eligibility.age_ceiling_female (now ${p.ageCeiling.male}, ${p.ageCeiling.female}), or eligibility.age_ceiling=no`,
      };
    case 'staff':
      return {
        zh: `非在编或不在岗 ${n} 人: 核对教师表「用人形式」「人员状态」, 或设 eligibility.on_post_staff_only=no`,
        en: `not on the staff or not at their post: ${n}; check the teachers file's employment and state, or set eligibility.on_post_staff_only=no`,
      };
    case 'exchange':
      return {
        zh: `正在交流中 ${n} 人: 见教师表「交流原学校代码」「交流结束年月」`,
        en: `on an exchange now: ${n}; see the teachers file's exchange_home_school and exchange_end`,
      };
    case 'scope':
      return {
        zh: `任教学段不在交流范围 ${n} 人: rules.scope（现为 ${v('rules.scope')}）`,
        en: `teaching a stage outside the scope: ${n}; rules.scope (now ${v('rules.scope')})`,
      };
  }
}

/**
 * What kept each teacher out when no teacher (principals and vice principals aside: the county
 * posts them) is eligible: the causes with their counts, most teachers first (ties in a fixed
 * order). Null when some teacher is eligible, or when there are no teachers to speak of.
 */
export function ineligibleCauses(teachers: readonly Teacher[], p: Policy): { cause: EligibilityCause; n: number }[] | null {
  const tally = new Map<EligibilityCause, number>();
  for (const t of teachers) {
    if (isLeader(t)) continue;
    if (eligibility(t, p).status === 'eligible') return null;
    const c = eligibilityCause(t, p);
    tally.set(c, (tally.get(c) ?? 0) + 1);
  }
  if (tally.size === 0) return null;
  return [...tally].sort((a, b) => b[1] - a[1] || ORDER.indexOf(a[0]) - ORDER.indexOf(b[0])).map(([cause, n]) => ({ cause, n }));
}

/**
 * When the words are said: of a plan made (`plan`: this plan moves nobody), or of the files before
 * any plan (`before`, validate and publish: planning would rotate nobody, and principals and vice
 * principals due to rotate, whom publish lists as eligible, are set aside in words).
 */
export type NoneEligibleMoment = 'plan' | 'before';

/** The headline of {@link noneEligible}, true at the moment it is said. */
function headline(teachers: readonly Teacher[], p: Policy, moment: NoneEligibleMoment): Text {
  if (moment === 'plan') return { zh: '没有符合交流条件的教师, 本方案无人交流。各原因人数, 及可核对或调整之处:', en: 'no teacher is eligible to rotate, so this plan moves nobody. By cause, with what to check or change:' };
  const leaders = teachers.some((t) => isLeader(t) && eligibility(t, p).status === 'eligible');
  return {
    zh: `没有符合交流条件的教师${leaders ? '（校长、副校长除外）' : ''}, 按现有数据和参数, 规划将无人交流。各原因人数, 及可核对或调整之处:`,
    en: `no teacher is eligible to rotate${leaders ? ' (principals and vice principals aside)' : ''}: with these files and parameters, planning would rotate nobody. By cause, with what to check or change:`,
  };
}

/**
 * Why no teacher (principals and vice principals aside: the county posts them) is eligible: a
 * headline, then one line per cause, most teachers first (ties in a fixed order). Null when some
 * teacher is eligible, or when there are no teachers to speak of.
 */
export function noneEligible(teachers: readonly Teacher[], p: Policy, moment: NoneEligibleMoment = 'plan'): Text[] | null {
  const causes = ineligibleCauses(teachers, p);
  if (causes === null) return null;
  return [headline(teachers, p, moment), ...causes.map(({ cause, n }) => causeWords(cause, n, p))];
}

const ORDER: readonly EligibilityCause[] = ['years', 'exempt_reason', 'retirement', 'age_ceiling', 'staff', 'exchange', 'scope'];
