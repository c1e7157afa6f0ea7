import type { Column } from '../output/csv.js';
import { displayWidth } from '../output/display-width.js';
import { BEFORE_LABEL, conflictText, statusWord, sweepColumns } from '../review/sweep-columns.js';
import type { SweepAxis, SweepRow } from '../review/sweep-points.js';
import { fmt, reviewTable } from './review-table.js';
import { samePlanLines } from './sweep-same-plans.js';
import { TERMINAL_WIDTH, wrapColumns } from './wrap-columns.js';

const INDENT = '  ';
/** Between two columns, as reviewTable puts them. */
const GAP = 2;
/** The most the swept parameters' columns may take of each table before their points are numbered instead. */
const MAX_POINT_WIDTH = 36;
/** The head of the points' numbers, over two lines as the other columns'. */
const POINT_HEAD = ['点', 'point'];

/**
 * The figure columns cut into groups that fit the terminal beside the swept parameters' columns,
 * which each group repeats: a column never split, one too wide for any group has a group of its own.
 */
function groups(widths: readonly number[], axisCount: number): number[][] {
  const room = TERMINAL_WIDTH - INDENT.length - widths.slice(0, axisCount).reduce((n, w) => n + w + GAP, 0);
  const fewest = packed(widths, axisCount, room).length;
  // As many tables as the terminal needs, their widths evened out (no last table of one column).
  for (let r = 1; r < room; r++) {
    const even = packed(widths, axisCount, r);
    if (even.length === fewest) return even;
  }
  return packed(widths, axisCount, room);
}

/** The figure columns packed greedily into groups of at most `room` columns. */
function packed(widths: readonly number[], axisCount: number, room: number): number[][] {
  const out: number[][] = [];
  let group: number[] = [];
  let used = 0;
  for (let i = axisCount; i < widths.length; i++) {
    const w = (widths[i] ?? 0) + GAP;
    if (group.length > 0 && used + w > room) {
      out.push(group);
      group = [];
      used = 0;
    }
    group.push(i);
    used += w;
  }
  if (group.length > 0) out.push(group);
  return out;
}

/** A point as typed: `weights.moves=4`, two parameters side by side. */
const pointText = (axes: readonly SweepAxis[], r: SweepRow): string => axes.map((a) => `${a.key}=${r.point[a.key] ?? ''}`).join(' ');

/** The rules each infeasible point cannot keep, a point to a line (wrapped), under the table: the status column says only 冲突 infeasible. */
function conflictLines(axes: readonly SweepAxis[], rows: readonly SweepRow[]): string[] {
  const failed = rows.filter((r) => r.status === 'infeasible');
  if (failed.length === 0) return [];
  return [...wrapColumns('冲突 infeasible（无可行方案的点及冲突的规则 / points without a plan, the rules in conflict）:', TERMINAL_WIDTH, ''), ...failed.flatMap((r) => wrapColumns(`${pointText(axes, r)}: ${conflictText(r)}`, TERMINAL_WIDTH, '    '))];
}

/**
 * The trade-off table for the terminal: one row per point, headers in both languages, within
 * {@link TERMINAL_WIDTH} columns. The figures (twenty-odd columns, 370 columns side by side) are
 * cut into as many tables as need be, each led by the swept parameters' columns; the notes under
 * them are wrapped. The CSV (-o) keeps the one wide table.
 */
