import type { Columns, InCol, OutCol } from './columns.js';
import { cellKey } from './keys.js';

/** Column lists of the counting model, grouped the ways the families need them. */
export interface Sums {
  outBySchool: Map<string, OutCol[]>;
  /** Out and in columns per place and subject (`cellKey(place, subject)`; a place is a school id when the school has one section). */
  outBySchoolSubject: Map<string, OutCol[]>;
  inBySchoolSubject: Map<string, InCol[]>;
  inBySchool: Map<string, InCol[]>;
}

function group<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** Each family asks for these groupings; they are built once per set of columns. */
const cache = new WeakMap<Columns, Sums>();

export function sums(cols: Columns): Sums {
  const known = cache.get(cols);
  if (known) return known;
  const made: Sums = {
    outBySchool: group(cols.out, (o) => o.schoolId),
    outBySchoolSubject: group(cols.out, (o) => cellKey(o.place, o.subject)),
    inBySchoolSubject: group(cols.in, (i) => cellKey(i.place, i.subject)),
    inBySchool: group(cols.in, (i) => i.schoolId),
  };
  cache.set(cols, made);
  return made;
}

export const terms = (cols: { col: number }[], coef: number): [number, number][] => cols.map((c) => [c.col, coef]);
