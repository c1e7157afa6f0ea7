/**
 * A few hand decisions, as a bureau makes them after the first plan: keep some teachers where
 * they are, rule a school out for some, and send a few to a named school. Every `move` lock
 * is one the rules allow (an eligible teacher of a city or town school, to a rural or weak
 * school with a free post in the subject that every move rule allows, at most one per school), so locks never make the
 * plan infeasible by themselves.
 */
import { eligibility } from '../domain/eligibility.js';
import type { Policy } from '../domain/policy.js';
import type { Lock, Post, School, Teacher } from '../domain/types.js';
import { allowsMove } from '../rules/allows-move.js';
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
  const held = new Map<string, number>();
  for (const t of county.teachers) held.set(`${t.schoolId}|${t.subject}`, (held.get(`${t.schoolId}|${t.subject}`) ?? 0) + 1);
  // Free posts at rural or weak schools, and every such school, by subject.
  const free = new Map<string, number>();
  const needyBySubject = new Map<string, string[]>();
  for (const p of county.posts) {
    if (strong(p.schoolId)) continue;
    free.set(`${p.schoolId}|${p.subject}`, Math.max(0, p.posts - (held.get(`${p.schoolId}|${p.subject}`) ?? 0)));
    const list = needyBySubject.get(p.subject) ?? [];
    list.push(p.schoolId);
    needyBySubject.set(p.subject, list);
  }

  // Every rule that judges a single move (stage, direction, subject) is asked, as the planner asks it.
  const posts = new Map<string, Map<string, number>>();
  for (const p of county.posts) posts.set(p.schoolId, (posts.get(p.schoolId) ?? new Map<string, number>()).set(p.subject, p.posts));
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
    const open = (needyBySubject.get(t.subject) ?? []).filter((id) => {
      const to = byId.get(id);
      return (free.get(`${id}|${t.subject}`) ?? 0) > 0 && from !== undefined && to !== undefined && allowsMove({ teacher: t, from, to }, view);
    });
    if (open.length === 0) continue;
    const to = rng.pick(open);
    free.set(`${to}|${t.subject}`, (free.get(`${to}|${t.subject}`) ?? 0) - 1);
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
