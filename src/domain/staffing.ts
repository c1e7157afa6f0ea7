import type { Policy } from './policy.js';
import type { County, School } from './types.js';

/** Posts per school and subject: school id → canonical subject → posts. */
export type PostTable = Map<string, Map<string, number>>;

/** Students per post for a school's stage; mixed stages take the mean of their parts. */
export function studentsPerPost(s: School, p: Policy): number {
  const n = p.studentsPerPost;
  switch (s.stage) {
    case 'primary':
      return n.primary;
    case 'junior':
      return n.junior;
    case 'senior':
      return n.senior;
    case 'nine_year':
      return (n.primary + n.junior) / 2;
    case 'complete':
      return (n.junior + n.senior) / 2;
  }
}

/**
 * The posts each school holds per subject: from the posts file when there is one
 * (a subject not listed has no post), otherwise from the staffing norm: students ÷ students
 * per post, split by the policy's subject shares, each rounded to the nearest whole post.
 */
export function postTable(county: County, p: Policy): PostTable {
  const table: PostTable = new Map();
  for (const s of county.schools) table.set(s.id, new Map());
  if (county.posts) {
    for (const row of county.posts) {
      const m = table.get(row.schoolId);
      if (m) m.set(row.subject, (m.get(row.subject) ?? 0) + row.posts);
    }
    return table;
  }
  for (const s of county.schools) {
    const total = s.students / studentsPerPost(s, p);
    const m = table.get(s.id);
    if (!m) continue;
    for (const [subject, share] of p.subjectShares) m.set(subject, Math.round(total * share));
  }
  return table;
}

export function postsOf(table: PostTable, schoolId: string, subject: string): number {
  return table.get(schoolId)?.get(subject) ?? 0;
}
