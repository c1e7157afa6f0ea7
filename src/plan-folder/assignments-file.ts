/**
 * assignments.csv: one row per rotated teacher, from where to where, the direction and a reason a
 * principal can read. Written from the plan's moves; read back (by `rotate diff` and
 * `--baseline`) as {@link MoveRow}s, as people may have edited it in Excel.
 */
import { z } from 'zod';
import { SECTION_NAME } from '../domain/sections.js';
import type { InputIssue, Lang } from '../domain/types.js';
import type { Move } from '../plan/build-plan.js';
import type { LockReport } from '../plan/lock-effects.js';
import { toCsv, type Column } from '../output/csv.js';
import { readPlanCsv, type PlanTable } from './plan-csv.js';
import { markRelaxed } from './relaxed-column.js';

/** The file's name in a plan folder. */
export const ASSIGNMENTS_FILE = 'assignments.csv';

const BACKBONE: Record<string, { zh: string; en: string }> = {
  none: { zh: '无', en: 'none' },
  school: { zh: '校级', en: 'school' },
  county: { zh: '县级', en: 'county' },
  city: { zh: '市级', en: 'city' },
  province: { zh: '省级', en: 'province' },
};

/** The columns of assignments.csv, values in the input's language. */
export function assignmentColumns(lang: Lang): Column<Move>[] {
  const t = (zh: string, en: string): string => (lang === 'zh' ? zh : en);
  return [
    { en: 'teacher_id', zh: '工号', get: (m) => m.teacher.id },
    { en: 'name', zh: '姓名', get: (m) => m.teacher.name },
    { en: 'subject', zh: '任教学科', get: (m) => m.teacher.subjectLabel },
    { en: 'backbone', zh: '骨干等级', get: (m) => (lang === 'zh' ? BACKBONE[m.teacher.backbone]?.zh : BACKBONE[m.teacher.backbone]?.en) },
    { en: 'from_school_id', zh: '原学校代码', get: (m) => m.from.id },
    { en: 'from_school', zh: '原学校', get: (m) => m.from.name },
    { en: 'to_school_id', zh: '交流学校代码', get: (m) => m.to.id },
    { en: 'to_school', zh: '交流学校', get: (m) => m.to.name },
    // The section taught there: next year's teachers file needs it as 任教学段 at a school of two sections.
    { en: 'to_teaching_stage', zh: '交流任教学段', get: (m) => (m.stage === undefined ? '' : t(SECTION_NAME[m.stage].zh, SECTION_NAME[m.stage].en)) },
    { en: 'direction', zh: '交流方向', get: (m) => t(m.direction.zh, m.direction.en) },
    { en: 'locked', zh: '人工锁定', get: (m) => m.locked },
    { en: 'reason', zh: '理由', get: (m) => t(m.reason.zh, m.reason.en) },
  ];
}

/**
 * Against a baseline, assignments.csv says for every move whether it is as in the baseline, changed
 * (and from where), or new, with its cause: the teacher's own lock or the locks it is linked to.
 */
function withBaselineColumn(columns: Column<Move>[], report: LockReport, lang: Lang): Column<Move>[] {
  const base = report.against;
  if (!base || base.reference !== 'baseline') return columns;
  const effect = new Map(base.effects.map((e) => [e.teacher_id, e]));
  const zh = lang === 'zh';
  const get = (m: Move): string => {
    const e = effect.get(m.teacher.id);
    if (!e) return zh ? '同基准方案' : 'as in the baseline';
    const what = e.change === 'added' ? (zh ? '新增' : 'new') : zh ? `改派（基准为 ${e.baseline_to ?? ''}）` : `changed (baseline: ${e.baseline_to ?? ''})`;
    return `${what}: ${zh ? e.cause.zh : e.cause.en}`;
  };
  return [...columns, { en: 'vs_baseline', zh: '与基准方案比较', get }];
}

/** The columns as written: a `vs_baseline` column against a baseline, a `plan_status` column when rules were relaxed. */
export function writtenAssignmentColumns(lang: Lang, locks: LockReport, relaxedRules: readonly string[]): Column<Move>[] {
  return markRelaxed(withBaselineColumn(assignmentColumns(lang), locks, lang), relaxedRules, lang);
}

/** assignments.csv's bytes: the moves in {@link writtenAssignmentColumns}. */
export function assignmentsCsv(moves: readonly Move[], lang: Lang, locks: LockReport, relaxedRules: readonly string[]): string {
  return toCsv(writtenAssignmentColumns(lang, locks, relaxedRules), moves, lang);
}

const cell = z.string().default('');

/** One row of assignments.csv as read back: the teacher, from and to, the direction and the reason (as written, in the plan's language). */
const moveRowSchema = z.object({ teacher_id: cell, name: cell, subject: cell, backbone: cell, from_school_id: cell, from_school: cell, to_school_id: cell, to_school: cell, to_teaching_stage: cell, direction: cell, reason: cell });

/** One row of a plan's assignments.csv, by English column name, with its row (header = 1). */
export type MoveRow = z.infer<typeof moveRowSchema> & { row: number };


/**
 * Reads assignments.csv back. `teacher_id` and `to_school_id` must be columns; a row without a
 * teacher id is skipped (a blank line Excel kept), a row with one but no destination is an issue.
 */
export function readAssignments(text: string, file: string): { ok: true; value: PlanTable<MoveRow> } | { ok: false; issues: InputIssue[] } {
  const t = readPlanCsv(text, file, assignmentColumns('en'), ['teacher_id', 'to_school_id'], moveRowSchema);
  if (!t.ok) return t;
  const rows = t.value.rows.filter((r) => r.teacher_id !== '');
  const issues = rows.filter((r) => r.to_school_id === '').map((r): InputIssue => ({ file, row: r.row, column: t.value.lang === 'zh' ? '交流学校代码' : 'to_school_id', zh: '不能为空', en: 'must not be empty' }));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { ...t.value, rows } };
}
