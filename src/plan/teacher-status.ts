import { isLeader } from '../domain/leaders.js';
import { retireeReason } from '../domain/retirees.js';
import type { Teacher } from '../domain/types.js';
import type { ModelContext } from '../model/context.js';
import type { Move } from './build-plan.js';
import type { Text } from './reasons.js';
import { BASELINE_FILE } from './baseline-locks.js';

export type TeacherState = 'moved' | 'stays' | 'exempt' | 'not_eligible';

export interface TeacherStatus {
  teacher: Teacher;
  state: TeacherState;
  label: Text;
  toSchoolId?: string;
  reason: Text;
}

/** The words of each state in teachers.csv; a principal listed for exchange and a teacher back from one have their own (see below). */
export const LABEL: Readonly<Record<TeacherState, Text>> = {
  moved: { zh: '交流', en: 'moved' },
  stays: { zh: '留任', en: 'stays' },
  exempt: { zh: '免交流', en: 'exempt' },
  not_eligible: { zh: '不符合条件', en: 'not eligible' },
};

/** The label of a principal or vice principal due to rotate: the county decides (principals.csv). */
const LISTED: Text = { zh: '列入校长交流名单', en: 'on the principals\' list' };

/** The label of a teacher back at the home school from an exchange that ended by the cut-off date (not eligible this year). */
const RETURNED: Text = { zh: '返回原校', en: 'returned from exchange' };

/** The label of a teacher who retires by the cut-off date (domain/retirees.ts): exempt, and counted nowhere. */
const RETIRES: Text = { zh: '退休', en: 'retires' };

/**
 * Every teacher's decision with its reason, in teacher id order: moved, stays (eligible but not
 * chosen, or locked), exempt (retiring by the cut-off date among them), not eligible. `notes` say
 * why an eligible teacher who was free to go stays (see stay-notes.ts).
 */
export function teacherStatuses(ctx: ModelContext, moves: readonly Move[], notes: ReadonlyMap<string, Text> = new Map()): TeacherStatus[] {
  const listed = statusesOf(ctx, moves, notes);
  const retired = ctx.county.retired ?? [];
  if (retired.length === 0) return listed;
  const retiring = retired.map((t): TeacherStatus => ({ teacher: t, state: 'exempt', label: RETIRES, reason: retireeReason(t, ctx.policy) }));
  return [...listed, ...retiring].sort((a, b) => (a.teacher.id < b.teacher.id ? -1 : a.teacher.id > b.teacher.id ? 1 : 0));
}

function statusesOf(ctx: ModelContext, moves: readonly Move[], notes: ReadonlyMap<string, Text>): TeacherStatus[] {
  const moved = new Map(moves.map((m) => [m.teacher.id, m]));
  const stayLocks = new Map(ctx.county.locks.filter((l) => l.action === 'stay').map((l) => [l.teacherId, l]));
  return ctx.teachers.map((t) => {
    const m = moved.get(t.id);
    const e = ctx.eligibility.get(t.id) ?? { status: 'not_eligible' as const, zh: '', en: '' };
    if (m) return { teacher: t, state: 'moved', label: LABEL.moved, toSchoolId: m.to.id, reason: m.reason };
    if (e.status === 'exempt') return { teacher: t, state: 'exempt', label: LABEL.exempt, reason: e };
    if (e.status === 'not_eligible') return { teacher: t, state: 'not_eligible', label: t.returned ? RETURNED : LABEL.not_eligible, reason: e };
    if (isLeader(t) && !ctx.stayLock.has(t.id)) return { teacher: t, state: 'stays', label: LISTED, reason: { zh: `${e.zh}; 列入校长交流名单（principals.csv）, 由县教育局研究决定`, en: `${e.en}; on the list of principals due to rotate (principals.csv), for the county to decide` } };
    const note = notes.get(t.id);
    const why = (s: string): string => (note && s ? `: ${s}` : '');
    const lock = stayLocks.get(t.id);
    const deleted = lock?.source.file === BASELINE_FILE;
    const reason: Text = ctx.stayLock.has(t.id)
      ? deleted
        ? { zh: `${e.zh}; 人工锁定留任（已从编辑后的方案中删除, 原第${lock?.source.row ?? ''}行）`, en: `${e.en}; locked to stay (deleted from the edited plan, row ${lock?.source.row ?? ''})` }
        : { zh: `${e.zh}; 人工锁定留任`, en: `${e.en}; locked to stay` }
      : { zh: `${e.zh}; 符合条件, 本次未安排交流${why(note?.zh ?? '')}`, en: `${e.en}; eligible, not chosen this year${why(note?.en ?? '')}` };
    return { teacher: t, state: 'stays', label: LABEL.stays, reason };
  });
}
