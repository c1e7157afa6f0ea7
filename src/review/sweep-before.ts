import type { ModelContext } from '../model/context.js';
import { qualityFigures } from '../plan/quality.js';
import { schoolFigures } from '../plan/school-figures.js';
import { measured, type SweepRow } from './sweep-points.js';

/**
 * The county before any plan, measured as a row of the trade-off table is (the figures of a plan
 * without moves: after = before): its shortage, the sections meeting the 优质均衡 standards and the
 * CVs summary.json gives before the plan. The reference a clerk reads each point against.
 */
export function beforeRow(ctx: ModelContext): SweepRow {
  const p = ctx.policy;
  return measured({}, 'before', [], schoolFigures(ctx.county, p, ctx.posts, []), qualityFigures(ctx.county, p, []), p.backbonePer100, NaN);
}

/** The figures a row gives, without its point: two points' rows before the plan are alike when these are. */
const figuresOf = (r: SweepRow): string => JSON.stringify({ ...r, point: {} });

/**
 * The one row before the plan of every point, or null when the swept parameter changes it (a
 * threshold of the indicators, a staffing norm, the plan year): then no one row is the reference.
 */
export function commonBefore(rows: readonly SweepRow[]): SweepRow | null {
  const [first] = rows;
  if (!first) return null;
  return rows.every((r) => figuresOf(r) === figuresOf(first)) ? first : null;
}
