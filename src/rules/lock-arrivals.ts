import { subjectNameEn } from '../domain/subject-names.js';
import { isLeader } from '../domain/leaders.js';
import { schoolOfPlace, sectionWords } from '../domain/sections.js';
import type { Text } from '../domain/text.js';
import type { Lock, School, Teacher } from '../domain/types.js';
import { arrivalPlaceOf, type ModelContext } from '../model/context.js';

/** The teachers a set of move locks brings into one subject at one place. */
export interface LockArrival {
  place: string;
  subject: string;
  /** The locked teachers' ids, sorted. */
  ids: string[];
  /** The place as a clerk reads it: `学校R（R）「语文」`, `语文 at 学校R (R)`; a section of a two-section school named after it. */
  words: Text;
}

/**
 * The places and subjects the move locks bring teachers into, those of principals and vice
 * principals left out (they take no subject post), and only the moves `counted` keeps. Sorted by
 * place, then subject.
 */
export function lockArrivals(ctx: ModelContext, locks: readonly Lock[], counted: (t: Teacher, from: School, to: School) => boolean = () => true): LockArrival[] {
  const into = new Map<string, LockArrival>();
  for (const lock of locks) {
    const t = ctx.teacherById.get(lock.teacherId);
    const from = t ? ctx.schoolById.get(t.schoolId) : undefined;
    const to = lock.action === 'move' && lock.schoolId !== undefined ? ctx.schoolById.get(lock.schoolId) : undefined;
    if (!t || !from || !to || isLeader(t) || !counted(t, from, to)) continue;
    const place = arrivalPlaceOf(ctx, t, to);
    const key = `${place}\t${t.subject}`;
    const at = into.get(key) ?? { place, subject: t.subject, ids: [], words: placeSubjectWords(ctx, place, t.subject) };
    at.ids.push(t.id);
    into.set(key, at);
  }
  return [...into].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, a]) => ({ ...a, ids: [...a.ids].sort() }));
}

function placeSubjectWords(ctx: ModelContext, place: string, subject: string): Text {
  const id = schoolOfPlace(place);
  const name = ctx.schoolById.get(id)?.name ?? id;
  const sec = sectionWords(place);
  return { zh: `${name}（${id}）${sec ? sec.zh : ''}「${subject}」`, en: `${subjectNameEn(ctx.county, subject)} at ${name} (${id})${sec ? `, ${sec.en}` : ''}` };
}
