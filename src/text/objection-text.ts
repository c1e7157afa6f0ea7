import type { Lang } from '../domain/types.js';
import type { ObjectionReport } from '../plan/objection-report.js';
import { OBJECTIONS_FILE } from '../plan-folder/objections-file.js';

const SHOWN = 20;

/**
 * The objection report for the terminal after a plan is written, in the summary's language (the
 * input's): the counts, each objection's decision and destination before → after (with its file
 * and row when the objections come from several files), and how many other changes trace to
 * upheld objections. The whole report is objections.csv.
 */
export function objectionText(r: ObjectionReport | null, lang: Lang): string[] {
  if (!r) return [];
  const zh = lang === 'zh';
  const dest = (to: string | undefined): string => to ?? (zh ? '留任' : 'stays');
  const against = r.reference === 'baseline' ? (zh ? '与基准方案相比' : 'against the baseline') : r.reference === 'unlocked' ? (zh ? '与不加锁定的方案相比' : 'against the plan without the locks') : zh ? '无比较对象' : 'nothing to compare with';
  const lines = [zh ? `  异议: 同意 ${r.upheld}, 驳回 ${r.rejected}（${against}; 详见 ${OBJECTIONS_FILE}）` : `  objections: upheld ${r.upheld}, rejected ${r.rejected} (${against}; see ${OBJECTIONS_FILE})`];
  const own = r.lines.filter((l) => l.kind === 'objection');
  // Each round's file given again beside the next (异议.csv 异议2.csv): which round's decision each line is.
  const several = new Set(own.map((l) => l.file)).size > 1;
  const where = (l: (typeof own)[number]): string => (!several || l.file === undefined ? '' : zh ? `（${l.file} 第${l.row ?? ''}行）` : ` (${l.file} row ${l.row ?? ''})`);
  for (const l of own.slice(0, SHOWN)) {
    const decision = l.decision === 'upheld' ? (zh ? '同意' : 'upheld') : zh ? '驳回' : 'rejected';
    lines.push(`    ${l.teacher_id} ${l.name}: ${decision}; ${dest(l.before_to)} → ${dest(l.after_to)}${where(l)}`);
  }
  const more = own.length - SHOWN;
  if (more > 0) lines.push(zh ? `    …另 ${more} 项` : `    … ${more} more`);
  lines.push(zh ? `    其他教师去向变化 ${r.knock_on}, 其中由同意的异议引起 ${r.traced}` : `    other changes of destination: ${r.knock_on}, traced to upheld objections: ${r.traced}`);
  return lines;
}
