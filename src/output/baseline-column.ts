import type { Lang } from '../domain/types.js';
import type { Move } from '../plan/build-plan.js';
import type { LockReport } from '../plan/lock-effects.js';
import type { Column } from './csv.js';

/**
 * Against a baseline, assignments.csv says for every move whether it is as in the baseline, changed
 * (and from where), or new, with its cause: the teacher's own lock or the locks it is linked to.
 */
export function withBaselineColumn(columns: Column<Move>[], report: LockReport, lang: Lang): Column<Move>[] {
  const base = report.against;
  if (!base || base.reference !== 'baseline') return columns;
  const effect = new Map(base.effects.map((e) => [e.teacher_id, e]));
  const zh = lang === 'zh';
  const get = (m: Move): string => {
    const e = effect.get(m.teacher.id);
    if (!e) return zh ? '同基准方案' : 'as in the baseline';
    const what = e.change === 'added' ? (zh ? '新增' : 'new') : zh ? `改派（基准为 ${e.baseline_to ?? ''}）` : `changed (baseline: ${e.baseline_to ?? ''})`;
    return `${what}: ${zh ? e.cause.zh : e.cause.en}`;
  };
  return [...columns, { en: 'vs_baseline', zh: '与基准方案比较', get }];
}
