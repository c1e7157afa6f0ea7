/**
 * schools.csv: every school before and after the plan (teachers, posts, shortage, backbone
 * teachers, outflow, inflow, the 优质均衡 indicators per 100 students). Written from the plan's
 * figures; read back by `rotate diff` as text cells, each figure checked to be a number.
 */
import { z } from 'zod';
import type { InputIssue, Lang } from '../domain/types.js';
import type { SchoolFigures } from '../plan/school-figures.js';
import { toCsv, type Column } from '../output/csv.js';
import { idCell, numberCell, readPlanCsv, type PlanTable } from './plan-csv.js';
import { markRelaxed } from './relaxed-column.js';

/** The file's name in a plan folder. */
export const SCHOOLS_FILE = 'schools.csv';

/** The columns of schools.csv (the same in both languages but for the headers). */
export function schoolColumns(): Column<SchoolFigures>[] {
  return [
    { en: 'school_id', zh: '学校代码', get: (f) => f.school.id },
    { en: 'name', zh: '学校名称', get: (f) => f.school.name },
    { en: 'area', zh: '城乡类型', get: (f) => f.school.area },
    { en: 'weak', zh: '薄弱学校', get: (f) => f.school.weak },
    { en: 'students', zh: '在校学生数', get: (f) => f.school.students },
    { en: 'teachers_before', zh: '调整前教师数', get: (f) => f.teachersBefore },
    { en: 'teachers_after', zh: '调整后教师数', get: (f) => f.teachersAfter },
    { en: 'posts', zh: '岗位数', get: (f) => f.posts },
    { en: 'shortage_before', zh: '调整前缺员', get: (f) => f.shortageBefore },
    { en: 'shortage_after', zh: '调整后缺员', get: (f) => f.shortageAfter },
    { en: 'scarce_shortage_before', zh: '紧缺学科缺员前', get: (f) => f.scarceShortageBefore },
    { en: 'scarce_shortage_after', zh: '紧缺学科缺员后', get: (f) => f.scarceShortageAfter },
    { en: 'backbone_before', zh: '调整前骨干数', get: (f) => f.backboneBefore },
    { en: 'backbone_after', zh: '调整后骨干数', get: (f) => f.backboneAfter },
    { en: 'outflow', zh: '调出', get: (f) => f.outflow },
    { en: 'inflow', zh: '调入', get: (f) => f.inflow },
    { en: 'county_backbone_before', zh: '调整前县级以上骨干数', get: (f) => f.countyBackboneBefore },
    { en: 'county_backbone_after', zh: '调整后县级以上骨干数', get: (f) => f.countyBackboneAfter },
    { en: 'backbone_per_100_before', zh: '调整前每百名学生县级以上骨干数', get: (f) => f.backbonePer100Before },
    { en: 'backbone_per_100_after', zh: '调整后每百名学生县级以上骨干数', get: (f) => f.backbonePer100After },
    { en: 'arts_pe_per_100_before', zh: '调整前每百名学生体音美教师数', get: (f) => f.artsPePer100Before },
    { en: 'arts_pe_per_100_after', zh: '调整后每百名学生体音美教师数', get: (f) => f.artsPePer100After },
  ];
}

/** schools.csv's bytes, with a `plan_status` column when rules were relaxed. */
export function schoolsCsv(figures: readonly SchoolFigures[], lang: Lang, relaxedRules: readonly string[]): string {
  return toCsv(markRelaxed(schoolColumns(), relaxedRules, lang), figures, lang);
}

/** A row of schools.csv: the id and the words, and every other column (all figures) a number as the writer prints it. */
const schoolRowSchema = z.object({ school_id: idCell, name: z.string().optional(), area: z.string().optional(), weak: z.string().optional() }).catchall(numberCell);

/** One row of schools.csv as read back: its cells by English column name (those present), `school_id` always. */
export type SchoolRow = z.infer<typeof schoolRowSchema>;

/** Reads schools.csv back; every figure must be a number as the writer prints it, every school must have an id. */
export function readSchools(text: string, file: string): { ok: true; value: PlanTable<SchoolRow> } | { ok: false; issues: InputIssue[] } {
  return readPlanCsv(text, file, schoolColumns(), ['school_id'], schoolRowSchema);
}
