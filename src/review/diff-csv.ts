import { toCsv, type Column } from '../output/csv.js';
import { COUNT_LABEL, INPUT_CHANGE, kindLabel, paramText, sameMovesNote, schoolFieldLabel, termLabel, weightsNote } from './diff-labels.js';
import { numberCell, type PlanDiff } from './diff-plans.js';
import { weightChanges } from './diff-sources.js';

/** Numbers stay numbers in the CSV (a text "-1" would be escaped as a formula). */
type Cell = string | number;

interface DiffRow {
  section: string;
  id: string;
  name: string;
  item: string;
  a: Cell;
  b: Cell;
  change: Cell;
}

const round = (n: number): number => Math.round(n * 1e6) / 1e6;
const cellOf = (s: string): Cell => numberCell(s) ?? s;
const changeOf = (a: string, b: string): Cell => {
  const x = numberCell(a);
  const y = numberCell(b);
  return x !== null && y !== null ? round(y - x) : '';
};

const COLUMNS: Column<DiffRow>[] = [
  { en: 'section', zh: '类别', get: (r) => r.section },
  { en: 'id', zh: '代码', get: (r) => r.id },
  { en: 'name', zh: '名称', get: (r) => r.name },
  { en: 'item', zh: '项目', get: (r) => r.item },
  { en: 'plan_a', zh: '方案A', get: (r) => r.a },
  { en: 'plan_b', zh: '方案B', get: (r) => r.b },
  { en: 'change', zh: '变化', get: (r) => r.change },
];

/**
 * What the plans were made from, where it differs: an input file a row (its SHA-256 in each plan),
 * a parameter a row (its value in each plan, numbers as numbers).
 */
function sourceRows(d: PlanDiff, lang: 'zh' | 'en'): DiffRow[] {
  const zh = lang === 'zh';
  return [
    ...d.inputs.map((f) => ({ section: zh ? '输入文件' : 'input', id: f.file, name: zh ? kindLabel(f.kind) || f.kind : f.kind, item: 'SHA-256', a: f.a, b: f.b, change: INPUT_CHANGE[f.change][lang] })),
    ...d.params.map((p) => ({ section: zh ? '参数' : 'parameter', id: p.name, name: paramText(p.name)[lang], item: zh ? '取值' : 'value', a: cellOf(p.a), b: cellOf(p.b), change: changeOf(p.a, p.b) })),
  ];
}

/**
 * The note rows after the moves: the two plans move the same teachers though made otherwise, and
 * the weights differ (the objective rows that follow are priced differently in A and B).
 */
function noteRows(d: PlanDiff, lang: 'zh' | 'en'): DiffRow[] {
  const section = lang === 'zh' ? '注意' : 'note';
  const sameMoves = sameMovesNote(d);
  const weights = weightChanges(d.params);
  return [
    ...(sameMoves ? [{ section, id: 'same_moves', name: sameMoves[lang], item: '', a: '', b: '', change: '' }] : []),
    ...(weights.length > 0 ? [{ section, id: 'weights', name: weightsNote(weights, sameMoves !== null && d.schools.length === 0)[lang], item: '', a: '', b: '', change: '' }] : []),
  ];
}

/**
 * The diff as one long CSV (one row per difference), headers in the plans' language, in the
 * terminal's order: input files and parameters, moves, the weights' warning, objective terms,
 * counts, schools.
 */
export function diffCsv(d: PlanDiff, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  const dest = zh ? '交流学校代码' : 'to_school_id';
  const value = zh ? '数值' : 'value';
  const rows: DiffRow[] = [
    ...sourceRows(d, lang),
    ...d.added.map((m) => ({ section: zh ? '新增交流' : 'move_added', id: m.teacher_id, name: m.name, item: dest, a: '', b: m.to_school_id, change: zh ? '新增' : 'added' })),
    ...d.removed.map((m) => ({ section: zh ? '取消交流' : 'move_removed', id: m.teacher_id, name: m.name, item: dest, a: m.to_school_id, b: '', change: zh ? '取消' : 'removed' })),
    ...d.changed.map((c) => ({ section: zh ? '改派' : 'move_changed', id: c.a.teacher_id, name: c.a.name, item: dest, a: c.a.to_school_id, b: c.b.to_school_id, change: zh ? '改派' : 'changed' })),
    ...noteRows(d, lang),
    ...d.terms.map((t) => ({ section: zh ? '目标函数' : 'objective', id: t.term === 'total' ? 'terms_total' : t.term, name: termLabel(t.term), item: value, a: round(t.a), b: round(t.b), change: round(t.b - t.a) })),
    ...d.counts.map((c) => ({ section: zh ? '数量' : 'count', id: c.key, name: COUNT_LABEL[c.key]?.[lang] ?? '', item: value, a: round(c.a), b: round(c.b), change: round(c.b - c.a) })),
    ...d.schools.flatMap((s) => s.fields.map((f) => ({ section: zh ? '学校' : 'school', id: s.id, name: s.name, item: schoolFieldLabel(f.field), a: cellOf(f.a), b: cellOf(f.b), change: changeOf(f.a, f.b) }))),
  ];
  return toCsv(COLUMNS, rows, lang);
}
