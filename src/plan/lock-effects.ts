import type { Lock } from '../domain/types.js';
import type { ModelContext } from '../model/context.js';
import { BASELINE_FILE } from './baseline-locks.js';
import type { Move } from './build-plan.js';
import type { Text } from './reasons.js';

/** One move that differs from the baseline, with what caused it. */
export interface LockEffect {
  teacher_id: string;
  name: string;
  subject: string;
  change: 'added' | 'removed' | 'changed';
  from_school_id: string;
  /** Destination in the baseline (removed, changed). */
  baseline_to?: string;
  /** Destination in the new plan (added, changed). */
  to?: string;
  /** The teacher's own lock, or the locks it is linked to, in a sentence. */
  cause: Text;
  /** Teachers whose locks this change is linked to (empty when it is the teacher's own lock, or none). */
  linked: string[];
}

export interface LockReport {
  locks: { move: number; stay: number; forbid: number; rows_from_plan: number; deleted_rows: number };
  /** Against the baseline plan, when one was given. */
  baseline: null | { moves: number; kept: number; added: number; removed: number; changed: number; forced_by_own_lock: number; linked_to_locks: number; unlinked: number; effects: LockEffect[] };
}

const where = (l: Lock): Text => ({ zh: `${l.source.file} 第${l.source.row}行`, en: `${l.source.file} row ${l.source.row}` });

/**
 * What the locks did: how many there are of each kind, and, against a baseline, every move that
 * changed with its cause: the teacher's own lock, or the locks it is linked to (a lock on a teacher
 * of the same origin school, which moves the school's quota and caps; or a lock into or out of the
 * same destination and subject, which takes or frees a post).
 */
export function lockEffects(ctx: ModelContext, moves: readonly Move[], baseline: ReadonlyMap<string, string> | null): LockReport {
  const locks = ctx.county.locks;
  const counts = {
    move: locks.filter((l) => l.action === 'move').length,
    stay: locks.filter((l) => l.action === 'stay').length,
    forbid: locks.filter((l) => l.action === 'forbid').length,
    rows_from_plan: locks.filter((l) => l.fromPlan === true).length,
    deleted_rows: locks.filter((l) => l.source.file === BASELINE_FILE).length,
  };
  if (!baseline) return { locks: counts, baseline: null };
  const now = new Map(moves.map((m) => [m.teacher.id, m.to.id]));
  const lockOf = new Map<string, Lock>();
  for (const l of locks) if (l.action !== 'forbid') lockOf.set(l.teacherId, l);
  const ids = [...new Set([...baseline.keys(), ...now.keys()])].sort();
  // Decisions that a lock changed: the teacher's own lock made the new plan differ from the baseline.
  const forced = ids.filter((id) => lockOf.has(id) && baseline.get(id) !== now.get(id));
  const effects: LockEffect[] = [];
  let kept = 0;
  for (const id of ids) {
    const before = baseline.get(id);
    const after = now.get(id);
    if (before === after) {
      if (before !== undefined) kept++;
      continue;
    }
    const t = ctx.teacherById.get(id);
    const change = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
    const own = lockOf.get(id);
    let cause: Text;
    let linked: string[] = [];
    if (own) {
      const w = where(own);
      cause = own.source.file === BASELINE_FILE
        ? { zh: `已从编辑后的方案中删除（基准第${own.source.row}行）, 锁定留任`, en: `row ${own.source.row} was deleted from the edited plan: locked to stay` }
        : own.action === 'stay'
          ? { zh: `人工锁定留任（${w.zh}）`, en: `locked to stay (${w.en})` }
          : { zh: `人工锁定调往 ${own.schoolId ?? ''}（${w.zh}）`, en: `locked to move to ${own.schoolId ?? ''} (${w.en})` };
    } else if (!t || ctx.eligibility.get(id)?.status !== 'eligible') {
      cause = { zh: '不再符合交流条件（或已不在教师表中）', en: 'no longer eligible (or no longer in the teachers file)' };
    } else {
      linked = forced.filter((o) => o !== id && isLinked(ctx, t.schoolId, t.subject, [before, after], o, baseline.get(o), now.get(o)));
      cause = linked.length > 0
        ? { zh: `与锁定 ${linked.join('、')} 相关（同一原学校, 或同一学校同学科的岗位）`, en: `linked to the lock(s) on ${linked.join(', ')} (same origin school, or a post of the same subject at the same school)` }
        : { zh: '没有直接相关的锁定（权重或输入的其他变化所致）', en: 'no lock directly linked (weights or other input changes)' };
    }
    effects.push({
      teacher_id: id,
      name: t?.name ?? '',
      subject: t?.subjectLabel ?? '',
      change,
      from_school_id: t?.schoolId ?? '',
      ...(before !== undefined ? { baseline_to: before } : {}),
      ...(after !== undefined ? { to: after } : {}),
      cause,
      linked,
    });
  }
  const own = effects.filter((e) => lockOf.has(e.teacher_id)).length;
  const linkedCount = effects.filter((e) => e.linked.length > 0).length;
  return {
    locks: counts,
    baseline: {
      moves: baseline.size,
      kept,
      added: effects.filter((e) => e.change === 'added').length,
      removed: effects.filter((e) => e.change === 'removed').length,
      changed: effects.filter((e) => e.change === 'changed').length,
      forced_by_own_lock: own,
      linked_to_locks: linkedCount,
      unlinked: effects.length - own - linkedCount,
      effects,
    },
  };
}

/** Whether the locked change of teacher `o` touches the same origin school, or a destination and subject this change touches. */
function isLinked(ctx: ModelContext, school: string, subject: string, dests: (string | undefined)[], o: string, oBefore: string | undefined, oAfter: string | undefined): boolean {
  const lt = ctx.teacherById.get(o);
  if (!lt) return false;
  if (lt.schoolId === school) return true;
  if (lt.subject !== subject) return false;
  return dests.some((d) => d !== undefined && (d === oBefore || d === oAfter));
}
