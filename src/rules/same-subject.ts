import { placesOf } from '../domain/sections.js';
import { postsOf } from '../domain/staffing.js';
import { isLeader } from '../domain/leaders.js';
import type { Text } from '../domain/text.js';
import { moveCheck } from './check-result.js';
import type { HardRule, MoveJudge } from './rule.js';

const judge: MoveJudge = {
  subjectPost: true,
  into: (subject, to, v) => !v.policy.sameSubject || placesOf(to).some(([place]) => postsOf(v.posts, place, subject) > 0),
  lockRefusal: (q, _v, where) => ({
    failure: { zh: `${where.zh}: ${q.to.name} 没有「${q.teacher.subjectLabel}」岗位`, en: `${where.en}: ${q.to.id} has no post in ${q.teacher.subjectLabel}` },
    hint: { zh: '在岗位表中为该校增设此学科岗位, 或改选学校', en: 'add a post of that subject there, or choose another school' },
  }),
};

/**
 * A rotated teacher teaches the same subject at the destination, which must have posts in it.
 * Holds by the model's shape (a subject's movers arrive in posts of that subject).
 */
export const sameSubject: HardRule = {
  name: 'same_subject',
  kind: 'hard',
  zh: '交流教师在流入学校任教同一学科',
  en: 'a rotated teacher teaches the same subject at the destination',
  relaxable: false,
  moveOnly: true,
  move: judge,
  switchedOff: { param: 'rules.same_subject', off: (p) => !p.sameSubject },
  check: (f) => moveCheck('same_subject', '交流教师在流入学校任教同一学科', 'a rotated teacher teaches the same subject at the destination', f, (t, from, to) => (!isLeader(t) && !judge.into?.(t.subject, to, f) ? { zh: `${t.id} 的学科「${t.subjectLabel}」在 ${to.id} 没有岗位`, en: `${t.id}: ${to.id} has no post in ${t.subjectLabel}` } : null)),
  breaks(book, t, _cur, next) {
    const to = next === undefined ? undefined : book.ctx.schoolById.get(next);
    const from = book.ctx.schoolById.get(t.schoolId);
    return to !== undefined && from !== undefined && !isLeader(t) && !judge.into?.(t.subject, to, book.ctx);
  },
};
