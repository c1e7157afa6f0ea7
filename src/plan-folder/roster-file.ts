/**
 * The roster of a plan (交流人员花名册), in the layout of the national teacher information system's
 * exchange sub-table: 姓名, 工号, 交流轮岗类型, 是否调动人事关系, 开始年月, 结束年月, 原单位, 交流单位;
 * then what a province's roster asks beside them and next year's teachers file reads back: 任教学科,
 * 交流任教学段, 骨干等级, 交流方向, 原单位代码, 交流单位代码; and, from the plan's teachers file where
 * given, 性别, 出生年月, 学历, 职称 (roster-person.ts). One row per move, in the order of
 * assignments.csv (by teacher id). Written as CSV and as a workbook (ids and year-months as text
 * cells); read back as {@link RosterFileRow}s.
 */
import { z } from 'zod';
import type { ExchangeType } from '../domain/roster-parameters.js';
import { yearMonthCode, type Term } from '../domain/term.js';
import type { InputIssue, Lang } from '../domain/types.js';
import { toCsv, type Column } from '../output/csv.js';
import type { MoveRow } from './assignments-file.js';
import { readPlanCsv, type PlanTable } from './plan-csv.js';
import { planTable, workbookBytes } from './plan-workbook.js';
import { personColumns, type RosterPeople } from './roster-person.js';

/** The roster's file names (without extension) in the plan's language. */
export const ROSTER_NAME: Readonly<Record<Lang, string>> = { zh: '交流人员花名册', en: 'roster' };

/** What every row of a roster shares: the term and the two policy values. */
export interface RosterTerms {
  term: Term;
  exchangeType: ExchangeType;
  transferPersonnel: boolean;
  /** 性别, 出生年月, 学历, 职称 from the plan's teachers file (`--teachers`), where given: appended after the other columns. */
  people?: RosterPeople;
}

const TYPE_EN: Readonly<Record<ExchangeType, string>> = { 交流: 'exchange', 支教: 'support teaching', 走教: 'itinerant teaching' };

/** 交流轮岗类型 as the roster writes it in the plan's language (`交流`, `exchange`). */
export const exchangeTypeText = (type: ExchangeType, lang: Lang): string => (lang === 'zh' ? type : TYPE_EN[type]);

/** The roster's columns, in the national sub-table's order; values in the plan's language. */
export function rosterColumns(lang: Lang, r: RosterTerms): Column<MoveRow>[] {
  return [
    { en: 'name', zh: '姓名', get: (m) => m.name },
    { en: 'teacher_id', zh: '工号', get: (m) => m.teacher_id },
    { en: 'exchange_type', zh: '交流轮岗类型', get: () => exchangeTypeText(r.exchangeType, lang) },
    { en: 'transfer_personnel', zh: '是否调动人事关系', get: () => r.transferPersonnel },
    { en: 'start_month', zh: '开始年月', get: () => yearMonthCode(r.term.start) },
    { en: 'end_month', zh: '结束年月', get: () => yearMonthCode(r.term.end) },
    { en: 'from_unit', zh: '原单位', get: (m) => m.from_school },
    { en: 'to_unit', zh: '交流单位', get: (m) => m.to_school },
    // Beyond the sub-table: what a province's roster asks, and what next year's teachers file needs
    // (学校代码 the 交流单位代码, 交流原学校代码 the 原单位代码 (a name it reads as such), 任教学段 the 交流任教学段).
    { en: 'subject', zh: '任教学科', get: (m) => m.subject },
    { en: 'to_teaching_stage', zh: '交流任教学段', get: (m) => m.to_teaching_stage },
    { en: 'backbone', zh: '骨干等级', get: (m) => m.backbone },
    { en: 'direction', zh: '交流方向', get: (m) => m.direction },
    { en: 'from_unit_id', zh: '原单位代码', get: (m) => m.from_school_id },
    { en: 'to_unit_id', zh: '交流单位代码', get: (m) => m.to_school_id },
    // After them, so that the sub-table's columns and those next year reads keep their places.
    ...(r.people ? personColumns(r.people, lang) : []),
  ];
}

/** The roster's CSV bytes (UTF-8 with BOM, CRLF, formula cells escaped). */
export function rosterCsv(moves: readonly MoveRow[], lang: Lang, r: RosterTerms): string {
  return toCsv(rosterColumns(lang, r), moves, lang);
}

/** The roster as a workbook of one sheet (交流人员花名册 / roster), every cell text but none empty. */
export function rosterXlsx(moves: readonly MoveRow[], lang: Lang, r: RosterTerms): Promise<Uint8Array> {
  const sheet = planTable(rosterColumns(lang, r), moves)(ROSTER_NAME[lang], lang);
  return workbookBytes([sheet], { title: lang === 'zh' ? '交流人员花名册' : 'exchange roster', creator: 'rotate' });
}

const text = z.string().min(1);
const rowSchema = z.object({
  name: text,
  teacher_id: text,
  exchange_type: text,
  transfer_personnel: text,
  start_month: z.string().regex(/^\d{6}$/u),
  end_month: z.string().regex(/^\d{6}$/u),
  from_unit: text,
  to_unit: text,
  subject: z.string(),
  // Blank for a principal moved by a lock, who takes no subject post.
  to_teaching_stage: z.string(),
  backbone: z.string(),
  direction: z.string(),
  from_unit_id: text,
  to_unit_id: text,
});

/** One row of a roster CSV as read back, by English column name. */
export type RosterFileRow = z.infer<typeof rowSchema> & { row: number };

/** Reads a roster CSV back; every column is required, problems name the file, row and column. */
export function readRosterCsv(csv: string, file: string): { ok: true; value: PlanTable<z.infer<typeof rowSchema>> } | { ok: false; issues: InputIssue[] } {
  const columns = rosterColumns('zh', { term: { start: { year: 0, month: 1 }, end: { year: 0, month: 1 } }, exchangeType: '交流', transferPersonnel: false });
  const names = columns.map((c) => ({ en: c.en, zh: c.zh }));
  return readPlanCsv(csv, file, names, names.map((n) => n.en), rowSchema);
}
