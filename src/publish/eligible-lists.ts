/**
 * Before planning (公示 of who may rotate): per school, the teachers eligible to rotate
 * (符合交流条件教师名册) and those deferred or exempt with the reason (暂缓/免交流人员名册). The
 * statuses and reasons are the eligibility the plan itself uses (domain/eligibility.ts, as
 * teachers.csv writes them); nothing is decided here.
 */
import type { Eligibility } from '../domain/eligibility.js';
import type { Text } from '../domain/text.js';
import type { School, Teacher } from '../domain/types.js';
import { maskIdCards } from '../safe/id-card.js';

/** One teacher on a published list: only what the list needs (no ID number, no birth date). */
export interface ListedTeacher {
  id: string;
  name: string;
  subject: string;
  reason: Text;
}

/** The school a list belongs to. */
export interface ListedSchool {
  id: string;
  name: string;
}

/** Both lists of one school, each in teacher id order. */
export interface EligibleLists {
  school: ListedSchool;
  eligible: ListedTeacher[];
  deferred: ListedTeacher[];
}

/** A teacher as listed; any ID-card number typed into a name or a reason is masked. */
export function listed(t: Teacher, reason: Text): ListedTeacher {
  return { id: t.id, name: maskIdCards(t.name), subject: maskIdCards(t.subjectLabel), reason: { zh: maskIdCards(reason.zh), en: maskIdCards(reason.en) } };
}

/**
 * Every school's two lists, schools in id order: eligible teachers (status eligible: the plan
 * moves them or keeps them) and exempt ones (status exempt: an exemption reason, or near
 * retirement). Teachers who are not eligible (too few years, not on the staff, on an exchange)
 * are on neither list, as the plan's teachers.csv says why.
 */
export function eligibleLists(schools: readonly School[], teachers: readonly Teacher[], eligibility: ReadonlyMap<string, Eligibility>): EligibleLists[] {
  const bySchool = new Map<string, EligibleLists>();
  const ordered = [...schools].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const s of ordered) bySchool.set(s.id, { school: { id: s.id, name: maskIdCards(s.name) }, eligible: [], deferred: [] });
  const sorted = [...teachers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const t of sorted) {
    const e = eligibility.get(t.id);
    const lists = bySchool.get(t.schoolId);
    if (!e || !lists) continue;
    if (e.status === 'eligible') lists.eligible.push(listed(t, e));
    // Near retirement, the posted reason gives no date or age (a month of birth could be read from them).
    else if (e.status === 'exempt') lists.deferred.push(listed(t, e.published ?? e));
  }
  return [...bySchool.values()];
}
