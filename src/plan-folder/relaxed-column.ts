import type { Lang } from '../domain/types.js';
import type { Column } from '../output/csv.js';

/**
 * A plan written with rules relaxed says so on every row of every table: a last column
 * naming the relaxed rules, so that no copy of the file can pass for a rule-abiding plan.
 */
export function markRelaxed<R>(columns: Column<R>[], relaxedRules: readonly string[], lang: Lang): Column<R>[] {
  if (relaxedRules.length === 0) return columns;
  const note = lang === 'zh' ? `已放宽规则: ${relaxedRules.join('、')}` : `rules relaxed: ${relaxedRules.join(', ')}`;
  return [...columns, { en: 'plan_status', zh: '方案状态', get: () => note }];
}
