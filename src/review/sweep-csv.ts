import { toCsv } from '../output/csv.js';
import { sweepColumns } from './sweep-columns.js';
import type { SweepAxis, SweepRow } from './sweep-points.js';

/** The trade-off table as CSV: the county before any plan first, when there is one such row for every point. */
export function sweepCsv(axes: readonly SweepAxis[], rows: readonly SweepRow[], lang: 'zh' | 'en', before: SweepRow | null = null): string {
  return toCsv(sweepColumns(axes), before ? [before, ...rows] : rows, lang);
}
