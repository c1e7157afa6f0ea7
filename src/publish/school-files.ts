/**
 * Where each school's pages go: `school-<id>.html` when the id is plain (letters, digits, `-`,
 * `_`), else `school_<n>.html` by the school's place in id order, so that no id can make a file
 * name that escapes the folder or clashes with another.
 */
import type { ListedSchool } from './eligible-lists.js';

/** The index's file name, and the file that prints every school at once. */
export const INDEX_FILE = 'index.html';
export const ALL_FILE = 'print-all.html';

/** File name (without folder) of each school's pages, in the order given. */
export function schoolFiles(schools: readonly ListedSchool[]): string[] {
  return schools.map((s, i) => (/^[A-Za-z0-9_-]{1,64}$/u.test(s.id) ? `school-${s.id}.html` : `school_${i + 1}.html`));
}

/** The anchor of a school's first page in the file that prints them all. */
export const anchorOf = (file: string): string => `s-${file.replace(/\.html$/u, '')}`;
