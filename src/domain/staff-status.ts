/**
 * Who takes part (DOMAIN.md): 在编 teachers at their post (人员状态 在岗); not 特岗 teachers in
 * their service years or contract staff, nor staff on leave, seconded or off post. A substitute
 * (用人形式 代课) is in no county but as a principal or vice principal, whose row is kept on reading
 * (schema/substitute-rows.ts): such a leader stays for the 用人形式, as contract staff do.
 * A teacher whose columns are empty is taken to be on the staff and at the post (old counties).
 */
import type { Policy } from './policy.js';
import type { Reason } from './retirement-exemption.js';
import type { Teacher } from './types.js';

/** Why the teacher does not take part because of staff status, or null. */
export function staffStatusExclusion(t: Teacher, p: Policy): Reason | null {
  if (!p.onPostStaffOnly) return null;
  if (t.onStaff === false) return { zh: '非在编教师, 只有在编教师参加交流', en: 'not on the staff (在编); only staff teachers take part' };
  if (t.employment !== undefined && t.employment !== 'regular') {
    const label = t.employmentLabel ?? t.employment;
    if (t.employment === 'special_post') {
      return { zh: `用人形式「${label}」: 特岗教师服务期内不参加交流`, en: `employment "${label}": 特岗 teachers do not rotate during their service years` };
    }
    return { zh: `用人形式「${label}」, 只有在编教师参加交流`, en: `employment "${label}"; only staff teachers (在编) take part` };
  }
  if (t.state !== undefined && t.state !== 'on_post') {
    const label = t.stateLabel ?? t.state;
    return { zh: `人员状态「${label}」, 只有在岗教师参加交流`, en: `staff state "${label}"; only teachers at their post (在岗) take part` };
  }
  return null;
}

/** The column that decides {@link staffStatusExclusion} for a teacher it excludes: 是否在编, 用人形式 or 人员状态 (in its order). */
export function staffStatusCell(t: Teacher): { zh: string; en: string } {
  if (t.onStaff === false) return { zh: '是否在编', en: 'on_staff' };
  if (t.employment !== undefined && t.employment !== 'regular') return { zh: '用人形式', en: 'employment' };
  return { zh: '人员状态', en: 'state' };
}
