/**
 * The people a roster listed but the plan left out when reading it (County.leftOut), as
 * explain.json's head keeps them: one row per kind and school, [kind, school ('' for none),
 * [工号, …]], ids only (never a name), at most {@link LEFT_OUT_LISTED} ids in all, so that a
 * clerk who asks `rotate explain` about one is told why he or she is not in the plan.
 */
import type { LeftOutKind, LeftOutTeacher } from '../domain/types.js';
import { compareText } from '../schema/compare-text.js';
import { looseId } from '../schema/repair-ids.js';
import type { LeftOutRow } from './explain-layout.js';

/** The most ids kept: a bound on the head, beyond any county's roster of staff left out. */
export const LEFT_OUT_LISTED = 20_000;

const ORDER: readonly LeftOutKind[] = ['non_teaching', 'substitute', 'departed', 'kindergarten', 'special', 'vocational'];

/** The rows of the list, in order (kind, school, ids), each id once; and how many ids the bound left off. */
export function leftOutRows(leftOut: readonly LeftOutTeacher[], listed = LEFT_OUT_LISTED): { rows: LeftOutRow[]; unlisted: number } {
  const groups = new Map<string, { kind: LeftOutKind; school: string; ids: Set<string> }>();
  for (const t of leftOut) {
    const school = t.school ?? '';
    const key = `${t.kind}\u0000${school}`;
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = { kind: t.kind, school, ids: new Set() }));
    g.ids.add(t.id);
  }
  const sorted = [...groups.values()].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || compareText(a.school, b.school));
  const rows: LeftOutRow[] = [];
  let room = listed;
  let unlisted = 0;
  for (const g of sorted) {
    const ids = [...g.ids].sort(compareText);
    unlisted += Math.max(0, ids.length - room);
    if (room > 0) rows.push([g.kind, g.school, ids.slice(0, room)]);
    room = Math.max(0, room - ids.length);
  }
  return { rows, unlisted };
}

/** The row of the list that holds `id`: its kind and school; undefined when none does. */
export function leftOutOf(rows: readonly LeftOutRow[] | undefined, id: string): { kind: string; school: string } | undefined {
  const row = rows?.find((r) => r[2].includes(id));
  return row && { kind: row[0], school: row[1] };
}

/**
 * The ids of the list that `key` is once leading zeros and a formula guard are set aside (an id
 * typed as a spreadsheet shows it, 9002 for 009002), each with its kind and school, in list order.
 */
export function leftOutLoose(rows: readonly LeftOutRow[] | undefined, key: string): { id: string; kind: string; school: string }[] {
  if (rows === undefined) return [];
  const k = looseId(key);
  return rows.flatMap((r) => r[2].filter((id) => looseId(id) === k).map((id) => ({ id, kind: r[0], school: r[1] })));
}
