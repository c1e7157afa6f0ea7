/**
 * The note every output gives when no posts file was given and the posts were estimated: from the
 * staffing norm (students per post), from the schools' 核定编制数 where the schools file gives it,
 * or from both (staffing.ts estimatedStaff).
 */
import { plural } from './plural.js';
import type { Text } from './text.js';
import type { School } from './types.js';

/** How many of the schools the schools file gave a 核定编制数 for. */
export const quotaSchools = (schools: readonly Pick<School, 'staffQuota'>[]): number => schools.filter((s) => s.staffQuota !== undefined).length;

/** The note, given how many schools had their 核定编制数 and how many schools there are. */
export function estimatedPostsNote(quotaSchools: number, schools: number): Text {
  if (quotaSchools === 0) return { zh: '岗位数为估算: 未提供岗位表, 按编制标准（生师比）和各学段学科比例估算', en: 'posts are estimated: no posts file was given, so they come from the staffing norm and the per-stage subject shares' };
  if (quotaSchools >= schools) return { zh: '岗位数为估算: 未提供岗位表, 按各校核定编制数和各学段学科比例估算', en: "posts are estimated: no posts file was given, so they come from each school's staffing quota (核定编制数) and the per-stage subject shares" };
  const rest = schools - quotaSchools;
  return {
    zh: `岗位数为估算: 未提供岗位表, 按核定编制数（${quotaSchools} 所学校; 其余 ${rest} 所未填, 按编制标准（生师比））和各学段学科比例估算`,
    en: `posts are estimated: no posts file was given, so they come from the staffing quota (核定编制数) of ${quotaSchools} ${plural(quotaSchools, 'school')} and the staffing norm for the other ${rest}, split by the per-stage subject shares`,
  };
}
