import { sweepColumns } from '../review/sweep-columns.js';
import type { SweepAxis, SweepRow } from '../review/sweep-points.js';
import { fmt, reviewTable } from './review-table.js';
import { samePlanLines } from './sweep-same-plans.js';

/** The trade-off table for the terminal: one row per point, headers in both languages. */
export function sweepText(axes: readonly SweepAxis[], rows: readonly SweepRow[], before: SweepRow | null = null): string[] {
  const cols = sweepColumns(axes);
  // A CV is read against a ceiling like 0.45: three decimals, as the terminal summary shows it.
  const threeDecimals = (en: string): boolean => en.startsWith('cv_') && en !== 'cv_over_threshold';
  const cell = (v: string | number | boolean | undefined, en: string): string => (v === undefined ? '—' : typeof v === 'number' ? (threeDecimals(en) ? v.toFixed(3) : fmt(v)) : String(v));
  return [
    '权衡表 / trade-off table:',
    ...reviewTable(
      [cols.map((c) => (c.zh === c.en ? '' : c.zh)), cols.map((c) => c.en)],
      (before ? [before, ...rows] : rows).map((r) => cols.map((c) => cell(c.get(r), c.en))),
      '  ',
      rows.map((r) => cols.map((c) => cell(c.get(r), c.en))),
    ),
    ...samePlanLines(axes, rows),
    ...(rows.some((r) => r.byLocks === true) ? ['锁定 lock → 规则 = 有锁定违反该硬性规则; rotate validate 同样的输入列出是哪条锁定、怎样解决 / lock → rule: a lock breaks that hard rule; rotate validate on the same inputs names the lock and what would lift it'] : []),
    before
      ? '调整前 = 不做交流时的县情（各点相同）, 以此对照各点 / before = the county without any move (the same at every point), to read each point against'
      : '所扫参数改变了调整前的数字（标准、编制、年份等）, 各点调整前的数字不同, 未列调整前一行 / the swept parameter changes the figures before the plan (a standard, a staffing norm, the year): no one row before the plan is shown',
    '骨干缺口 = 各学部（督导评价的小学部、初中部）每百名学生县级以上骨干低于标准所差人数之和; 骨干达标学部 = 方案后达到该标准的学部数; 各项合计 = 方案目标函数各项之和（summary.json 的 terms_total, 不是模型目标值 model_total）, 按各点自己的权重计算, 不可横向比较',
    '均达标学部 = 方案后各项指标（未提供学历时两项）均达标的学部数; 差异系数 = 方案后各学段各指标的校际差异系数（督导口径, 按学生数加权）; 超标项数 = 高于本学段标准的项数',
    'backbone_gap = county-level backbone teachers missing below the per-100-students indicator, summed over the judged sections (小学部, 初中部); backbone_ok_sections = sections meeting it after the plan; terms_total = the sum of the plan\'s objective terms (summary.json\'s terms_total, not the model\'s model_total), at each point\'s own weights, not comparable across points',
    'sections_meeting_all = school sections meeting every indicator (both, without 学历) after the plan; cv_* = each stage and indicator\'s inter-school coefficient of variation after the plan (the inspectors\' way, enrolment-weighted); cv_over_threshold = how many are above their ceiling',
  ];
}
