/**
 * A posts file beside the schools' 核定编制数: posts are what count (staffing.ts), and a school
 * whose posts add up to more than its quota (超编) is named in one warning, as a bureau checks
 * its 岗位设置 against the 编制 it has allotted.
 */
import { countEn, plural } from '../domain/plural.js';
import { firstOf } from '../domain/text.js';
import type { InputIssue, Post, School } from '../domain/types.js';

/** One warning naming the schools whose posts exceed their 核定编制数, or none. */
export function overQuotaWarnings(schools: readonly School[], posts: readonly Post[] | null): InputIssue[] {
  if (!posts || posts.length === 0) return [];
  const total = new Map<string, number>();
  for (const p of posts) total.set(p.schoolId, (total.get(p.schoolId) ?? 0) + p.posts);
  const over = schools.filter((s) => s.staffQuota !== undefined && (total.get(s.id) ?? 0) > s.staffQuota);
  const [first] = posts;
  if (over.length === 0 || !first) return [];
  const zh = firstOf(over.map((s) => `${s.name}（${s.id}）岗位 ${total.get(s.id) ?? 0} > 编制 ${s.staffQuota ?? 0}`), 5, '、', '…');
  const en = firstOf(over.map((s) => `${s.name} (${s.id}) ${countEn(total.get(s.id) ?? 0, 'post')} > quota ${s.staffQuota ?? 0}`), 5, ', ', '…');
  return [
    {
      file: first.source.file,
      zh: `${over.length} 所学校的岗位数超过学校表的核定编制数: ${zh}; 方案按岗位表计, 请核对岗位设置`,
      en: `${countEn(over.length, 'school')} ${plural(over.length, 'has', 'have')} more posts than ${plural(over.length, 'its', 'their')} staffing quota (核定编制数) in the schools file: ${en}; the plan counts the posts file's, check the posts`,
    },
  ];
}
