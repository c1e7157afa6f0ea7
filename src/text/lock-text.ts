import { countEn, plural } from '../domain/plural.js';
import type { Lang } from '../domain/types.js';
import type { LockReport } from '../plan/lock-effects.js';

/**
 * Said under a comparison with the plan without the locks (the plan a run without the locks file
 * writes) when more changed than the locks themselves: the plan was solved again with them, and
 * where several plans are equally good it may take another; --baseline keeps the rest of a plan
 * and compares with it. In each language of the summary.
 */
export const UNLOCKED_NOTE: Record<Lang, string> = {
  zh: '    注: 锁定本身以外的变化是锁定引起的连锁调整: 加锁定后的求解以不加锁定的方案为基准（每改动一人的代价为 weights.baseline）, 只在值得时改动其他安排。要与上次的方案逐条比较, 请加 --baseline 上次的方案文件夹',
  en: '    note: the changes beyond the locks themselves are knock-on changes: the plan with the locks is solved with the plan without them as its baseline (each change costs weights.baseline), so other moves change only where that pays. To compare with your last plan line by line, add --baseline LAST_PLAN_DIR',
};

/** How many changes the terminal lists; the rest are in summary.json. */
const SHOWN = 20;

/**
 * What the locks did, for the terminal after a plan is written, in the summary's language (the
 * input's): nothing when there are no locks and no baseline.
 */
export function lockText(r: LockReport, lang: Lang): string[] {
  const zh = lang === 'zh';
  const l = r.locks;
  const total = l.move + l.stay + l.forbid;
  const lines: string[] = [];
  if (total > 0) {
    const fromPlan = l.rows_from_plan > 0 ? (zh ? `; 其中来自方案的名单（assignments.csv、principals.csv 或 plan.xlsx）的行 ${l.rows_from_plan}` : `; ${l.rows_from_plan} of them rows of a plan's lists (assignments.csv, principals.csv or plan.xlsx)`) : '';
    const deleted = l.deleted_rows > 0 ? (zh ? `; 删除的行转为留任 ${l.deleted_rows}` : `; ${countEn(l.deleted_rows, 'deleted row')} locked to stay`) : '';
    lines.push(zh ? `  锁定: ${total}（调往 ${l.move}, 留任 ${l.stay}, 禁止 ${l.forbid}${fromPlan}${deleted}）` : `  locks: ${total} (move ${l.move}, stay ${l.stay}, forbid ${l.forbid}${fromPlan}${deleted})`);
  }
  const b = r.against;
  if (!b) return lines;
  const what = b.reference === 'baseline' ? (zh ? '与基准方案相比' : 'against the baseline') : zh ? '与不加锁定的方案相比（锁定的影响）' : 'against the plan without the locks (what they displaced)';
  lines.push(zh ? `  ${what}: ${b.moves} 人中保持 ${b.kept}, 取消 ${b.removed}, 改派 ${b.changed}, 新增 ${b.added}` : `  ${what}: of ${b.moves} ${plural(b.moves, 'move')} kept ${b.kept}, removed ${b.removed}, changed ${b.changed}, added ${b.added}`);
  lines.push(zh ? `    锁定本身 ${b.forced_by_own_lock}, 与锁定相关 ${b.linked_to_locks}, 其他 ${b.unlinked}` : `    own lock ${b.forced_by_own_lock}, linked to a lock ${b.linked_to_locks}, other ${b.unlinked}`);
  // Without a baseline the comparison is with the plan the county gets without the locks.
  if (b.reference === 'unlocked' && b.added + b.removed + b.changed > b.forced_by_own_lock) lines.push(UNLOCKED_NOTE[lang]);
  for (const e of b.effects.slice(0, SHOWN)) {
    const change = e.change === 'added' ? `+ ${e.teacher_id} ${e.name} → ${e.to ?? ''}` : e.change === 'removed' ? `- ${e.teacher_id} ${e.name} (${e.baseline_to ?? ''})` : `~ ${e.teacher_id} ${e.name} ${e.baseline_to ?? ''} → ${e.to ?? ''}`;
    lines.push(`    ${change}: ${e.cause[lang]}`);
  }
  const more = b.effects.length - SHOWN;
  if (more > 0) lines.push(zh ? `    …另 ${more} 项见 summary.json「locks」` : `    … ${more} more in summary.json "locks"`);
  return lines;
}
