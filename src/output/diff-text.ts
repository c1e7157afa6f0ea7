import type { PlanDiff } from '../review/diff-plans.js';
import type { MoveRow } from '../review/plan-record.js';
import { toCsv, type Column } from './csv.js';
import { TERM_LABELS } from './explain-text.js';
import { schoolColumns } from './plan-tables.js';
import { fmt, reviewTable, signed } from './review-table.js';

const SCHOOL_LABEL = new Map(schoolColumns().map((c) => [c.en, c.zh]));
const COUNT_LABEL: Record<string, string> = {
  'counts.moved': '交流人数',
  'counts.backbone_moved': '交流骨干',
  'counts.backbone_share': '骨干占比',
  'counts.locked_moves': '锁定调动',
  'counts.preferences_met': '满足志愿',
  'counts.home_township': '回家庭所在乡镇',
  'counts.eligible': '符合条件',
  'counts.exempt': '免交流',
  'counts.not_eligible': '不符合条件',
  'counts.schools': '学校数',
  'counts.teachers': '教师数',
  'shortage.before': '缺员（前）',
  'shortage.after': '缺员（后）',
  'shortage.closed': '补上的缺员',
  'shortage.scarce_before': '紧缺学科缺员（前）',
  'shortage.scarce_after': '紧缺学科缺员（后）',
  'shortage.rural_weak_before': '乡村薄弱学校缺员（前）',
  'shortage.rural_weak_after': '乡村薄弱学校缺员（后）',
};
const termLabel = (t: string): string => (t === 'total' ? '合计 total' : t in TERM_LABELS ? `${TERM_LABELS[t as keyof typeof TERM_LABELS].zh} ${t}` : t);
const num = (s: string): number | null => (/^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null);
const change = (a: string, b: string): string => {
  const x = num(a);
  const y = num(b);
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
  lines.push('', '目标函数各项 / objective terms:');
  lines.push(...reviewTable(['项 term', 'A', 'B', '变化 change'], d.terms.map((t) => [termLabel(t.term), fmt(t.a), fmt(t.b), signed(t.b - t.a)])));
  const counts = d.counts.filter((c) => c.a !== c.b || c.key === 'counts.moved');
  lines.push('', '数量 / counts:');
  lines.push(...reviewTable(['项 item', 'A', 'B', '变化 change'], counts.map((c) => [`${COUNT_LABEL[c.key] ?? ''} ${c.key}`.trim(), fmt(c.a), fmt(c.b), signed(c.b - c.a)])));
  lines.push('', d.schools.length === 0 ? '各校数字相同 / every school\'s figures are the same' : `有变化的学校 / schools that changed (${d.schools.length}):`);
  const rows = d.schools.flatMap((s) => s.fields.map((f, i) => [i === 0 ? s.id : '', i === 0 ? s.name : '', `${SCHOOL_LABEL.get(f.field) ?? ''} ${f.field}`.trim(), f.a, f.b, change(f.a, f.b)]));
  if (rows.length > 0) lines.push(...reviewTable(['学校代码 school', '学校名称 name', '项目 figure', 'A', 'B', '变化 change'], rows));
  return lines;
}

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
const cellOf = (s: string): Cell => num(s) ?? s;
const changeOf = (a: string, b: string): Cell => {
  const x = num(a);
  const y = num(b);
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

/** The diff as one long CSV (one row per difference), headers in the plans' language. */
export function diffCsv(d: PlanDiff, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  const rows: DiffRow[] = [
    ...d.added.map((m) => ({ section: zh ? '新增交流' : 'move_added', id: m.teacher_id, name: m.name, item: 'to_school_id', a: '', b: m.to_school_id, change: zh ? '新增' : 'added' })),
    ...d.removed.map((m) => ({ section: zh ? '取消交流' : 'move_removed', id: m.teacher_id, name: m.name, item: 'to_school_id', a: m.to_school_id, b: '', change: zh ? '取消' : 'removed' })),
    ...d.changed.map((c) => ({ section: zh ? '改派' : 'move_changed', id: c.a.teacher_id, name: c.a.name, item: 'to_school_id', a: c.a.to_school_id, b: c.b.to_school_id, change: zh ? '改派' : 'changed' })),
    ...d.terms.map((t) => ({ section: zh ? '目标函数' : 'objective', id: t.term, name: termLabel(t.term), item: 'value', a: round(t.a), b: round(t.b), change: round(t.b - t.a) })),
    ...d.counts.map((c) => ({ section: zh ? '数量' : 'count', id: c.key, name: COUNT_LABEL[c.key] ?? '', item: 'value', a: round(c.a), b: round(c.b), change: round(c.b - c.a) })),
    ...d.schools.flatMap((s) => s.fields.map((f) => ({ section: zh ? '学校' : 'school', id: s.id, name: s.name, item: f.field, a: cellOf(f.a), b: cellOf(f.b), change: changeOf(f.a, f.b) }))),
  ];
  return toCsv(COLUMNS, rows, lang);
}
