/**
 * A roster exported from the national system lists, beside the staff at work, those whose
 * 人员状态 says they have left the school: 退休, 离休, 调出, 离职, 辞职, 死亡. They hold no post: a
 * retired teacher read as staff who takes no part was counted in the school's teachers, in its
 * teachers per subject (a post shown as filled) and in the 优质均衡 indicators; the other words
 * were refused as unknown states. Their rows are left out before the rows are read, with one
 * warning per table, as the rows of staff who do not teach are (non-teaching-rows.ts).
 */
import type { InputIssue } from '../domain/types.js';
import type { CsvRecord } from '../input/parse-csv.js';
import { enumParser } from './enums.js';
import { leaveOut, leftOutWarning } from './left-out-rows.js';
import type { HeaderMatch } from './match-headers.js';

/** 人员状态 of someone no longer at the school (`3-退休` too). */
const departed = enumParser({ departed: ['退休', '已退休', '离退休', '离休', '调出', '已调出', '调离', '离职', '已离职', '辞职', '辞退', '解聘', '开除', '死亡', '去世', '病故'] });

/** The records of staff at the school, and the rows of those who have left it. */
export function withoutDeparted(match: HeaderMatch, records: readonly CsvRecord[]): { records: readonly CsvRecord[]; left: number[] } {
  const state = match.columns.get('state')?.index;
  if (match.kind !== 'teachers' || state === undefined) return { records, left: [] };
  return leaveOut(records, (r) => {
    const cell = r.cells[state] ?? '';
    return cell.trim() !== '' && departed(cell).ok;
  });
}

/** The one warning of a table with such rows. */
export function departedWarning(left: readonly number[], file: string): InputIssue {
  return leftOutWarning(left, file, { zh: '已离开本校的人员（人员状态为退休、调出、离职等）', en: 'staff who have left the school (人员状态 退休, 调出, 离职 …)' });
}
