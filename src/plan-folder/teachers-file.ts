/**
 * teachers.csv: every teacher's status (交流 / 留任 / 免交流 / 不符合条件) with the reason in a
 * sentence. Written from the plan's statuses; read back as {@link TeacherRow}s.
 */
import { z } from 'zod';
import type { InputIssue, Lang } from '../domain/types.js';
import type { TeacherStatus } from '../plan/teacher-status.js';
import { toCsv, type Column } from '../output/csv.js';
import { idCell, readPlanCsv, type PlanTable } from './plan-csv.js';
import { markRelaxed } from './relaxed-column.js';

/** The file's name in a plan folder. */
export const TEACHERS_FILE = 'teachers.csv';

/** The columns of teachers.csv, values in the input's language. */
export function teacherColumns(lang: Lang): Column<TeacherStatus>[] {
  const t = (zh: string, en: string): string => (lang === 'zh' ? zh : en);
  return [
    { en: 'teacher_id', zh: '工号', get: (s) => s.teacher.id },
    { en: 'name', zh: '姓名', get: (s) => s.teacher.name },
    { en: 'school_id', zh: '学校代码', get: (s) => s.teacher.schoolId },
    { en: 'subject', zh: '任教学科', get: (s) => s.teacher.subjectLabel },
    { en: 'status', zh: '状态', get: (s) => t(s.label.zh, s.label.en) },
    { en: 'to_school_id', zh: '交流学校代码', get: (s) => s.toSchoolId ?? '' },
    { en: 'reason', zh: '理由', get: (s) => t(s.reason.zh, s.reason.en) },
  ];
}

/** teachers.csv's bytes, with a `plan_status` column when rules were relaxed. */
export function teachersCsv(statuses: readonly TeacherStatus[], lang: Lang, relaxedRules: readonly string[]): string {
  return toCsv(markRelaxed(teacherColumns(lang), relaxedRules, lang), statuses, lang);
}

const cell = z.string().default('');
const teacherRowSchema = z.object({ teacher_id: idCell, name: cell, school_id: cell, subject: cell, status: cell, to_school_id: cell, reason: cell });

/** One row of teachers.csv as read back, by English column name. */
export type TeacherRow = z.infer<typeof teacherRowSchema>;

/** Reads teachers.csv back: every row names a teacher; status and reason are the words written. */
export function readTeachers(text: string, file: string): { ok: true; value: PlanTable<TeacherRow> } | { ok: false; issues: InputIssue[] } {
  return readPlanCsv(text, file, teacherColumns('en'), ['teacher_id', 'status'], teacherRowSchema);
}
