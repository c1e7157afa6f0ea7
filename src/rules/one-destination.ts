import type { Text } from '../domain/text.js';
import { checkResult, heldOf } from './check-result.js';
import type { HardRule } from './rule.js';

/**
 * Each teacher goes to at most one school, another known school than his or her own. Holds by
 * the model's shape (a teacher is counted in one group and leaves at most once); checked on the plan.
 */
export const oneDestination: HardRule = {
  name: 'one_destination',
  kind: 'hard',
  zh: '每名教师至多调往一所学校',
  en: 'each teacher goes to at most one school',
  relaxable: false,
  moveOnly: true,
  move: {
    excludes: (_t, from) => [from.id],
    lockRefusal: (q, _v, where) => ({ failure: { zh: `${where.zh}: ${q.teacher.id} 锁定调往本校 ${q.to.id}`, en: `${where.en}: ${q.teacher.id} is locked to move to his or her own school ${q.to.id}` }, hint: { zh: '删除此锁定或改选其他学校', en: 'remove the lock or choose another school' } }),
  },
  check(f) {
    const seen = new Map<string, number>();
    const bad: Text[] = [];
    const wrong = new Set<number>();
    f.moves.forEach((m, i) => {
      seen.set(m.teacherId, (seen.get(m.teacherId) ?? 0) + 1);
      const t = f.teacher.get(m.teacherId);
      const n = bad.length;
      if (!t) bad.push({ zh: `未知教师 ${m.teacherId}`, en: `unknown teacher ${m.teacherId}` });
      else if (t.schoolId !== m.fromSchoolId) bad.push({ zh: `${t.id} 原学校应为 ${t.schoolId}`, en: `${t.id} is at ${t.schoolId}, not ${m.fromSchoolId}` });
      if (!f.school.has(m.toSchoolId) || m.toSchoolId === m.fromSchoolId) bad.push({ zh: `${m.teacherId} 交流学校 ${m.toSchoolId} 无效`, en: `${m.teacherId}: destination ${m.toSchoolId} is not another known school` });
      if (bad.length > n) wrong.add(i);
    });
    f.moves.forEach((m, i) => {
      if ((seen.get(m.teacherId) ?? 0) > 1) wrong.add(i);
    });
    for (const [id, n] of seen) if (n > 1) bad.push({ zh: `${id} 出现${n}次`, en: `${id} is moved ${n} times` });
    return checkResult({ rule: 'one_destination', zh: '每名教师至多调往一所学校', en: 'each teacher goes to at most one other school', ...heldOf(f.moves.length, wrong.size), failures: bad, relaxable: false });
  },
  breaks: (book, t, _cur, next) => next !== undefined && (next === t.schoolId || !book.ctx.schoolById.has(next)),
};
