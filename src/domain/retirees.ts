/**
 * Teachers who reach the statutory retirement date by the plan's cut-off date (the 2024 law, see
 * retirement-exemption.ts) are gone when the rotation takes effect: under
 * `eligibility.retirees_leave` they are taken out of the county before the plan is made, so that
 * no count (teachers, shortage, caps, 优质均衡 indicators, before and after) holds them and their
 * posts count as open. They are still listed (teachers.csv, explain), as retiring. A teacher with a
 * move lock is left in, so that the lock is refused as a lock on a teacher who does not take part.
 */
import { compareDates } from './calendar.js';
import { exemptReason } from './exempt-reason.js';
import type { Policy } from './policy.js';
import { retirementExemption, statutoryRetirement, type Reason } from './retirement-exemption.js';
import type { County, Teacher } from './types.js';

/** True when the teacher's statutory retirement date is on or before the cut-off date. */
export function retiresByCutoff(t: Teacher, p: Policy): boolean {
  const s = statutoryRetirement(t, p);
  return s !== undefined && compareDates(s.date, p.cutoff) <= 0;
}

/** The county without the teachers who retire by the cut-off date, and those teachers (`county.retired`). Pure. */
export function withoutRetirees(county: County, p: Policy): County {
  const moving = new Set(county.locks.filter((l) => l.action === 'move').map((l) => l.teacherId));
  const retired: Teacher[] = [];
  const teachers = county.teachers.filter((t) => {
    if (moving.has(t.id) || !retiresByCutoff(t, p)) return true;
    retired.push({ ...retiredFrom(t), retiring: true });
    return false;
  });
  return retired.length === 0 ? county : { ...county, teachers, retired: [...(county.retired ?? []), ...retired] };
}

/**
 * A retiree as listed: one sent home from an exchange (returnsFromExchange) is a retiree, not a
 * return as well, so that each teacher is counted in one group (退休, not also 交流期满返回原校;
 * summary.json's counts and the report's 不符合条件 …, 其中交流期满返回原校 …). Listed at the home
 * school, as the return put him or her.
 */
function retiredFrom(t: Teacher): Teacher {
  if (t.returned !== true) return t;
  const { returned: _returned, exchangeSchool: _exchangeSchool, ...rest } = t;
  return rest;
}

/** Why a retiring teacher is counted nowhere: the statutory date before the cut-off date, and what follows. */
export function retireeReason(t: Teacher, p: Policy): Reason {
  // The exemption's own sentence for a date on or before the cut-off date (whatever years it exempts within).
  const r = retirementExemption(t, { ...p, exemptYearsToRetirement: Math.max(1, p.exemptYearsToRetirement) });
  const why = r ?? { zh: '截止日期前到达法定退休年龄', en: 'reaches the statutory retirement date by the cut-off date' };
  // An exemption reason the roster gives is kept too (nothing the user wrote is dropped); the posted list gives the retirement alone.
  const exempt = t.exempt ? exemptReason(t.exempt, p.publish.exemptReason) : undefined;
  const own = exempt ? { zh: `; ${exempt.zh}`, en: `; ${exempt.en}` } : { zh: '', en: '' };
  return { zh: `${why.zh}; 不计入调整前后教师数, 其岗位按空岗计${own.zh}`, en: `${why.en}; counted in no figure before or after the plan, the post counting as open${own.en}`, published: r?.published ?? why };
}
