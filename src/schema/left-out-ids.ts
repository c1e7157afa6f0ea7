/**
 * The 工号 of a teachers table's rows left out before the rows are read (left-out-rows.ts), with
 * why: what `rotate explain` tells a clerk who asks about one of them. Only their ids and the
 * kind are kept, never a name or another cell.
 */
import type { LeftOutKind, LeftOutTeacher } from '../domain/types.js';
import type { CsvRecord } from '../input/parse-csv.js';
import type { HeaderMatch } from './match-headers.js';
import { outsideStage } from './outside-schools.js';
import { recordIds } from './read-rows.js';

/**
 * The ids of the records of `before` that `after` (the records a step kept: the same objects, in
 * their order, as left-out-rows.ts keeps them) left out, each with its kind; none for a table that
 * is no teachers table or left none out.
 */
export function leftOutIds(match: HeaderMatch, before: readonly CsvRecord[], after: readonly CsvRecord[], kind: (r: CsvRecord) => LeftOutKind | undefined): LeftOutTeacher[] {
  if (match.kind !== 'teachers' || before.length === after.length) return [];
  const idOf = recordIds(match, 'teacher_id');
  const out: LeftOutTeacher[] = [];
  let next = 0;
  for (const r of before) {
    if (after[next] === r) {
      next++;
      continue;
    }
    const id = idOf(r)?.id;
    const k = kind(r);
    if (id !== undefined && k !== undefined) out.push({ id, kind: k });
  }
  return out;
}

/** The kind of a teachers row left out for its 任教学段 (幼儿园, 特殊教育, 中职). */
export function taughtStage(match: HeaderMatch): (r: CsvRecord) => LeftOutKind | undefined {
  const column = match.columns.get('teaching_stage')?.index;
  return (r) => (column === undefined ? undefined : outsideStage(r.cells[column] ?? ''));
}
