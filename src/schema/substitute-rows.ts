/**
 * A substitute (用人形式 代课, 代课教师, 临时代课) is no 专任教师, as a row whose 教职工类别 is 代课教师
 * is not (non-teaching-rows.ts): the education statistics count 代课教师 apart, the 优质均衡
 * indicators (教督〔2017〕6号) count 专任教师, and a post a substitute fills is a vacancy of the
 * establishment the rotation should fill. Read, the row counted in the school's teachers, filled a
 * post and counted in the indicators, while it could not rotate. It is left out before the rows are
 * read, with one warning per table, unless 岗位类别 or 职务 makes the person a principal or vice
 * principal (whose rotation is the county's).
 */
import type { InputIssue } from '../domain/types.js';
import type { CsvRecord } from '../input/parse-csv.js';
import { leaderRow } from './leader-row.js';
import { leaveOut, leftOutWarning } from './left-out-rows.js';
import type { HeaderMatch } from './match-headers.js';
import { parseEmployment } from './staff-enums.js';

/** The records of staff who are no substitutes (or who lead), and the rows of the substitutes left out. */
export function withoutSubstitutes(match: HeaderMatch, records: readonly CsvRecord[]): { records: readonly CsvRecord[]; left: number[] } {
  const employment = match.columns.get('employment')?.index;
  if (match.kind !== 'teachers' || employment === undefined) return { records, left: [] };
  const leads = leaderRow(match);
  return leaveOut(records, (r) => {
    const cell = r.cells[employment] ?? '';
    if (cell.trim() === '') return false;
    const e = parseEmployment(cell);
    return e.ok && e.value === 'substitute' && !leads(r);
  });
}

/** The one warning of a table with such rows. */
export function substituteWarning(left: readonly number[], file: string): InputIssue {
  return leftOutWarning(left, file, { zh: '代课教师（用人形式为代课）', en: 'substitute teachers (用人形式 代课)', enOne: 'substitute teacher (用人形式 代课)' });
}
