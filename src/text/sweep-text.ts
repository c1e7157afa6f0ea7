import { sweepColumns } from '../review/sweep-columns.js';
import type { SweepAxis, SweepRow } from '../review/sweep-points.js';
import { fmt, reviewTable } from './review-table.js';

/** The trade-off table for the terminal: one row per point, headers in both languages. */
export function sweepText(axes: readonly SweepAxis[], rows: readonly SweepRow[]): string[] {
  const cols = sweepColumns(axes);
  const cell = (v: string | number | boolean | undefined): string => (v === undefined ? '—' : typeof v === 'number' ? fmt(v) : String(v));
  return [
    '权衡表 / trade-off table:',
    ...reviewTable([cols.map((c) => (c.zh === c.en ? '' : c.zh)), cols.map((c) => c.en)], rows.map((r) => cols.map((c) => cell(c.get(r))))),
    '骨干缺口 = 各校每百名学生县级以上骨干低于标准所差人数之和; 目标值按各点自己的权重计算, 不可横向比较',
    'backbone_gap = county-level backbone teachers missing below the per-100-students indicator, summed over schools; objective is at each point\'s own weights, not comparable across points',
  ];
}
