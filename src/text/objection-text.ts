import type { ObjectionReport } from '../plan/objection-report.js';
import { OBJECTIONS_FILE } from '../plan-folder/objections-file.js';

const SHOWN = 20;

const dest = (to: string | undefined): string => to ?? '留任';

/**
 * The objection report for the terminal after a plan is written: the counts, each objection's
 * decision and destination before → after, and how many other changes trace to upheld objections.
 * The whole report is objections.csv.
 */
export function objectionText(r: ObjectionReport | null): string[] {
  if (!r) return [];
  const against = r.reference === 'baseline' ? '与基准方案相比 / against the baseline' : r.reference === 'unlocked' ? '与不加锁定的方案相比 / against the plan without the locks' : '无比较对象 / nothing to compare with';
  const lines = [`  异议 / objections: 同意 upheld ${r.upheld}, 驳回 rejected ${r.rejected}（${against}; 详见 ${OBJECTIONS_FILE}）`];
  const own = r.lines.filter((l) => l.kind === 'objection');
  for (const l of own.slice(0, SHOWN)) {
    const decision = l.decision === 'upheld' ? '同意 upheld' : '驳回 rejected';
    lines.push(`    ${l.teacher_id} ${l.name}: ${decision}; ${dest(l.before_to)} → ${dest(l.after_to)}`);
  }
  if (own.length > SHOWN) lines.push(`    …另 ${own.length - SHOWN} 项 / ${own.length - SHOWN} more`);
  lines.push(`    其他教师去向变化 other changes: ${r.knock_on}, 其中由同意的异议引起 traced to upheld objections: ${r.traced}`);
  return lines;
}
