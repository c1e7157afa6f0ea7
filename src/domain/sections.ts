import type { Policy } from './policy.js';
import type { Text } from './text.js';
import type { Certificate, School, Section, Teacher } from './types.js';

/**
 * A school's sections (学部) and the places they make: a school with one section is one place
 * (its id); a 九年一贯制 (小学部 + 初中部) or 完全中学 (初中部 + 高中部) is two, a 十二年一贯制 three, `id@section`. Posts,
 * teachers and shortage are counted per place and subject, so a plain county keeps its keys.
 */

/** The sections of a school: 九年一贯制 = 小学部 + 初中部, 完全中学 = 初中部 + 高中部, 十二年一贯制 all three, lowest first. */
export function sectionsOf(s: Pick<School, 'stage'>): Section[] {
  if (s.stage === 'nine_year') return ['primary', 'junior'];
  if (s.stage === 'complete') return ['junior', 'senior'];
  if (s.stage === 'twelve_year') return ['primary', 'junior', 'senior'];
  return [s.stage];
}

/** Whether a school has more than one section (the only schools whose places carry a section). */
export const sectioned = (s: Pick<School, 'stage'>): boolean => s.stage === 'nine_year' || s.stage === 'complete' || s.stage === 'twelve_year';

/** The place of a school's section: the school id for a school with one section, else `id@section`. */
export function placeOf(s: Pick<School, 'id' | 'stage'>, section: Section): string {
  return sectioned(s) ? `${s.id}@${section}` : s.id;
}

/** The places of a school, lowest section first, with their sections. */
export function placesOf(s: Pick<School, 'id' | 'stage'>): [string, Section][] {
  return sectionsOf(s).map((sec) => [placeOf(s, sec), sec]);
}

/** The school id of a place. */
export function schoolOfPlace(place: string): string {
  const i = place.lastIndexOf('@');
  return i < 0 ? place : place.slice(0, i);
}

/**
 * The section a teacher teaches in at his or her school: the school's when it has one, else
 * `teaching_stage` (filled in by {@link fillTeachingStages} when the roster has no such column);
 * the lower section when neither says.
 */
export function teacherSection(t: Pick<Teacher, 'teachingStage'>, s: Pick<School, 'stage'>): Section {
  const own = sectionsOf(s);
  if (own.length === 1) return own[0] ?? 'primary';
  return t.teachingStage !== undefined && own.includes(t.teachingStage) ? t.teachingStage : (own[0] ?? 'primary');
}

/** A teacher's place at his or her own school. */
export const teacherPlace = (t: Pick<Teacher, 'teachingStage'>, s: Pick<School, 'id' | 'stage'>): string => placeOf(s, teacherSection(t, s));

export const LEVEL: Record<Section, number> = { primary: 1, junior: 2, senior: 3 };
export const SECTION_NAME: Record<Section, Text> = { primary: { zh: '小学', en: 'primary' }, junior: { zh: '初中', en: 'junior' }, senior: { zh: '高中', en: 'senior' } };

/** The highest level a certificate covers (教师资格条例 第五条: its own level and those below); 0 for none of the sections. */
export function certificateLevel(c: Certificate | undefined): number {
  if (c === undefined || c === 'higher' || c === 'senior' || c === 'vocational') return 3;
  if (c === 'junior') return 2;
  return c === 'primary' ? 1 : 0;
}

/** Whether a section takes part in the rotation (policy `rules.scope`, by default 小学 and 初中). */
export const inScope = (section: Section, p: Pick<Policy, 'scope'>): boolean => p.scope.includes(section);

/**
 * The section of the destination whose post a teacher of section `own` (with certificate `cert`)
 * fills: the same section when the destination has it, else, with `rules.stage_down`, the one
 * below; never above the certificate, never outside the scope. Undefined when no section may take
 * the teacher. With `rules.same_stage` off, the highest section of the destination in scope the
 * certificate covers... or simply the highest in scope.
 */
export function arrivalSection(own: Section, cert: Certificate | undefined, to: Pick<School, 'stage'>, p: Pick<Policy, 'scope' | 'sameStage' | 'stageDown'>): Section | undefined {
  const there = sectionsOf(to).filter((s) => inScope(s, p));
  if (!p.sameStage) return there.includes(own) ? own : there[there.length - 1];
  const top = Math.min(LEVEL[own], certificateLevel(cert));
  const lowest = p.stageDown ? LEVEL[own] - 1 : LEVEL[own];
  let best: Section | undefined;
  for (const s of there) if (LEVEL[s] <= top && LEVEL[s] >= lowest) best = s;
  return best;
}

/** {@link arrivalSection} of a teacher moving from `from` to `to`. */
export function arrivalSectionOf(t: Pick<Teacher, 'teachingStage' | 'certificate'>, from: Pick<School, 'stage'>, to: Pick<School, 'stage'>, p: Pick<Policy, 'scope' | 'sameStage' | 'stageDown'>): Section | undefined {
  return arrivalSection(teacherSection(t, from), t.certificate, to, p);
}

/** The place a teacher's move fills (the school id itself when no section may take the teacher: the verifier then says why). */
export function arrivalPlace(t: Pick<Teacher, 'teachingStage' | 'certificate'>, from: Pick<School, 'stage'>, to: Pick<School, 'id' | 'stage'>, p: Pick<Policy, 'scope' | 'sameStage' | 'stageDown'>): string {
  // A school of one section is its only place, whatever the section (asked very often: nothing made).
  if (!sectioned(to)) return to.id;
  const sec = arrivalSectionOf(t, from, to, p);
  return sec === undefined ? placeOf(to, sectionsOf(to)[0] ?? 'primary') : placeOf(to, sec);
}

/** The section of a place of a school of two sections; undefined for a school of one (its place is its id). */
export function sectionOfPlace(place: string): Section | undefined {
  const i = place.lastIndexOf('@');
  if (i < 0) return undefined;
  const sec = place.slice(i + 1);
  return sec === 'primary' || sec === 'junior' || sec === 'senior' ? sec : undefined;
}

/** The section of a place, in words (`小学部` / `primary section`); null for a school of one section. */
export function sectionWords(place: string): Text | null {
  const i = place.lastIndexOf('@');
  if (i < 0) return null;
  const sec = SECTION_NAME[place.slice(i + 1) as Section] ?? { zh: place.slice(i + 1), en: place.slice(i + 1) };
  return { zh: `${sec.zh}部`, en: `${sec.en} section` };
}

/** A place for messages: `S1` for a school with one section, `S1 小学部` / `S1 primary section` for one of two. */
export function placeLabel(place: string): Text {
  const sec = sectionWords(place);
  const school = schoolOfPlace(place);
  return sec ? { zh: `${school} ${sec.zh}`, en: `${school} ${sec.en}` } : { zh: place, en: place };
}
