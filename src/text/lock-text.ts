import type { LockReport } from '../plan/lock-effects.js';

/**
 * Said under a comparison with the plan without the locks (the plan a run without the locks file
 * writes) when more changed than the locks themselves: the plan was solved again with them, and
 * where several plans are equally good it may take another; --baseline keeps the rest of a plan
 * and compares with it.
 */
export const UNLOCKED_NOTE =
  '    注: 锁定本身以外的变化是锁定引起的连锁调整: 加锁定后的求解以不加锁定的方案为基准（每改动一人的代价为 weights.baseline）, 只在值得时改动其他安排。要与上次的方案逐条比较, 请加 --baseline 上次的方案文件夹 / note: the changes beyond the locks themselves are knock-on changes: the plan with the locks is solved with the plan without them as its baseline (each change costs weights.baseline), so other moves change only where that pays. To compare with your last plan line by line, add --baseline LAST_PLAN_DIR';

/** What the locks did, for the terminal after a plan is written: nothing when there are no locks and no baseline. */
export function lockText(r: LockReport): string[] {
  const l = r.locks;
  const total = l.move + l.stay + l.forbid;
  const lines: string[] = [];
  if (total > 0) {
    lines.push(`  锁定 / locks: ${total}（调往 move ${l.move}, 留任 stay ${l.stay}, 禁止 forbid ${l.forbid}${l.rows_from_plan > 0 ? `; 其中来自方案交流名单（assignments.csv 或 plan.xlsx）的行 ${l.rows_from_plan}` : ''}${l.deleted_rows > 0 ? `; 删除的行转为留任 ${l.deleted_rows}` : ''}）`);
  }
  const b = r.against;
  if (!b) return lines;
  const what = b.reference === 'baseline' ? '与基准方案相比 / against the baseline' : '与不加锁定的方案相比（锁定的影响）/ against the plan without the locks (what they displaced)';
  lines.push(`  ${what}: ${b.moves} 人中保持 kept ${b.kept}, 取消 removed ${b.removed}, 改派 changed ${b.changed}, 新增 added ${b.added}`);
  lines.push(`    锁定本身 own lock ${b.forced_by_own_lock}, 与锁定相关 linked to a lock ${b.linked_to_locks}, 其他 other ${b.unlinked}`);
  // Without a baseline the comparison is with the plan the county gets without the locks.
  if (b.reference === 'unlocked' && b.added + b.removed + b.changed > b.forced_by_own_lock) lines.push(UNLOCKED_NOTE);
  for (const e of b.effects.slice(0, 20)) {
    const what = e.change === 'added' ? `+ ${e.teacher_id} ${e.name} → ${e.to ?? ''}` : e.change === 'removed' ? `- ${e.teacher_id} ${e.name} (${e.baseline_to ?? ''})` : `~ ${e.teacher_id} ${e.name} ${e.baseline_to ?? ''} → ${e.to ?? ''}`;
    lines.push(`    ${what}: ${e.cause.zh} / ${e.cause.en}`);
  }
  if (b.effects.length > 20) lines.push(`    …另 ${b.effects.length - 20} 项见 summary.json「locks」/ ${b.effects.length - 20} more in summary.json "locks"`);
  return lines;
}
