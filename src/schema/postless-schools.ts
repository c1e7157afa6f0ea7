/**
 * A posts file that has no row for a school whose teachers are in the teachers file: a school left
 * out when the rows were copied, or a code typed otherwise. The plan counts its posts as none, so
 * it receives nobody and its shortage is 0 whatever it lacks, without a word. Told in one warning
 * naming the schools. 高中 schools are not named: a county's posts file often covers only the
 * compulsory stages, which are the ones that take part unless rules.scope adds 高中.
 */
import { isLeader } from '../domain/leaders.js';
import { countEn } from '../domain/plural.js';
import { firstOf } from '../domain/text.js';
import type { InputIssue, Post, School, Teacher } from '../domain/types.js';

/** One warning naming the schools with teachers but no row in the posts file, or none (also without a posts file: posts are then estimated for every school). */
export function postlessSchoolWarnings(schools: readonly School[], teachers: readonly Teacher[], posts: readonly Post[] | null): InputIssue[] {
  const [first] = posts ?? [];
  if (!posts || !first) return [];
  const posted = new Set(posts.map((p) => p.schoolId));
  const staff = new Map<string, number>();
  for (const t of teachers) if (!isLeader(t)) staff.set(t.schoolId, (staff.get(t.schoolId) ?? 0) + 1);
  const missing = schools.filter((s) => s.stage !== 'senior' && !posted.has(s.id) && (staff.get(s.id) ?? 0) > 0);
  if (missing.length === 0) return [];
  const zh = firstOf(missing.map((s) => `${s.name}（${s.id}）教师 ${staff.get(s.id) ?? 0} 人`), 5, '、', '…');
  const en = firstOf(missing.map((s) => `${s.name} (${s.id}), ${countEn(staff.get(s.id) ?? 0, 'teacher')}`), 5, '; ', '…');
  return [
    {
      file: first.source.file,
      zh: `岗位表中没有 ${missing.length} 所学校的岗位, 而教师表中有其教师: ${zh}; 方案按无岗位计（不调入教师, 也不计缺员）, 若是漏填或学校代码写法不同, 请补上或改正`,
      en: `the posts file has no row for ${countEn(missing.length, 'school')} whose teachers are in the teachers file: ${en}; the plan counts no posts there (nobody arrives, no shortage counted); if rows were left out or the school code is written otherwise, add or correct them`,
    },
  ];
}
