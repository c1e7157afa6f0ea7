/**
 * Whether a roster row is a principal's or vice principal's, from its 岗位类别 or 职务, before the
 * rows are read: a row left out for what its person is (not a 专任教师, non-teaching-rows.ts; a
 * substitute, substitute-rows.ts) is kept when it is a leader's, whose rotation is the county's.
 */
import type { CsvRecord } from '../input/parse-csv.js';
import { dutyRole } from './duty.js';
import { parseRole } from './enums.js';
import type { HeaderMatch } from './match-headers.js';

/** A test of a row of `match`'s table: 岗位类别 names a leader's role, or 职务 a leader's office. */
export function leaderRow(match: HeaderMatch): (r: CsvRecord) => boolean {
  const role = match.columns.get('role')?.index;
  const duty = match.columns.get('duty')?.index;
  return (r) => {
    const roleCell = role === undefined ? '' : (r.cells[role] ?? '');
    const asRole = roleCell.trim() === '' ? undefined : parseRole(roleCell);
    return (asRole?.ok === true && asRole.value !== 'teacher') || (duty !== undefined && dutyRole(r.cells[duty] ?? '') !== 'teacher');
  };
}
