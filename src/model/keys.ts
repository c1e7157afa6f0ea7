import type { BackboneClass } from '../domain/backbone.js';

/**
 * Destination side of a backbone class: county-level backbone (k, the 优质均衡 indicator), other
 * backbone (b) and the rest (p) are counted apart, so that the arrivals of a school say how many
 * backbone teachers came (the backbone share leaves two-way arrivals out, see rules/two-way.ts).
 */
export type InClass = 'p' | 'b' | 'k';
export const IN_CLASSES: readonly InClass[] = ['p', 'b', 'k'];
export const inClass = (b: BackboneClass): InClass => (b === 2 ? 'k' : b === 1 ? 'b' : 'p');

/** The key of a group of alike teachers who may leave: `school|subject|backbone class` (the out columns). */
export const groupKey = (schoolId: string, subject: string, b: BackboneClass): string => `${schoolId}|${subject}|${b}`;

/** The key of the arrivals of a destination class at a school: `school|subject|p or k` (the in columns). */
export const arrivalKey = (schoolId: string, subject: string, c: InClass): string => `${schoolId}|${subject}|${c}`;

/** A key with the teachers' class added when there is one (so that keys stay as they were without rules that read the teacher). */
export const withClass = (key: string, tk: string): string => (tk === '' ? key : `${key}|${tk}`);

/** The key of a subject at a school: `school|subject` (posts, teachers, shortage). */
export const cellKey = (schoolId: string, subject: string): string => `${schoolId}|${subject}`;

/** The two parts of a {@link cellKey}. */
export function splitCellKey(key: string): [string, string] {
  const i = key.lastIndexOf('|');
  return [key.slice(0, i), key.slice(i + 1)];
}
