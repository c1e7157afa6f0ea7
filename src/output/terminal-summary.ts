import type { Lang } from '../domain/types.js';
import type { PlanReport } from '../app.js';
import type { Conflict } from '../plan/diagnose.js';

interface Shortage {
  before: number;
  after: number;
  scarce_before: number;
  scarce_after: number;
  rural_weak_before: number;
  rural_weak_after: number;
}

/** The short summary printed after a plan is written, in the input's language. */
export function terminalSummary(r: PlanReport, outDir: string, lang: Lang): string[] {
  const zh = lang === 'zh';
  const s = r.summary as { counts: { moved: number; backbone_moved: number; eligible: number }; shortage: Shortage };
  const c = s.counts;
  const sh = s.shortage;
  const pct = c.moved > 0 ? ((100 * c.backbone_moved) / c.moved).toFixed(1) : '0.0';
  const lines: string[] = [];
  if (r.relaxed) lines.push(zh ? '注意: 硬性规则之间存在冲突, 以下为放宽规则后的最接近方案（relaxed）' : 'Note: hard rules conflict; this is the closest plan with rules relaxed (relaxed)');
  lines.push(zh ? `交流方案已写入 ${outDir}/` : `Plan written to ${outDir}/`);
  lines.push(zh ? `  交流教师 ${c.moved} 人（符合条件 ${c.eligible} 人）, 其中骨干 ${c.backbone_moved} 人（${pct}%）` : `  teachers rotated: ${c.moved} of ${c.eligible} eligible; backbone ${c.backbone_moved} (${pct}%)`);
  lines.push(zh ? `  缺员 ${sh.before} → ${sh.after}; 紧缺学科 ${sh.scarce_before} → ${sh.scarce_after}; 乡村/薄弱学校 ${sh.rural_weak_before} → ${sh.rural_weak_after}` : `  shortage ${sh.before} → ${sh.after}; scarce subjects ${sh.scarce_before} → ${sh.scarce_after}; rural/weak schools ${sh.rural_weak_before} → ${sh.rural_weak_after}`);
  lines.push(zh ? '  规则:' : '  rules:');
  for (const ch of r.plan.checks) {
    const mark = ch.held ? '✓' : r.relaxed && ch.relaxable ? '✗ (已放宽 relaxed)' : '✗';
    lines.push(`    ${mark} ${zh ? ch.zh : ch.en}: ${ch.value} (${ch.threshold})`);
  }
  const proven = r.solve.status === 'optimal';
  lines.push(zh
    ? `  求解: ${r.solve.solver}, ${proven ? '已证明最优' : '可行但未证明最优'}（${r.solve.method}）, ${r.solve.seconds.toFixed(2)} 秒`
    : `  solver: ${r.solve.solver}, ${proven ? 'proven optimal' : 'feasible, not proven optimal'} (${r.solve.method}), ${r.solve.seconds.toFixed(2)} s`);
  return lines;
}

/** The diagnosis printed when hard rules conflict: each rule, its numbers, and what would lift it. */
export function conflictReport(conflicts: readonly Conflict[]): string[] {
  const lines = ['无法同时满足以下硬性规则 / these hard rules cannot all hold:'];
  for (const c of conflicts) {
    lines.push(`  ✗ ${c.zh} / ${c.en}`);
    for (const f of c.failures.slice(0, 10)) lines.push(`      ${f.zh} / ${f.en}`);
    lines.push(`      建议 / hint: ${c.hint.zh} / ${c.hint.en}`);
  }
  lines.push('加 --relax 可输出放宽这些规则后的最接近方案（各输出文件会注明）/ add --relax to write the closest plan with these rules relaxed (every output says so)');
  return lines;
}
