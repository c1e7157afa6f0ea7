import { z } from 'zod';
import type { InputIssue, Lock, Objection, ObjectionDecision, Source } from '../../domain/types.js';
import { addRowIssue } from '../cell-schema.js';
import { cellShape, type RowOf, type RowSpec } from '../row-spec.js';
import { parseLockAction, parseObjectionDecision } from '../enums.js';
import { maskIdCards, ok, optional, parseId, type CellParser } from '../values.js';

const ACTION_ZH = { stay: '留任', move: '调往', forbid: '禁止' } as const;

/** Free text (异议内容, 处理说明): trimmed, any ID-card number in it masked; empty is ''. */
const freeText = (text: string) => ok(maskIdCards(text.trim()));

/** How a decision not yet made reads in a bureau's list of objections received (blank, or 待定 and its kin). */
const UNDECIDED = new Set(['', '待定', '未定', '待处理', '未处理', '处理中', '待核实', '核实中', '调查中', '待研究', '研究中', '待议', '待复核', 'pending', 'undecided', 'tbd']);

/**
 * 处理结果: 同意 or 驳回. An objection listed as received but not yet decided (blank, 待定) is
 * still refused (a plan cannot apply a decision not made, nor pass over it without a word), with
 * what to do: decide it, or leave its row out until it is.
 */
const parseDecision: CellParser<ObjectionDecision> = (text) => {
  const r = parseObjectionDecision(text);
  if (r.ok || !UNDECIDED.has(text.normalize('NFKC').trim().toLowerCase())) return r;
  return { ok: false, zh: `${r.zh}; 尚未处理的异议不能用于规划: 请填写处理结果（同意 / 驳回）, 或先把此行移出异议表`, en: `${r.en}; an objection not yet decided cannot go into a plan: write the decision (upheld / rejected), or leave the row out of the file until it is` };
};

/** The cells of an objections row, keyed by canonical column names. */
const objectionCells = {
  teacher_id: parseId,
  decision: parseDecision,
  objection: freeText,
  name: freeText,
  decision_note: freeText,
  action: optional(parseLockAction),
  school_id: optional(parseId),
  to_school_id: optional(parseId),
};

/** Checks across the cells of one objections row: an upheld objection needs its action, and a school unless it is a stay. */
function checkObjectionRow(r: RowOf<typeof objectionCells>, ctx: z.RefinementCtx): void {
  if (r.decision !== 'upheld') return;
  if (r.action === undefined) {
    addRowIssue(ctx, 'action', '「同意」的异议须填写操作（留任 / 调往 / 禁止）, 实为空白', 'an upheld objection needs its decision as an action (stay / move / forbid), found an empty cell');
    return;
  }
  if (r.action !== 'stay' && r.school_id === undefined && r.to_school_id === undefined) {
    addRowIssue(ctx, 'school_id', `操作「${ACTION_ZH[r.action]}」须填写学校代码, 实为空白`, `a ${r.action} decision needs a school_id, found an empty cell`);
  }
}

/**
 * A row of an objections file (公示异议): who objected, what about, and the bureau's decision.
 * An upheld objection (同意) needs its decision as a lock: 操作 留任 / 调往 / 禁止, and for 调往 and
 * 禁止 a 学校代码, or a 交流学校代码 (then the 学校代码 beside it is the teacher's own). A rejected one (驳回) needs neither; an action written beside it is not applied
 * (the loader warns about it).
 */
export const objectionRow = z.object(cellShape(objectionCells)).superRefine(checkObjectionRow);

export type ObjectionRow = z.output<typeof objectionRow>;

/** The objections row schema and its parts, for readRows's fast path. */
export const objectionSpec: RowSpec<typeof objectionRow> = { schema: objectionRow, cells: objectionCells, check: checkObjectionRow };

/** The domain objection of a valid row (a stay decision keeps no school; a rejected one keeps what was written, unapplied). */
export function toObjection(r: ObjectionRow, source: Source): Objection {
  // As in a locks file: the 交流学校代码 is the decision's school; a 学校代码 beside it is where the teacher is.
  const fromTo = r.action !== 'stay' && r.to_school_id !== undefined;
  const schoolId = r.action === 'stay' ? undefined : fromTo ? r.to_school_id : r.school_id;
  return {
    teacherId: r.teacher_id,
    ...(r.name !== '' && { name: r.name }),
    text: r.objection,
    decision: r.decision,
    ...(r.decision_note !== '' && { note: r.decision_note }),
    ...(r.action !== undefined && { action: r.action }),
    ...(schoolId !== undefined && { schoolId }),
    ...(fromTo && { schoolColumn: 'to_school_id' as const }),
    source,
  };
}

/** The lock an upheld objection asks for (its source is the objection's row), or null for a rejected one. */
export function objectionLock(o: Objection): Lock | null {
  if (o.decision !== 'upheld' || o.action === undefined) return null;
  return { teacherId: o.teacherId, action: o.action, ...(o.schoolId !== undefined && { schoolId: o.schoolId }), ...(o.schoolColumn !== undefined && { schoolColumn: o.schoolColumn }), source: o.source };
}

/** A note for every rejected objection with an action written beside it: the action is not applied. */
export function unappliedActions(objections: readonly Objection[], label: (file: string, key: string) => string): InputIssue[] {
  return objections
    .filter((o) => o.decision === 'rejected' && o.action !== undefined)
    .map((o) => ({
      file: o.source.file,
      row: o.source.row,
      column: label(o.source.file, 'action'),
      zh: `注意: 异议已驳回, 所填操作「${ACTION_ZH[o.action ?? 'stay']}」不执行`,
      en: `note: the objection was rejected, so the action "${o.action ?? ''}" written beside it is not applied`,
    }));
}
