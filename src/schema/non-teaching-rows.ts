/**
 * A teachers roster exported whole from the national system lists every member of staff, with
 * 教职工类别 saying which are 专任教师. The others (行政人员, 教辅人员, 工勤人员 …) take no part in the
 * rotation and count in no school's teachers (the 优质均衡 indicators count 专任教师); their rows,
 * with no 任教学科, were errors. They are left out before the rows are read, with one warning per
 * table, unless 岗位类别 or 职务 makes them a principal or vice principal (whose rotation is the county's);
 * so is a row whose 岗位类别 itself holds such a class, as some rosters fill it.
 */
import type { InputIssue } from '../domain/types.js';
import type { CsvRecord } from '../input/parse-csv.js';
import { enumParser, parseRole } from './enums.js';
import { leaderRow } from './leader-row.js';
import { leaveOut, leftOutWarning } from './left-out-rows.js';
import type { HeaderMatch } from './match-headers.js';

/**
 * 教职工类别 of staff who are not teachers, as the national statistics name them (some rosters put
 * them in 岗位类别), read as the closed vocabularies are (`2-教辅人员` too). 代课教师 and 兼任教师, which
 * the statistics count apart from the 教职工, are no 专任教师 either: not in the rotation (not 在编),
 * not counted by the 优质均衡 indicators. A substitute named so by 用人形式 is left out likewise
 * (substitute-rows.ts).
 */
// 专任教师 is listed too, so that the common value is a lookup, not a refusal made for nothing.
const staffClass = enumParser({ teaching: ['专任教师', '教师'], non_teaching: ['行政人员', '教辅人员', '工勤人员', '工勤技能人员', '工勤技能岗位', '工勤岗位', '校办企业职工', '其他附设机构人员', '代课教师', '兼任教师', '兼职教师'] });

/** The records of staff who teach or lead, and the rows of the others left out. */
export function withoutNonTeaching(match: HeaderMatch, records: readonly CsvRecord[]): { records: readonly CsvRecord[]; left: number[] } {
  const staff = match.columns.get('staff_class')?.index;
  const role = match.columns.get('role')?.index;
  if (match.kind !== 'teachers' || (staff === undefined && role === undefined)) return { records, left: [] };
  const staffWord = (cell: string): boolean => {
    if (cell.trim() === '') return false;
    const c = staffClass(cell);
    return c.ok && c.value === 'non_teaching';
  };
  const leads = leaderRow(match);
  return leaveOut(records, (r) => {
    const roleCell = role === undefined ? '' : (r.cells[role] ?? '');
    // 岗位类别 that is no role may itself hold the staff class, as some rosters fill it.
    const roleStaff = roleCell.trim() !== '' && !parseRole(roleCell).ok && staffWord(roleCell);
    return !leads(r) && (staffWord(staff === undefined ? '' : (r.cells[staff] ?? '')) || roleStaff);
  });
}

/** The one warning of a table with such rows. */
export function nonTeachingWarning(left: readonly number[], file: string): InputIssue {
  return leftOutWarning(left, file, { zh: '非专任教师（行政人员、教辅人员、工勤人员等）', en: 'staff who are not teachers (行政人员, 教辅人员, 工勤人员 …)' });
}
