import { subjectNameEn } from '../domain/subject-names.js';
import { plural } from '../domain/plural.js';
import { isLeader } from '../domain/leaders.js';
import { postsOf } from '../domain/staffing.js';
import type { Text } from '../domain/text.js';
import { placeLabel, schoolOfPlace } from '../domain/sections.js';
import { arrivalPlaceOf, postsAt, teachersOf } from '../model/context.js';
import { cellKey, splitCellKey } from '../model/keys.js';
import { sums, terms } from '../model/sums.js';
import { cellOf, placeFor } from './book.js';
import { checkResult, heldOf } from './check-result.js';
import { freeToLeave, freeToLeaveWords } from './free-to-leave.js';
import { lockArrivals } from './lock-arrivals.js';
import type { HardRule } from './rule.js';

/**
 * Inflow only into posts that are not full: where teachers arrive, teachers after ≤ posts, per place
 * (a school, or one section of a 九年一贯制 or 完全中学) and subject.
 * Never relaxed: a relaxed plan still fits the posts, and a quota it cannot absorb shows as the quota's conflict.
 */
export const postsCapacity: HardRule = {
  name: 'posts_capacity',
  kind: 'hard',
  zh: '调入不超过岗位数（只补空岗）',
  en: 'teachers arrive only into posts that are not full',
  relaxable: false,
  moveOnly: false,
  build(ctx, cols, b) {
    const s = sums(cols);
    for (const [key, ins] of s.inBySchoolSubject) {
      const [school, subject] = splitCellKey(key);
      const outs = s.outBySchoolSubject.get(key) ?? [];
      const free = postsAt(ctx, school, subject) - teachersOf(ctx, school, subject);
      b.addRow(`posts_capacity[${key}]`, 'posts_capacity', [...terms(ins, 1), ...terms(outs, -1)], -Infinity, free);
    }
  },
  check(f) {
    const bad: Text[] = [];
    for (const [key, n] of [...f.inflow].sort()) {
      const [place, j] = splitCellKey(key);
      const after = (f.before.get(key) ?? 0) - (f.outflow.get(key) ?? 0) + n;
      const cap = postsOf(f.posts, place, j);
      const at = placeLabel(place);
      if (after > cap) bad.push({ zh: `${at.zh} ${j} 调整后${after}人, 岗位${cap}个`, en: `${at.en} ${subjectNameEn(f.county, j)}: ${after} ${plural(after, 'teacher')} after, ${cap} ${plural(cap, 'post')}` });
    }
    // The checklist counts (school, section, subject) groups that take arrivals, not people: the words say so, as two_way's.
    return checkResult({ rule: 'posts_capacity', zh: '调入不超过岗位数（每校每学段每学科）', en: 'arrivals only into posts not full, per school, stage and subject', ...heldOf(f.inflow.size, bad.length), failures: bad, relaxable: false });
  },
  breaks(book, t, _cur, next) {
    const newLoc = placeFor(book, t, next);
    const cell = cellOf(book, newLoc, t.subject);
    const n = cell < 0 ? 0 : (book.after[cell] ?? 0);
    const inflow = cell < 0 ? 0 : (book.inflow[cell] ?? 0);
    const cap = cell < 0 ? postsAt(book.ctx, newLoc, t.subject) : (book.posts[cell] ?? 0);
    const heldBefore = inflow === 0 || n <= cap;
    return inflow + (next !== undefined ? 1 : 0) > 0 && n + 1 > cap && heldBefore;
  },
  locksTogether(ctx) {
    const into = new Map<string, string[]>();
    for (const lock of [...ctx.moveLock.values()].sort((a, b) => (a.teacherId < b.teacherId ? -1 : 1))) {
      const t = ctx.teacherById.get(lock.teacherId);
      const to = lock.schoolId === undefined ? undefined : ctx.schoolById.get(lock.schoolId);
      if (!t || !to || isLeader(t)) continue;
      const k = cellKey(arrivalPlaceOf(ctx, t, to), t.subject);
      into.set(k, [...(into.get(k) ?? []), t.id]);
    }
    const out: { failure: Text; hint: Text }[] = [];
    for (const [key, ids] of [...into].sort()) {
      const [place, j] = splitCellKey(key);
      const sid = schoolOfPlace(place);
      const s = ctx.schoolById.get(sid);
      const posts = postsAt(ctx, place, j);
      const have = teachersOf(ctx, place, j);
      // Only a teacher leaving a subject post makes room: a principal's move frees none (freeToLeave leaves them out).
      const canLeave = freeToLeave(ctx, place, j).length;
      const room = Math.max(0, posts - have + canLeave);
      if (ids.length <= room) continue;
      const named = subjectNameEn(ctx.county, j);
      out.push({
        failure: { zh: `锁定调入 ${s?.name ?? sid}(${place}) 的「${j}」共 ${ids.length} 人（${ids.join('、')}）, 该校${j}岗位 ${posts} 个、现有 ${have} 人, 最多可接收 ${room} 人`, en: `${ids.length} ${plural(ids.length, 'teacher is', 'teachers are')} locked into ${named} at ${place} (${ids.join(', ')}), which has ${posts} ${plural(posts, 'post')} and ${have} ${plural(have, 'teacher')}: room for ${room} at most` },
        hint: { zh: `删除或改动其中 ${ids.length - room} 行锁定, 或在岗位表中为该校增加「${j}」岗位`, en: `remove or change ${ids.length - room} of those locks, or add ${named} posts at that school` },
      });
    }
    return out;
  },
  lockFigures(ctx, locks) {
    return lockArrivals(ctx, locks).map(({ place, subject, ids, words }) => {
      const posts = postsAt(ctx, place, subject);
      const have = teachersOf(ctx, place, subject);
      const leave = ids.length - Math.max(0, posts - have);
      const en = `${words.en}: ${posts} ${plural(posts, 'post')}, ${have} ${plural(have, 'teacher')}, ${ids.length} locked to arrive (${ids.join(', ')})`;
      const zh = `${words.zh}: 岗位 ${posts} 个、现有 ${have} 人, 锁定调入 ${ids.length} 人（${ids.join('、')}）`;
      if (leave <= 0) return { zh: `${zh}, 空岗足够`, en: `${en}: open posts enough` };
      const free = freeToLeaveWords(freeToLeave(ctx, place, subject));
      return { zh: `${zh}, 须先调出 ${leave} 人才能接收; ${free.zh}`, en: `${en}: ${leave} must leave first to make room; ${free.en}` };
    });
  },
  hint: () => ({ zh: '补充流入学校的岗位数（岗位表）', en: 'add posts at the receiving schools (posts file)' }),
  stayNote: (_book, t) => ({ zh: `可去学校的${t.subjectLabel}岗位均已满`, en: `every school allowed is full in ${t.subjectLabel}` }),
};
