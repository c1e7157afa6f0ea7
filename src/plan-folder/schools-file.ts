/**
 * schools.csv: every school before and after the plan (teachers, posts, shortage, backbone
 * teachers, outflow, inflow, and per section the 优质均衡 indicators per 100 students). Written
 * from the plan's figures; read back by `rotate diff` as text cells, each figure checked to be a
 * number. A county reads it in its own words: with Chinese headers the words are Chinese too
 * (城区/镇区/乡村, 是/否, 小学/九年一贯制…), so the file reads as a schools input file would.
 */
import { z } from 'zod';
import type { Area, InputIssue, Lang, Stage } from '../domain/types.js';
import type { SchoolLine } from '../plan/school-lines.js';
import { quotaSchools } from '../domain/estimated-posts.js';
import { toCsv, type Column } from '../output/csv.js';
import { AREAS, parseArea, parseStage, STAGES } from '../schema/enums.js';
import type { CellParser } from '../schema/values.js';
import { idCell, numberCell, readPlanCsv, type PlanTable } from './plan-csv.js';
import { markRelaxed } from './relaxed-column.js';
import { sectionColumns } from './section-columns.js';

/** A stage or area as the input file's language names it (小学, 城区 / primary, urban). */
const word = (value: Stage | Area, table: Readonly<Record<string, readonly string[]>>, lang: Lang): string => (lang === 'zh' ? (table[value]?.[0] ?? value) : value);

/** The file's name in a plan folder. */
export const SCHOOLS_FILE = 'schools.csv';

/** Whether the schools' lines carry a 核定编制数 (the schools file gave it), which schools.csv then shows beside the posts. */
export const anyQuota = (lines: readonly SchoolLine[]): boolean => quotaSchools(lines.map((l) => l.school)) > 0;

/** The columns of schools.csv; headers and words (stage, area, yes/no) in the given language; the 核定编制数 where the schools file gave it. */
export function schoolColumns(lang: Lang, quota = false): Column<SchoolLine>[] {
  return [
    { en: 'school_id', zh: '学校代码', get: (f) => f.school.id },
    { en: 'name', zh: '学校名称', get: (f) => f.school.name },
    { en: 'stage', zh: '学段', get: (f) => word(f.school.stage, STAGES, lang) },
    { en: 'area', zh: '城乡类型', get: (f) => word(f.school.area, AREAS, lang) },
    { en: 'weak', zh: '薄弱学校', get: (f) => f.school.weak },
    { en: 'students', zh: '在校学生数', get: (f) => f.school.students },
    { en: 'teachers_before', zh: '调整前教师数', get: (f) => f.teachersBefore },
    { en: 'teachers_after', zh: '调整后教师数', get: (f) => f.teachersAfter },
    { en: 'posts', zh: '岗位数', get: (f) => f.posts },
    ...(quota ? [{ en: 'staff_quota', zh: '核定编制数', get: (f: SchoolLine) => f.school.staffQuota }] : []),
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
    ...sectionColumns(),
  ];
}

/** schools.csv's bytes, with a `plan_status` column when rules were relaxed. */
export function schoolsCsv(lines: readonly SchoolLine[], lang: Lang, relaxedRules: readonly string[]): string {
  return toCsv(markRelaxed(schoolColumns(lang, anyQuota(lines)), relaxedRules, lang), lines, lang);
}

/** A word of the file read back as its canonical value (城区 and urban alike: plans in either language compare); other text as it is. */
const canonical = (parse: CellParser<string>) => (text: string): string => {
  const r = parse(text);
  return r.ok ? r.value : text;
};

/** A row of schools.csv: the id and the words, and every other column (all figures) a number as the writer prints it. */
const schoolRowSchema = z
  .object({ school_id: idCell, name: z.string().optional(), stage: z.string().transform(canonical(parseStage)).optional(), area: z.string().transform(canonical(parseArea)).optional(), weak: z.string().optional() })
  .catchall(numberCell);

/** One row of schools.csv as read back: its cells by English column name (those present), `school_id` always. */
export type SchoolRow = z.infer<typeof schoolRowSchema>;

/** Reads schools.csv back; every figure must be a number as the writer prints it, every school must have an id. */
export function readSchools(text: string, file: string): { ok: true; value: PlanTable<SchoolRow> } | { ok: false; issues: InputIssue[] } {
  return readPlanCsv(text, file, schoolColumns('en', true), ['school_id'], schoolRowSchema);
}
