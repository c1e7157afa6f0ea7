import { numberCell, type PlanDiff } from '../review/diff-plans.js';
import type { MoveRow } from '../plan-folder/assignments-file.js';
import { COUNT_LABEL, termLabel } from '../review/diff-labels.js';
import { schoolColumns } from '../plan-folder/schools-file.js';
import { fmt, reviewTable, signed } from './review-table.js';

const SCHOOL_LABEL = new Map(schoolColumns('en').map((c) => [c.en, c.zh]));
const change = (a: string, b: string): string => {
  const x = numberCell(a);
  const y = numberCell(b);
  return x !== null && y !== null ? signed(y - x) : '';
};
const move = (m: MoveRow): string => `${m.teacher_id} ${m.name} ${m.subject} ${m.from_school_id} → ${m.to_school_id} ${m.to_school}`;

/** The diff as the terminal shows it: moves, counts, objective terms, then the schools that changed. */
export function diffText(d: PlanDiff, nameA: string, nameB: string): string[] {
  const lines = [`方案比较 / plan diff: A = ${nameA}, B = ${nameB}`];
  lines.push(`交流 moves: 新增 added ${d.added.length}, 取消 removed ${d.removed.length}, 改派 changed ${d.changed.length}, 不变 unchanged ${d.same}`);
  for (const m of d.added) lines.push(`  + ${move(m)}`);
  for (const m of d.removed) lines.push(`  - ${move(m)}`);
  for (const c of d.changed) lines.push(`  ~ ${c.a.teacher_id} ${c.a.name} ${c.a.subject} ${c.a.from_school_id}: ${c.a.to_school_id} ${c.a.to_school} → ${c.b.to_school_id} ${c.b.to_school}`);
  lines.push('', '目标函数各项（加权代价, 不是人数）/ objective terms (weighted costs, not headcounts):');
  lines.push(...reviewTable(['项 term', 'A', 'B', '变化 change'], d.terms.map((t) => [termLabel(t.term), fmt(t.a), fmt(t.b), signed(t.b - t.a)])));
  const counts = d.counts.filter((c) => c.a !== c.b || c.key === 'counts.moved');
  lines.push('', '数量 / counts:');
  lines.push(...reviewTable(['项 item', 'A', 'B', '变化 change'], counts.map((c) => [`${COUNT_LABEL[c.key] ?? ''} ${c.key}`.trim(), fmt(c.a), fmt(c.b), signed(c.b - c.a)])));
  lines.push('', d.schools.length === 0 ? '各校数字相同 / every school\'s figures are the same' : `有变化的学校 / schools that changed (${d.schools.length}):`);
  const rows = d.schools.flatMap((s) => s.fields.map((f, i) => [i === 0 ? s.id : '', i === 0 ? s.name : '', `${SCHOOL_LABEL.get(f.field) ?? ''} ${f.field}`.trim(), f.a, f.b, change(f.a, f.b)]));
  if (rows.length > 0) lines.push(...reviewTable(['学校代码 school', '学校名称 name', '项目 figure', 'A', 'B', '变化 change'], rows));
  return lines;
}
