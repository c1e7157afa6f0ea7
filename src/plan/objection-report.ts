/**
 * The objection report of a re-plan after the 公示: per objection the decision and what changed for
 * the objector (destination before → after), then every other change the new plan made, with its
 * cause traced to the upheld objections by the lock-effect tracing (lock-effects.ts), which an
 * upheld objection goes through as the lock it is.
 */
import { plural } from '../domain/plural.js';
import type { County, LockAction, Objection, ObjectionDecision } from '../domain/types.js';
import type { Text } from '../domain/text.js';
import type { Move } from './build-plan.js';
import type { LockEffect, LockReport } from './lock-effects.js';

/** What happened to one teacher's destination: as before, a move added or removed, or another school. */
export type ObjectionChange = 'kept' | 'added' | 'removed' | 'changed';

/** One row of the report: an objection (its objector), or another change the new plan made. */
export interface ObjectionLine {
  kind: 'objection' | 'knock_on';
  teacher_id: string;
  name: string;
  subject: string;
  from_school_id: string;
  /** The objection's text and decision (objection rows only). */
  objection?: string;
  decision?: ObjectionDecision;
  /** The decision as a lock, applied only when upheld. */
  action?: LockAction;
  action_school_id?: string;
  note?: string;
  /** Destination before (in the reference plan) and after; undefined means the teacher stays. */
  before_to?: string;
  after_to?: string;
  change: ObjectionChange;
  cause: Text;
  /** Objectors whose upheld objections this change traces to (for an objector's own change: himself or herself). */
  linked_objections: string[];
  /** The objection's row (objection rows only). */
  row?: number;
  file?: string;
}

/** The report: what the plan was compared with, the counts, and the rows (objections first, by teacher, then other changes). */
export interface ObjectionReport {
  /** The previous plan (`--baseline`), the plan without the locks, or nothing to compare with. */
  reference: 'baseline' | 'unlocked' | null;
  upheld: number;
  rejected: number;
  /** Teachers other than the objectors whose destination changed, and how many of them trace to an upheld objection. */
  knock_on: number;
  traced: number;
  lines: ObjectionLine[];
}

const ACTION: Readonly<Record<LockAction, { zh: string; en: string }>> = { stay: { zh: '留任', en: 'stay' }, move: { zh: '调往', en: 'move to' }, forbid: { zh: '禁止调往', en: 'not to' } };

/** The decision of an upheld objection in words: `留任`, `调往 341122017`, `禁止调往 341122027`. */
export function actionText(action: LockAction, school: string | undefined): Text {
  const a = ACTION[action];
  return action === 'stay' ? a : { zh: `${a.zh} ${school ?? ''}`, en: `${a.en} ${school ?? ''}` };
}

function changeOf(before: string | undefined, after: string | undefined): ObjectionChange {
  if (before === after) return 'kept';
  return before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
}

const place = (to: string | undefined): Text => (to === undefined ? { zh: '留任', en: 'stays' } : { zh: `调往 ${to}`, en: `moves to ${to}` });

/** Why an objector's destination is what it is, in a sentence. */
function objectorCause(o: Objection, before: string | undefined, after: string | undefined, effect: LockEffect | undefined): Text {
  const w = { zh: `${o.source.file} 第${o.source.row}行`, en: `${o.source.file} row ${o.source.row}` };
  if (o.decision === 'rejected') {
    const also = effect ? { zh: `; 但去向因其他原因改变: ${effect.cause.zh}`, en: `; the destination changed for another reason: ${effect.cause.en}` } : { zh: '', en: '' };
    return { zh: `异议驳回（${w.zh}）, 不作调整${also.zh}`, en: `objection rejected (${w.en}), nothing changed for it${also.en}` };
  }
  const a = actionText(o.action ?? 'stay', o.schoolId);
  if (before === after) {
    return { zh: `异议同意（${w.zh}）, 按「${a.zh}」锁定; 去向与调整前相同（${place(after).zh}）`, en: `objection upheld (${w.en}), locked: ${a.en}; destination as before (${place(after).en})` };
  }
  return { zh: `异议同意（${w.zh}）, 按「${a.zh}」锁定: ${place(before).zh} → ${place(after).zh}`, en: `objection upheld (${w.en}), locked: ${a.en}: ${place(before).en} → ${place(after).en}` };
}

/**
 * The objection report of a plan. `locks` is the plan's lock report: against the baseline (or the
 * plan without the locks), its effects name every change and the locks it traces to; the teachers
 * an upheld objection locked are its roots. Null when the county has no objections file.
 */
export function objectionReport(county: County, moves: readonly Move[], locks: LockReport): ObjectionReport | null {
  const objections = county.objections;
  if (!objections) return null;
  const teacher = new Map([...county.teachers, ...(county.retired ?? [])].map((t) => [t.id, t]));
  const now = new Map(moves.map((m) => [m.teacher.id, m.to.id]));
  const effects = new Map((locks.against?.effects ?? []).map((e) => [e.teacher_id, e]));
  const beforeOf = (id: string): string | undefined => {
    const e = effects.get(id);
    return e ? e.baseline_to : now.get(id);
  };
  const upheldBy = new Set(objections.filter((o) => o.decision === 'upheld').map((o) => o.teacherId));
  const objectors = new Set(objections.map((o) => o.teacherId));
  const lines: ObjectionLine[] = objections.map((o) => {
    const t = teacher.get(o.teacherId);
    const [before, after] = [beforeOf(o.teacherId), now.get(o.teacherId)];
    return {
      kind: 'objection',
      teacher_id: o.teacherId,
      name: t?.name ?? '',
      subject: t?.subjectLabel ?? '',
      from_school_id: t?.schoolId ?? '',
      objection: o.text,
      decision: o.decision,
      ...(o.action !== undefined && { action: o.action }),
      ...(o.schoolId !== undefined && { action_school_id: o.schoolId }),
      ...(o.note !== undefined && { note: o.note }),
      ...(before !== undefined && { before_to: before }),
      ...(after !== undefined && { after_to: after }),
      change: changeOf(before, after),
      cause: objectorCause(o, before, after, effects.get(o.teacherId)),
      linked_objections: o.decision === 'upheld' && before !== after ? [o.teacherId] : [],
      row: o.source.row,
      file: o.source.file,
    };
  });
  const others = [...effects.values()].filter((e) => !objectors.has(e.teacher_id));
  for (const e of others) {
    const linked = e.linked.filter((id) => upheldBy.has(id));
    lines.push({
      kind: 'knock_on',
      teacher_id: e.teacher_id,
      name: e.name,
      subject: e.subject,
      from_school_id: e.from_school_id,
      ...(e.baseline_to !== undefined && { before_to: e.baseline_to }),
      ...(e.to !== undefined && { after_to: e.to }),
      change: e.change,
      cause: linked.length > 0 ? { zh: `由异议 ${linked.join('、')} 引起: ${e.cause.zh}`, en: `caused by the ${plural(linked.length, 'objection')} of ${linked.join(', ')}: ${e.cause.en}` } : e.cause,
      linked_objections: linked,
    });
  }
  return {
    reference: locks.against?.reference ?? null,
    upheld: objections.filter((o) => o.decision === 'upheld').length,
    rejected: objections.filter((o) => o.decision === 'rejected').length,
    knock_on: others.length,
    traced: others.filter((e) => e.linked.some((id) => upheldBy.has(id))).length,
    lines,
  };
}
