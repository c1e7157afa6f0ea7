/**
 * A few hand decisions, as a bureau makes them after the first plan: keep some teachers where
 * they are, rule a school out for some, and send a few to a named school. Every `move` lock
 * is one the rules allow (an eligible teacher of a city or town school, to a rural or weak
 * school with a free post in the subject that every move rule allows, at most one per school, never
 * one its school must keep in the subject), so locks never make the
 * plan infeasible by themselves.
 */
import { eligibility } from '../domain/eligibility.js';
import type { Policy } from '../domain/policy.js';
import { arrivalPlace, placeOf, sectionsOf, teacherPlace } from '../domain/sections.js';
import { postTable } from '../domain/staffing.js';
import { withSections } from '../domain/teacher-sections.js';
import type { Lock, Post, School, Teacher } from '../domain/types.js';
import { allowsMove } from '../rules/allows-move.js';
import { retiresByCutoff } from '../domain/retirees.js';
import type { Rng } from './random.js';

const MOVE_SHARE = 0.002;
const STAY_SHARE = 0.005;
const FORBID_SHARE = 0.003;

export function buildLocks(rng: Rng, county: { schools: readonly School[]; teachers: readonly Teacher[]; posts: readonly Post[] }, policy: Policy): Lock[] {
  const byId = new Map(county.schools.map((s) => [s.id, s]));
  const strong = (id: string): boolean => {
    const s = byId.get(id);
    return s !== undefined && s.area !== 'rural' && !s.weak;
  };
  // Teachers and posts per place (a school, or one section of a 九年一贯制) and subject, as the planner counts them.
  const sectioned = withSections({ schools: [...county.schools], teachers: [...county.teachers], posts: [...county.posts], locks: [], policy: [], files: [], lang: 'zh' });
  const placeOfTeacher = new Map(sectioned.teachers.map((t) => [t.id, t]));
  const held = new Map<string, number>();
  // Counted as the planner counts them: a teacher who retires by the cut-off date is in no count.
  for (const t of sectioned.teachers.filter((x) => !retiresByCutoff(x, policy))) {
    const s = byId.get(t.schoolId);
    const k = `${s ? teacherPlace(t, s) : t.schoolId}|${t.subject}`;
    held.set(k, (held.get(k) ?? 0) + 1);
  }
  // Free posts at rural or weak schools, and every such school, by subject.
  const free = new Map<string, number>();
  const needyBySubject = new Map<string, string[]>();
  for (const p of county.posts) {
    const s = byId.get(p.schoolId);
    if (strong(p.schoolId) || !s) continue;
    const k = `${placeOf(s, p.section ?? sectionsOf(s)[0] ?? 'primary')}|${p.subject}`;
    free.set(k, Math.max(0, p.posts - (held.get(k) ?? 0)));
    const list = needyBySubject.get(p.subject) ?? [];
    if (list[list.length - 1] !== p.schoolId) list.push(p.schoolId);
    needyBySubject.set(p.subject, list);
  }

  // Every rule that judges a single move (stage, direction, subject) is asked, as the planner asks it.
  const posts = postTable(sectioned, policy);
  const placeAt = (t: Teacher, from: School, to: School): string => arrivalPlace(placeOfTeacher.get(t.id) ?? t, from, to, policy);
  const view = { policy, posts, forbid: new Map<string, Set<string>>() };
  const T = county.teachers.length;
  const candidates = rng.shuffle(county.teachers.filter((t) => strong(t.schoolId) && t.role === 'teacher' && eligibility(t, policy).status === 'eligible'));
  const used = new Set<string>();
  const out: Omit<Lock, 'source'>[] = [];

  const sources = new Set<string>();
  const moves = Math.max(1, Math.round(MOVE_SHARE * T));
  for (const t of candidates) {
    if (out.length >= moves) break;
    if (t.backbone !== 'none' || sources.has(t.schoolId)) continue;
    const from = byId.get(t.schoolId);
    // Not a teacher the school must keep (学科不断档: rules.keep_subject_teachers of a subject it has posts for).
    const home = `${from ? teacherPlace(placeOfTeacher.get(t.id) ?? t, from) : t.schoolId}|${t.subject}`;
    if ((held.get(home) ?? 0) - 1 < policy.keepSubjectTeachers) continue;
    const open = (needyBySubject.get(t.subject) ?? []).filter((id) => {
      const to = byId.get(id);
      return from !== undefined && to !== undefined && (free.get(`${placeAt(t, from, to)}|${t.subject}`) ?? 0) > 0 && allowsMove({ teacher: placeOfTeacher.get(t.id) ?? t, from, to }, view);
    });
    if (open.length === 0) continue;
    const to = rng.pick(open);
    const toSchool = byId.get(to);
    const k = `${toSchool && from ? placeAt(t, from, toSchool) : to}|${t.subject}`;
    free.set(k, (free.get(k) ?? 0) - 1);
    sources.add(t.schoolId);
    used.add(t.id);
    out.push({ teacherId: t.id, action: 'move', schoolId: to });
  }
  const stays = Math.max(1, Math.round(STAY_SHARE * T));
  for (const t of candidates) {
    if (out.length >= moves + stays) break;
    if (used.has(t.id)) continue;
    used.add(t.id);
    out.push({ teacherId: t.id, action: 'stay' });
  }
  const forbids = Math.max(1, Math.round(FORBID_SHARE * T));
  let n = 0;
  for (const t of candidates) {
    if (n >= forbids) break;
    const options = needyBySubject.get(t.subject) ?? [];
    if (used.has(t.id) || options.length === 0) continue;
    used.add(t.id);
    out.push({ teacherId: t.id, action: 'forbid', schoolId: rng.pick(options) });
    n++;
  }
  out.sort((a, b) => (a.teacherId < b.teacherId ? -1 : a.teacherId > b.teacherId ? 1 : 0));
  return out.map((l, i) => ({ ...l, source: { file: 'locks.csv', row: i + 2 } }));
}
