import type { SweepAxis, SweepRow } from '../review/sweep-points.js';
import { toCsv, type Column } from './csv.js';
import { fmt, reviewTable } from './review-table.js';

const STATUS: Record<SweepRow['status'], string> = { planned: '可行 ok', infeasible: '冲突 infeasible', 'solver-failed': '求解失败 failed', unverified: '未通过核验 unverified' };

function columns(axes: readonly SweepAxis[]): Column<SweepRow>[] {
  const ok = (r: SweepRow, v: number): number | undefined => (r.status === 'planned' ? v : undefined);
  return [
    ...axes.map((a): Column<SweepRow> => ({ en: a.key, zh: a.key, get: (r) => r.point[a.key] })),
    { en: 'status', zh: '状态', get: (r) => (r.status === 'infeasible' ? `${STATUS[r.status]}: ${[...new Set(r.conflicts)].join(' + ')}` : STATUS[r.status]) },
    { en: 'moves', zh: '交流人数', get: (r) => ok(r, r.moves) },
    { en: 'backbone_moves', zh: '交流骨干', get: (r) => ok(r, r.backboneMoves) },
    { en: 'shortage', zh: '缺员', get: (r) => ok(r, r.shortage) },
    { en: 'scarce_shortage', zh: '紧缺缺员', get: (r) => ok(r, r.scarceShortage) },
    { en: 'rural_weak_shortage', zh: '乡村薄弱缺员', get: (r) => ok(r, r.ruralWeakShortage) },
    { en: 'backbone_gap', zh: '骨干缺口', get: (r) => ok(r, Math.round(r.backboneGap * 100) / 100) },
    { en: 'backbone_ok_schools', zh: '骨干达标校', get: (r) => ok(r, r.backboneSchoolsMeeting) },
    { en: 'preferences_met', zh: '满足志愿', get: (r) => ok(r, r.preferencesMet) },
    { en: 'home_township', zh: '回乡镇', get: (r) => ok(r, r.homeTownship) },
    { en: 'objective', zh: '目标值', get: (r) => ok(r, Math.round(r.objective * 100) / 100) },
  ];
}

/** The trade-off table for the terminal: one row per point, headers in both languages. */
export function sweepText(axes: readonly SweepAxis[], rows: readonly SweepRow[]): string[] {
  const cols = columns(axes);
  const cell = (v: string | number | boolean | undefined): string => (v === undefined ? '—' : typeof v === 'number' ? fmt(v) : String(v));
  return [
    '权衡表 / trade-off table:',
    ...reviewTable([cols.map((c) => (c.zh === c.en ? '' : c.zh)), cols.map((c) => c.en)], rows.map((r) => cols.map((c) => cell(c.get(r))))),
    '骨干缺口 = 各校每百名学生县级以上骨干低于标准所差人数之和; 目标值按各点自己的权重计算, 不可横向比较',
    'backbone_gap = county-level backbone teachers missing below the per-100-students indicator, summed over schools; objective is at each point\'s own weights, not comparable across points',
  ];
}

/** The trade-off table as CSV. */
export function sweepCsv(axes: readonly SweepAxis[], rows: readonly SweepRow[], lang: 'zh' | 'en'): string {
  return toCsv(columns(axes), rows, lang);
}
