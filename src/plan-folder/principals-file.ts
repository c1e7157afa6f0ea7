/**
 * principals.csv (校长交流名单): the principals and vice principals due to rotate (two terms at the
 * school, `eligibility.principal_terms`), for the county's decision ("校长交流轮岗坚持组织选派的原
 * 则"): the model never posts them. One moved by a lock shows the school he or she goes to.
 */
import { isLeader, roleWords } from '../domain/leaders.js';
import type { Lang, School } from '../domain/types.js';
import type { TeacherStatus } from '../plan/teacher-status.js';
import { toCsv, type Column } from '../output/csv.js';
import { markRelaxed } from './relaxed-column.js';

/** The file's name in a plan folder. */
export const PRINCIPALS_FILE = 'principals.csv';

/** One row: a principal or vice principal due to rotate, with the school's name. */
export interface PrincipalRow {
  status: TeacherStatus;
  school: string;
}

/** The rows: principals and vice principals who are eligible (listed or moved by a lock), in teacher order. */
export function principalRows(statuses: readonly TeacherStatus[], schools: ReadonlyMap<string, School>): PrincipalRow[] {
  return statuses.filter((s) => isLeader(s.teacher) && (s.state === 'stays' || s.state === 'moved')).map((s) => ({ status: s, school: schools.get(s.teacher.schoolId)?.name ?? '' }));
}

/** The columns of principals.csv, values in the input's language. */
export function principalColumns(lang: Lang): Column<PrincipalRow>[] {
  const t = (zh: string, en: string): string => (lang === 'zh' ? zh : en);
  return [
    { en: 'teacher_id', zh: '工号', get: (r) => r.status.teacher.id },
    { en: 'name', zh: '姓名', get: (r) => r.status.teacher.name },
    { en: 'role', zh: '岗位类别', get: (r) => t(roleWords(r.status.teacher).zh, roleWords(r.status.teacher).en) },
    { en: 'school_id', zh: '学校代码', get: (r) => r.status.teacher.schoolId },
    { en: 'school', zh: '学校名称', get: (r) => r.school },
    { en: 'years_at_school', zh: '本校任职年限', get: (r) => r.status.teacher.yearsAtSchool },
    { en: 'status', zh: '状态', get: (r) => t(r.status.label.zh, r.status.label.en) },
    { en: 'to_school_id', zh: '交流学校代码', get: (r) => r.status.toSchoolId ?? '' },
    { en: 'reason', zh: '理由', get: (r) => t(r.status.reason.zh, r.status.reason.en) },
  ];
}

/** principals.csv's bytes, with a `plan_status` column when rules were relaxed. */
export function principalsCsv(rows: readonly PrincipalRow[], lang: Lang, relaxedRules: readonly string[]): string {
  return toCsv(markRelaxed(principalColumns(lang), relaxedRules, lang), rows, lang);
}
