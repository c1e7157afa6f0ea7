import type { Lock } from '../domain/types.js';
import { buildContext, type ModelContext } from '../model/context.js';
import { HARD_RULES } from '../rules/registry.js';
import { buildModel } from './build-model.js';
import type { LpSolve } from './conflict-set.js';
import type { Conflict } from './diagnose.js';

/** The rules no elastic model lets give way, the locks' own rule aside: those a set of move locks can run into together. */
const FIXED = HARD_RULES.filter((r) => !r.relaxable && r.name !== 'locks');

/**
 * The move locks that no plan can keep together, when the county has no plan even with every
 * relaxable rule giving way: each lock checked alone may be fine (a post looks free because a
 * teacher there could leave, but no rule lets that teacher go anywhere), and the solver only says
 * "infeasible". A smallest set of move locks whose elastic model has no plan is found by
 * QuickXplain (Junker 2004: about 2k·log(n/k) solves for k locks of n), then each rule that is
 * never relaxed is left out in turn: those whose absence makes a plan are the ones the locks break.
 * Empty when the county has no plan even without its move locks: the locks are not the cause.
 */
export function lockConflicts(ctx: ModelContext, solve: LpSolve): Conflict[] {
  const moveLocks = ctx.county.locks.filter((l) => l.action === 'move');
  const others = ctx.county.locks.filter((l) => l.action !== 'move');
  if (moveLocks.length === 0) return [];
  const contextWith = (kept: readonly Lock[]): ModelContext => buildContext({ ...ctx.county, locks: [...others, ...kept] }, ctx.policy, ctx.baseline);
  const infeasible = (kept: readonly Lock[], omit: ReadonlySet<string> = new Set()): boolean => solve(buildModel(contextWith(kept), { elastic: true, omit }).lp).status === 'infeasible';
  if (infeasible([])) return [];
  const set = quickXplain(moveLocks, infeasible);
  if (set.length === 0) return [];
  const broken = FIXED.filter((r) => !infeasible(set, new Set([r.name])));
  const ruleNames = broken.length > 0 ? broken : FIXED;
  const zhRules = ruleNames.map((r) => `「${r.zh}」`).join('');
  const enRules = ruleNames.map((r) => r.en).join('; ');
  const failures = set.map((l) => {
    const t = ctx.teacherById.get(l.teacherId);
    const to = l.schoolId === undefined ? undefined : ctx.schoolById.get(l.schoolId);
    const who = t ? `${l.teacherId}（${t.name}, ${t.subjectLabel}）` : l.teacherId;
    const where = to ? `${to.name}（${to.id}）` : (l.schoolId ?? '');
    return { zh: `${l.source.file} 第${l.source.row}行: 锁定 ${who}调往 ${where}`, en: `${l.source.file} row ${l.source.row}: locks ${l.teacherId} to move to ${l.schoolId ?? ''}` };
  });
  const together = set.length > 1;
  // No one rule left out makes a plan: several hold the locks back at once, and none of them alone is the way out.
  const several = broken.length === 0;
  const head = {
    zh: `${together ? `这 ${set.length} 行锁定合在一起` : '这一行锁定'}与${zhRules}无法同时满足${several ? '（这些规则中不止一条起作用, 去掉其中任何一条仍无方案）' : ''}: 没有任何方案能${together ? '同时' : ''}做到${together ? '（去掉其中任何一行即有可行方案）' : '（去掉这一行即有可行方案）'}`,
    en: `${together ? `these ${set.length} locks together` : 'this lock'} cannot hold with: ${enRules}${several ? ' (more than one of these rules at once: leaving out any one of them still gives no plan)' : ''}; no plan does${together ? ' (without any one of them a plan exists)' : ' (without it a plan exists)'}`,
  };
  // The figures behind each rule where the locks meet it, so that a clerk can weigh which lock to drop.
  const figures = ruleNames.flatMap((r) => r.lockFigures?.(ctx, set) ?? []);
  const ruleHint = several ? undefined : ruleNames.map((r) => r.hint?.(ctx.policy)).find((h) => h !== undefined);
  const hint = {
    zh: `${together ? '删除或改动其中一行锁定' : '删除或改动此锁定'}${ruleHint ? `, 或${ruleHint.zh}` : ''}`,
    en: `${together ? 'remove or change one of those locks' : 'remove or change the lock'}${ruleHint ? `, or ${ruleHint.en}` : ''}`,
  };
  return [{ rule: ruleNames[0]?.name ?? 'locks', zh: '人工锁定与规则冲突', en: together ? 'locks break a hard rule together' : 'a lock breaks a hard rule', failures: [...failures, head, ...figures], hint }];
}

/**
 * A smallest subset of `all` for which `infeasible` holds (given that it holds for `all` and not
 * for none): QuickXplain, splitting the candidates in halves, so that one culprit among a hundred
 * locks takes about fifteen checks rather than a hundred.
 */
function quickXplain<T>(all: readonly T[], infeasible: (kept: readonly T[]) => boolean): T[] {
  if (!infeasible(all)) return [];
  const qx = (base: readonly T[], added: boolean, candidates: readonly T[]): T[] => {
    if (added && infeasible(base)) return [];
    if (candidates.length === 1) return [...candidates];
    const half = Math.ceil(candidates.length / 2);
    const c1 = candidates.slice(0, half);
    const c2 = candidates.slice(half);
    const d2 = qx([...base, ...c1], c1.length > 0, c2);
    const d1 = qx([...base, ...d2], d2.length > 0, c1);
    return [...d1, ...d2];
  };
  return qx([], false, all);
}
