/**
 * objections.csv: the objection report of a plan made with an objections file among its inputs.
 * One row per objection (its decision and what changed for the objector, destination before →
 * after), then one row per other teacher whose destination changed, with the cause traced to the
 * upheld objections. Written only when the inputs hold an objections file; read back as
 * {@link ObjectionFileRow}s.
 */
import { z } from 'zod';
import type { InputIssue, Lang } from '../domain/types.js';
import type { ObjectionLine } from '../plan/objection-report.js';
import { actionText } from '../plan/objection-report.js';
import { toCsv, type Column } from '../output/csv.js';
import { readPlanCsv, type PlanTable } from './plan-csv.js';

/** The file's name in a plan folder. */
export const OBJECTIONS_FILE = 'objections.csv';

const KIND = { objection: { zh: '异议', en: 'objection' }, knock_on: { zh: '连带调整', en: 'knock-on' } } as const;
const DECISION = { upheld: { zh: '同意', en: 'upheld' }, rejected: { zh: '驳回', en: 'rejected' } } as const;
const CHANGE = { kept: { zh: '不变', en: 'unchanged' }, added: { zh: '新增交流', en: 'added' }, removed: { zh: '取消交流', en: 'removed' }, changed: { zh: '改派', en: 'changed' } } as const;

/** The columns of objections.csv, values in the input's language; school names from `schoolName`. */
export function objectionColumns(lang: Lang, schoolName: (id: string | undefined) => string): Column<ObjectionLine>[] {
  const t = (x: { zh: string; en: string } | undefined): string => (x === undefined ? '' : lang === 'zh' ? x.zh : x.en);
  return [
    { en: 'kind', zh: '类别', get: (l) => t(KIND[l.kind]) },
    { en: 'teacher_id', zh: '工号', get: (l) => l.teacher_id },
    { en: 'name', zh: '姓名', get: (l) => l.name },
    { en: 'subject', zh: '任教学科', get: (l) => l.subject },
    { en: 'from_school_id', zh: '原学校代码', get: (l) => l.from_school_id },
    { en: 'objection', zh: '异议内容', get: (l) => l.objection },
    { en: 'decision', zh: '处理结果', get: (l) => t(l.decision && DECISION[l.decision]) },
    { en: 'action', zh: '处理决定', get: (l) => (l.action === undefined || l.decision !== 'upheld' ? '' : t(actionText(l.action, l.action_school_id))) },
    { en: 'decision_note', zh: '处理说明', get: (l) => l.note },
    { en: 'before_to_school_id', zh: '调整前交流学校代码', get: (l) => l.before_to },
    { en: 'before_to_school', zh: '调整前交流学校', get: (l) => (l.before_to === undefined ? t({ zh: '（留任）', en: '(stays)' }) : schoolName(l.before_to)) },
    { en: 'after_to_school_id', zh: '调整后交流学校代码', get: (l) => l.after_to },
    { en: 'after_to_school', zh: '调整后交流学校', get: (l) => (l.after_to === undefined ? t({ zh: '（留任）', en: '(stays)' }) : schoolName(l.after_to)) },
    { en: 'change', zh: '变化', get: (l) => t(CHANGE[l.change]) },
    { en: 'cause', zh: '原因', get: (l) => t(l.cause) },
    { en: 'linked_objections', zh: '相关异议', get: (l) => l.linked_objections.join(';') },
    { en: 'source_row', zh: '异议表行号', get: (l) => (l.row === undefined ? undefined : l.row) },
    // The row alone is ambiguous once each round's file is given again beside the next (异议.csv 异议2.csv): the file it is in. Last, so that the columns before keep their places.
    { en: 'source_file', zh: '异议表', get: (l) => (l.kind === 'objection' ? l.file : undefined) },
  ];
}

/** objections.csv's bytes. */
export function objectionsCsv(lines: readonly ObjectionLine[], lang: Lang, schoolName: (id: string | undefined) => string): string {
  return toCsv(objectionColumns(lang, schoolName), lines, lang);
}

const cell = z.string().default('');
const rowSchema = z.object({ kind: cell, teacher_id: z.string().min(1), decision: cell, before_to_school_id: cell, after_to_school_id: cell, change: cell, cause: cell, linked_objections: cell, source_row: cell, source_file: cell });

/** One row of objections.csv as read back, by English column name. */
export type ObjectionFileRow = z.infer<typeof rowSchema> & { row: number };

/** Reads objections.csv back (a test and a reader of the folder use it); problems name the file, row and column. */
export function readObjectionsCsv(text: string, file = OBJECTIONS_FILE): { ok: true; value: PlanTable<z.infer<typeof rowSchema>> } | { ok: false; issues: InputIssue[] } {
  const names = objectionColumns('zh', () => '').map((c) => ({ en: c.en, zh: c.zh }));
  return readPlanCsv(text, file, names, ['kind', 'teacher_id', 'change'], rowSchema);
}
