/**
 * A subject the teachers file names and the posts file does not: `小学语文` where the posts say
 * `语文`, an older name (`品德与社会`) the subject list does not know. Such teachers match no post
 * anywhere, so they can go nowhere and their own school's posts in the subject look unfilled: a
 * plan is made, wrong, without a word. Told once per subject, with how many teachers and a row.
 */
import { plural } from './plural.js';
import { isLeader } from './leaders.js';
import type { Policy } from './policy.js';
import { inScope, teacherSection } from './sections.js';
import type { County, InputIssue } from './types.js';

/** The warnings, one per subject as written, in the order the teachers come; none without a posts file (estimated posts cover the subjects the policy's shares name). */
export function unpostedSubjectWarnings(county: County, policy: Pick<Policy, 'scope'>): InputIssue[] {
  if (!county.posts) return [];
  const posted = new Set(county.posts.map((p) => p.subject));
  const school = new Map(county.schools.map((s) => [s.id, s]));
  const found = new Map<string, { file: string; row: number; teachers: number }>();
  for (const t of county.teachers) {
    const s = school.get(t.schoolId);
    // Teachers of a section out of scope (a 高中部) take no part: their subjects need no post here;
    // nor do principals' and vice principals', who hold leadership posts (some teach no subject).
    if (posted.has(t.subject) || isLeader(t) || !s || !inScope(teacherSection(t, s), policy)) continue;
    const f = found.get(t.subjectLabel);
    if (f) f.teachers++;
    else found.set(t.subjectLabel, { file: t.source.file, row: t.source.row, teachers: 1 });
  }
  const column = county.lang === 'zh' ? '任教学科' : 'subject';
  return [...found].map(([subject, f]) => ({
    file: f.file,
    row: f.row,
    column,
    zh: `岗位表中没有「${subject}」的岗位: 任教此学科的 ${f.teachers} 名教师不能调往任何学校, 其学校的同学科岗位也不算有人; 若是岗位表中某学科的别称, 请改成一样的写法`,
    en: `the posts file has no posts in "${subject}": its ${f.teachers} ${plural(f.teachers, 'teacher')} can go to no school, and ${plural(f.teachers, 'fills', 'fill')} no post of ${plural(f.teachers, 'the', 'their')} own school; if it is another name for a subject of the posts file, write it the same way`,
  }));
}
