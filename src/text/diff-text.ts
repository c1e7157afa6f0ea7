import { numberCell, type PlanDiff } from '../review/diff-plans.js';
import type { MoveRow } from '../plan-folder/assignments-file.js';
import { COUNT_LABEL, INPUT_CHANGE, isCvFigure, kindLabel, sameMovesNote, schoolFieldLabel, termLabel, weightsNote } from '../review/diff-labels.js';
import { weightChanges, type InputChange } from '../review/diff-sources.js';
import { fmt, reviewTable } from './review-table.js';

/** Decimals a number cell is written with (`1.0601` → 4). */
const decimals = (s: string): number => s.split('.')[1]?.length ?? 0;

/** A school figure's change, to as many decimals as its cells have (1.0601 → 0.8834 is -0.1767, not -0.18). */
const change = (a: string, b: string): string => {
  const x = numberCell(a);
  const y = numberCell(b);
  if (x === null || y === null) return '';
  const d = Number((y - x).toFixed(Math.max(decimals(a), decimals(b))));
  return d > 0 ? `+${d}` : String(Object.is(d, -0) ? 0 : d);
};

/** The change between two numbers as {@link fmt} shows them: the shown B less the shown A (0.27 → 0.28 is +0.01, not the 0 of 0.2736 → 0.2762 rounded). */
const shownChange = (a: number, b: number): string => (Number.isFinite(a) && Number.isFinite(b) ? change(fmt(a), fmt(b)) : '—');
// Each school by its code and name, the origin too: a code alone meant looking it up, and two schools of one name are told apart by the code.
const move = (m: MoveRow): string => `${m.teacher_id} ${m.name} ${m.subject} ${m.from_school_id} ${m.from_school} → ${m.to_school_id} ${m.to_school}`;
const MARK: Record<InputChange['change'], string> = { added: '+', removed: '-', changed: '~' };
/** The first 12 hex digits of a SHA-256: enough to tell two files apart on screen (summary.json has the whole). */
const short = (sha: string): string => sha.split(' ').map((s) => s.slice(0, 12)).join(' ');
const input = (f: InputChange): string => {
  const shas = f.change === 'changed' ? ` (SHA-256 ${short(f.a)} → ${short(f.b)})` : '';
  return `  ${MARK[f.change]} ${f.file}（${`${kindLabel(f.kind)} ${f.kind}`.trim()}）: ${INPUT_CHANGE[f.change].zh} / ${INPUT_CHANGE[f.change].en}${shas}`;
};

/**
 * A count's row: its name, A, B and the change as shown. A CV to three decimals (as the terminal
 * and the sweep show CVs), a share as a percentage to one decimal (as the terminal summary gives
 * the backbone share: 27.4%), its change in points; any other count as {@link fmt} shows it.
 */
function countCells(c: PlanDiff['counts'][number]): string[] {
  const name = `${COUNT_LABEL[c.key]?.zh ?? ''} ${c.key}`.trim();
  if (isCvFigure(c.key)) return [name, c.a.toFixed(3), c.b.toFixed(3), change(c.a.toFixed(3), c.b.toFixed(3))];
  if (c.key.endsWith('_share')) {
    const [a, b] = [(c.a * 100).toFixed(1), (c.b * 100).toFixed(1)];
    return [name, `${a}%`, `${b}%`, `${change(a, b)}%`];
  }
  return [name, fmt(c.a), fmt(c.b), shownChange(c.a, c.b)];
}

/** What the two plans were made from: the input files and the parameters, each listed where they differ. */
function sourceLines(d: PlanDiff): string[] {
  if (d.inputs.length === 0 && d.params.length === 0) return ['输入文件（SHA-256）和参数相同 / the same input files (SHA-256) and parameters'];
  const lines = d.inputs.length === 0 ? ['输入文件相同（SHA-256）/ the same input files (SHA-256)'] : [`输入文件不同 / input files that differ (${d.inputs.length}):`, ...d.inputs.map(input)];
  if (d.params.length === 0) lines.push('参数相同 / the same parameters');
  else lines.push(`参数不同 / parameters that differ (${d.params.length}):`, ...reviewTable(['参数 parameter', 'A', 'B', '变化 change'], d.params.map((p) => [p.name, p.a, p.b, change(p.a, p.b)])));
  return [...lines, ''];
}

/** The diff as the terminal shows it: inputs and parameters, moves, objective terms, counts, then the schools that changed. */
export function diffText(d: PlanDiff, nameA: string, nameB: string): string[] {
  const lines = [`方案比较 / plan diff: A = ${nameA}, B = ${nameB}`, ...sourceLines(d)];
  lines.push(`交流 moves: 新增 added ${d.added.length}, 取消 removed ${d.removed.length}, 改派 changed ${d.changed.length}, 不变 unchanged ${d.same}`);
  for (const m of d.added) lines.push(`  + ${move(m)}`);
  for (const m of d.removed) lines.push(`  - ${move(m)}`);
  for (const c of d.changed) lines.push(`  ~ ${c.a.teacher_id} ${c.a.name} ${c.a.subject} ${c.a.from_school_id} ${c.a.from_school}: ${c.a.to_school_id} ${c.a.to_school} → ${c.b.to_school_id} ${c.b.to_school}`);
  const sameMoves = sameMovesNote(d);
  if (sameMoves) lines.push(`  ${sameMoves.zh} / ${sameMoves.en}`);
  lines.push('', '目标函数各项（加权代价, 不是人数）/ objective terms (weighted costs, not headcounts):');
  const weights = weightChanges(d.params);
  const note = weightsNote(weights, sameMoves !== null && d.schools.length === 0);
  if (weights.length > 0) lines.push(`  注意 / note: ${note.zh} / ${note.en}`);
  lines.push(...reviewTable(['项 term', 'A', 'B', '变化 change'], d.terms.map((t) => [termLabel(t.term), fmt(t.a), fmt(t.b), shownChange(t.a, t.b)])));
  const counts = d.counts.filter((c) => c.a !== c.b || c.key === 'counts.moved');
  lines.push('', '数量 / counts:');
  lines.push(...reviewTable(['项 item', 'A', 'B', '变化 change'], counts.map(countCells)));
  lines.push('', d.schools.length === 0 ? '各校数字相同 / every school\'s figures are the same' : `有变化的学校 / schools that changed (${d.schools.length}):`);
  const rows = d.schools.flatMap((s) => s.fields.map((f, i) => [i === 0 ? s.id : '', i === 0 ? s.name : '', schoolFieldLabel(f.field), f.a, f.b, change(f.a, f.b)]));
  if (rows.length > 0) lines.push(...reviewTable(['学校代码 school', '学校名称 name', '项目 figure', 'A', 'B', '变化 change'], rows));
  return lines;
}
