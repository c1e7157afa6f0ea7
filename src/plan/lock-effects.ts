import { plural } from '../domain/plural.js';
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
  /**
   * What the plan is compared with: the baseline plan (`--baseline`), or, for locks without a
   * baseline, the plan the county gets without its locks (what the locks displaced).
   */
  against: null | { reference: 'baseline' | 'unlocked'; moves: number; kept: number; added: number; removed: number; changed: number; forced_by_own_lock: number; linked_to_locks: number; unlinked: number; effects: LockEffect[] };
}

/** The moves a plan is compared with, and what they are. */
export interface LockReference {
  reference: 'baseline' | 'unlocked';
  moves: ReadonlyMap<string, string>;
}

/** Whether the county is planned without its locks too (unlocked-first.ts): when there are locks and no baseline. */
export function referenceSolves(ctx: ModelContext, baseline: boolean): boolean {
  return !baseline && ctx.county.locks.length > 0;
}

/**
 * The baseline's moves, when there is a baseline: what the plan is compared with. Without one,
 * locks are compared with the plan the county gets without them, which the pipeline makes
 * (unlocked-first.ts); null here.
 */
export function lockReference(ctx: ModelContext, baseline: boolean): LockReference | null {
  return baseline ? { reference: 'baseline', moves: ctx.baseline } : null;
}

/**
 * The cause of a change no lock is linked to. Against the plan without the locks, the locks are the
 * only difference: such a change is the re-optimisation's around them. Against a baseline, the
 * weights or other inputs may have changed too.
 */
const UNLINKED: Record<LockReference['reference'], Text> = {
  unlocked: { zh: '没有经同一学校或岗位相连的锁定（锁定后重新优化所致）', en: 'no lock linked through a school or post (moved by the re-optimisation around the locks)' },
  baseline: { zh: '没有相关的锁定（权重或输入的其他变化所致）', en: 'no lock linked (weights or other input changes)' },
};

const where = (l: Lock): Text => ({ zh: `${l.source.file} 第${l.source.row}行`, en: `${l.source.file} row ${l.source.row}` });

/**
 * What the locks did: how many there are of each kind, and, against a baseline, every move that
 * changed with its cause: the teacher's own lock, or the locks it is linked to (a lock on a teacher
 * of the same origin school, which moves the school's quota and caps; or a lock into or out of the
 * same destination and subject, which takes or frees a post).
 */
export function lockEffects(ctx: ModelContext, moves: readonly Move[], ref: LockReference | null): LockReport {
  // The same lock given twice (a row repeated, or in two files) is one lock.
  const seen = new Set<string>();
  const locks = ctx.county.locks.filter((l) => {
    const key = `${l.teacherId}\u0000${l.action}\u0000${l.schoolId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const counts = {
    move: locks.filter((l) => l.action === 'move').length,
    stay: locks.filter((l) => l.action === 'stay').length,
    forbid: locks.filter((l) => l.action === 'forbid').length,
    rows_from_plan: locks.filter((l) => l.fromPlan === true).length,
    deleted_rows: locks.filter((l) => l.source.file === BASELINE_FILE).length,
  };
  if (!ref) return { locks: counts, against: null };
  const baseline = ref.moves;
  const now = new Map(moves.map((m) => [m.teacher.id, m.to.id]));
  const lockOf = new Map<string, Lock>();
  for (const l of locks) if (l.action !== 'forbid') lockOf.set(l.teacherId, l);
  // A forbid lock is the teacher's own cause when it rules out where the reference sent him or her.
  for (const l of locks) if (l.action === 'forbid' && !lockOf.has(l.teacherId) && baseline.get(l.teacherId) === l.schoolId) lockOf.set(l.teacherId, l);
  const ids = [...new Set([...baseline.keys(), ...now.keys()])].sort();
  // Decisions that a lock changed: the teacher's own lock made the new plan differ from the baseline.
  const forced = ids.filter((id) => lockOf.has(id) && baseline.get(id) !== now.get(id));
  const roots = traceToLocks(ctx, ids.filter((id) => baseline.get(id) !== now.get(id) && !lockOf.has(id)), forced, baseline, now);
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
          : own.action === 'forbid'
            ? { zh: `人工禁止调往 ${own.schoolId ?? ''}（${w.zh}）`, en: `locked not to go to ${own.schoolId ?? ''} (${w.en})` }
            : { zh: `人工锁定调往 ${own.schoolId ?? ''}（${w.zh}）`, en: `locked to move to ${own.schoolId ?? ''} (${w.en})` };
    } else if (!t || ctx.eligibility.get(id)?.status !== 'eligible') {
      cause = { zh: '不再符合交流条件（或已不在教师表中）', en: 'no longer eligible (or no longer in the teachers file)' };
    } else {
      const r = roots.get(id);
      linked = r?.locks ?? [];
      const via = r && r.via.length > 0 ? { zh: `, 经 ${r.via.join('、')} 连锁调整`, en: `, through ${r.via.join(', ')}` } : { zh: '', en: '' };
      cause = linked.length > 0
        ? { zh: `与锁定 ${linked.join('、')} 相关（同一原学校, 或同一学校同学科的岗位${via.zh}）`, en: `linked to the ${plural(linked.length, 'lock')} on ${linked.join(', ')} (same origin school, or a post of the same subject at the same school${via.en})` }
        : { ...UNLINKED[ref.reference] };
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
    against: {
      reference: ref.reference,
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

/**
 * The locks each unlocked change traces back to: linked directly to a locked change, or through a
 * chain of changes each linked to the next (a lock frees a post, another teacher takes it, which
 * frees another…). Changes that no chain reaches are left out.
 */
function traceToLocks(ctx: ModelContext, open: readonly string[], forced: readonly string[], before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): Map<string, { locks: string[]; via: string[] }> {
  const roots = new Map<string, { locks: string[]; via: string[] }>(forced.map((id) => [id, { locks: [id], via: [] }]));
  let grew = true;
  while (grew) {
    grew = false;
    for (const id of open) {
      if (roots.has(id)) continue;
      const t = ctx.teacherById.get(id);
      if (!t) continue;
      const from = [...roots.keys()].filter((o) => isLinked(ctx, t.schoolId, t.subject, [before.get(id), after.get(id)], o, before.get(o), after.get(o)));
      if (from.length === 0) continue;
      const locks = [...new Set(from.flatMap((o) => roots.get(o)?.locks ?? []))].sort();
      const via = [...new Set(from.filter((o) => !forced.includes(o)))].sort();
      roots.set(id, { locks, via });
      grew = true;
    }
  }
  for (const id of forced) roots.delete(id);
  return roots;
}

/** Whether the locked change of teacher `o` touches the same origin school, or a destination and subject this change touches. */
function isLinked(ctx: ModelContext, school: string, subject: string, dests: (string | undefined)[], o: string, oBefore: string | undefined, oAfter: string | undefined): boolean {
  const lt = ctx.teacherById.get(o);
  if (!lt) return false;
  if (lt.schoolId === school) return true;
  if (lt.subject !== subject) return false;
  return dests.some((d) => d !== undefined && (d === oBefore || d === oAfter));
}