export function sweepText(axes: readonly SweepAxis[], rows: readonly SweepRow[], before: SweepRow | null = null): string[] {
  const note = (text: string): string[] => wrapColumns(text, TERMINAL_WIDTH, '');
  const cols: Column<SweepRow>[] = sweepColumns(axes).map((c) => (c.en === 'status' ? { ...c, get: statusWord } : c));
  // A CV is read against a ceiling like 0.45: three decimals, as the terminal summary shows it.
  const threeDecimals = (en: string): boolean => en.startsWith('cv_') && en !== 'cv_over_threshold';
  const cell = (v: string | number | boolean | undefined, en: string): string => (v === undefined ? '—' : typeof v === 'number' ? (threeDecimals(en) ? v.toFixed(3) : fmt(v)) : String(v));
  // The CVs' English names without their common `_per_100` (the CSV keeps it): four tables to read, not five.
  const heads = [cols.map((c) => (c.zh === c.en ? '' : c.zh)), cols.map((c) => (c.en.startsWith('cv_') ? c.en.replace(/_per_100$/u, '') : c.en))];
  const body = (before ? [before, ...rows] : rows).map((r) => cols.map((c) => cell(c.get(r), c.en)));
  // Numbers are told by the rows with figures: the planned points', else the row before the plan (every point infeasible).
  const planned = rows.filter((r) => r.status === 'planned');
  const figured = planned.length > 0 ? planned : before ? [before] : rows;
  // The swept values by every point's own; the figures by those rows, taken in turn.
  const alignBy = rows.map((r, k) => cols.map((c, i) => cell(c.get(i < axes.length ? r : (figured[k % figured.length] ?? r)), c.en)));
  // The degree CVs without 学历 are blank in every row: a note says so, and their columns go.
  const noDegree = !rows.some((r) => r.degreeGiven);
  const blank = cols.map((c) => noDegree && /^cv_\w+_degree_per_100$/u.test(c.en));
  const blankNames = cols.filter((_, i) => blank[i]);
  // Swept parameters with long names (rules.max_backbone_outflow_share) would leave each table room
  // for two figures: their points are then numbered, the numbers listed once with the values.
  const numbered = axes.reduce((n, a, i) => n + Math.max(displayWidth(a.key), ...body.map((r) => displayWidth(r[i] ?? ''))) + GAP, 0) > MAX_POINT_WIDTH;
  const shown = (line: readonly string[], key: (i: number) => string): string[] => [...(numbered ? [key(-1)] : []), ...line.filter((_, i) => !blank[i] && !(numbered && i < axes.length))];
  const numberOf = (i: number): string => (before && i === 0 ? BEFORE_LABEL : String(before ? i : i + 1));
  const shownHeads = heads.map((h, k) => shown(h, () => POINT_HEAD[k] ?? ''));
  const shownBody = body.map((r, j) => shown(r, () => numberOf(j)));
  const shownAlign = alignBy.map((r, j) => shown(r, () => String(j + 1)));
  const lead = numbered ? 1 : axes.length;
  const widths = (shownHeads[0] ?? []).map((_, i) => Math.max(...shownHeads.map((h) => displayWidth(h[i] ?? '')), ...shownBody.map((r) => displayWidth(r[i] ?? ''))));
  const pick = (line: readonly string[], group: readonly number[]): string[] => [...Array.from({ length: lead }, (_, i) => i), ...group].map((i) => line[i] ?? '');
  const legend = numbered ? [...reviewTable([['点 point', ...axes.map((a) => a.key)]], rows.map((r, j) => [String(j + 1), ...axes.map((a) => r.point[a.key] ?? '')]), INDENT), ''] : [];
  const tables = groups(widths, lead).flatMap((group, i) => [
    ...(i > 0 ? [''] : []),
    ...reviewTable(
      shownHeads.map((h) => pick(h, group)),
      shownBody.map((r) => pick(r, group)),
      INDENT,
      shownAlign.map((r) => pick(r, group)),
    ),
  ]);
  const blankNote = blankNames.length === 0 ? [] : note(`${blankNames.map((c) => c.zh).join('、')} 各点均无数值（未提供学历）, 未列出 / ${blankNames.map((c) => c.en).join(', ')}: no value at any point (no 学历 given), not shown`);
  return [
    '权衡表 / trade-off table:',
    ...legend,
    ...tables,
    ...blankNote,
    ...conflictLines(axes, rows),
    ...samePlanLines(axes, rows).flatMap(note),
    ...(rows.some((r) => r.byLocks === true) ? note('锁定 lock → 规则 = 有锁定违反该硬性规则; rotate validate 同样的输入列出是哪条锁定、怎样解决 / lock → rule: a lock breaks that hard rule; rotate validate on the same inputs names the lock and what would lift it') : []),
    ...note(
      before
        ? '调整前 = 不做交流时的县情（各点相同）, 以此对照各点 / before = the county without any move (the same at every point), to read each point against'
        : '所扫参数改变了调整前的数字（标准、编制、年份等）, 各点调整前的数字不同, 未列调整前一行 / the swept parameter changes the figures before the plan (a standard, a staffing norm, the year): no one row before the plan is shown',
    ),
    ...note('骨干缺口 = 各学部（督导评价的小学部、初中部）每百名学生县级以上骨干低于标准所差人数之和; 骨干达标学部 = 方案后达到该标准的学部数; 各项合计 = 方案目标函数各项之和（summary.json 的 terms_total, 不是模型目标值 model_total）, 按各点自己的权重计算, 不可横向比较'),
    ...note('均达标学部 = 方案后各项指标（未提供学历时两项）均达标的学部数; 差异系数 = 方案后各学段各指标的校际差异系数（督导口径, 按学生数加权）; 超标项数 = 高于本学段标准的项数'),
    ...note("backbone_gap = county-level backbone teachers missing below the per-100-students indicator, summed over the judged sections (小学部, 初中部); backbone_ok_sections = sections meeting it after the plan; terms_total = the sum of the plan's objective terms (summary.json's terms_total, not the model's model_total), at each point's own weights, not comparable across points"),
    ...note("sections_meeting_all = school sections meeting every indicator (both, without 学历) after the plan; cv_* = each stage and indicator's inter-school coefficient of variation after the plan (the inspectors' way, enrolment-weighted); cv_over_threshold = how many are above their ceiling"),
  ];
}
