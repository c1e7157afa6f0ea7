import type { Column } from '../output/csv.js';
import type { SweepAxis, SweepConflict, SweepRow } from './sweep-points.js';
import { sweepCvColumns } from './sweep-cv-columns.js';

const STATUS: Record<Exclude<SweepRow['status'], 'before'>, string> = { planned: '可行 ok', infeasible: '冲突 infeasible', 'solver-failed': '求解失败 failed', unverified: '未通过核验 unverified' };

/** What the reference row (the county before any plan) says in the first parameter's column. */
export const BEFORE_LABEL = '调整前 before';

/** The conflicting rules, each once, in both languages: `每校调出教师上限（向下取整） outflow_cap + …`. */
const conflictNames = (conflicts: readonly SweepConflict[]): string =>
  conflicts
    .filter((c, i) => conflicts.findIndex((d) => d.rule === c.rule) === i)
    .map((c) => (c.zh === c.rule ? c.rule : `${c.zh} ${c.rule}`))
    .join(' + ');

/** What a point's plan came to, in a word: 可行 ok, 冲突 infeasible …; blank for the row before the plan. */
export const statusWord = (r: SweepRow): string | undefined => (r.status === 'before' ? undefined : STATUS[r.status]);

/** The rules an infeasible point's plan cannot keep (`锁定 lock → ` first when a lock breaks them); '' for any other point. */
export const conflictText = (r: SweepRow): string => (r.status === 'infeasible' ? `${r.byLocks === true ? '锁定 lock → ' : ''}${conflictNames(r.conflicts)}` : '');

/** The last column's name in the CSVs written before it was named 各项合计 terms_total: such a file is still rotate's own. */
export const TERMS_TOTAL_FORMERLY = { zh: '目标值', en: 'objective' } as const;

/** The trade-off table's columns: the swept weights, then what a plan at each point gives (the row before the plan: the county as it is). */
export function sweepColumns(axes: readonly SweepAxis[]): Column<SweepRow>[] {
  const ok = (r: SweepRow, v: number): number | undefined => (r.status === 'planned' || r.status === 'before' ? v : undefined);
  return [
    ...axes.map((a, i): Column<SweepRow> => ({ en: a.key, zh: a.key, get: (r) => (r.status === 'before' ? (i === 0 ? BEFORE_LABEL : undefined) : r.point[a.key]) })),
    { en: 'status', zh: '状态', get: (r) => (r.status === 'infeasible' ? `${STATUS[r.status]}: ${conflictText(r)}` : statusWord(r)) },
    { en: 'moves', zh: '交流人数', get: (r) => ok(r, r.moves) },
    { en: 'backbone_moves', zh: '交流骨干', get: (r) => ok(r, r.backboneMoves) },
    { en: 'shortage', zh: '缺员', get: (r) => ok(r, r.shortage) },
    { en: 'scarce_shortage', zh: '紧缺缺员', get: (r) => ok(r, r.scarceShortage) },
    { en: 'rural_weak_shortage', zh: '乡村薄弱缺员', get: (r) => ok(r, r.ruralWeakShortage) },
    { en: 'backbone_gap', zh: '骨干缺口', get: (r) => ok(r, Math.round(r.backboneGap * 100) / 100) },
    { en: 'backbone_ok_sections', zh: '骨干达标学部', get: (r) => ok(r, r.backboneSectionsMeeting) },
    { en: 'sections_meeting_all', zh: '均达标学部', get: (r) => ok(r, r.sectionsMeetingAll) },
    { en: 'preferences_met', zh: '满足志愿', get: (r) => ok(r, r.preferencesMet) },
    { en: 'home_township', zh: '回乡镇', get: (r) => ok(r, r.homeTownship) },
    ...sweepCvColumns(),
    { en: 'terms_total', zh: '各项合计', get: (r) => (r.status === 'planned' ? Math.round(r.termsTotal * 100) / 100 : undefined) },
  ];
}

