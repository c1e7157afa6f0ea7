import { toCsv } from '../output/csv.js';
import { sweepColumns } from './sweep-columns.js';
import type { SweepAxis, SweepRow } from './sweep-points.js';

/** The trade-off table as CSV. */
export function sweepCsv(axes: readonly SweepAxis[], rows: readonly SweepRow[], lang: 'zh' | 'en'): string {
  return toCsv(sweepColumns(axes), rows, lang);
}
