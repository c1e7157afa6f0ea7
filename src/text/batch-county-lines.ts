/**
 * The lines a batch prints for one county as it ends: ✓ or ✗ with its outcome in words, where its
 * plan went and how long it took; then its warnings (the last five, and how many), or for a failure
 * its first lines and how many more; and a word when its folder still holds an earlier plan.
 */
import { countEn, plural } from '../domain/plural.js';
import type { BatchResult } from '../batch/run-batch.js';
import { showPath } from '../safe/show-path.js';
import { runOutcome } from './run-outcome.js';
import { replacedDifference } from './replaced-plan-lines.js';
import { TERMINAL_WIDTH, wrapColumns } from './wrap-columns.js';

/**
 * The line under a county planned where an earlier run had written a plan of other inputs or
 * parameters, which this run replaced (a single run says it; a batch's county runs print nothing but
 * their warnings): that plan's moves and how it was made otherwise. None for a plan made the same way.
 */
export function batchReplacedLine(r: BatchResult): string[] {
  if (!r.replaced) return [];
  const { previous, now } = r.replaced;
  const d = replacedDifference(previous, now);
  if (d === undefined) return [];
  const { zh, en } = d;
  const moved = previous.counts.moved;
  return [`      替换了 ${showPath(r.job.outDir)} 中之前的方案（交流 ${moved} 人）, 与本次不同: ${zh} / replaced the plan ${showPath(r.job.outDir)} held (${countEn(moved, 'move')}), made otherwise: ${en}`];
}

/** One county's lines; none for a county planned without a word to say when `quiet`. */
export function batchCountyLines(r: BatchResult, quiet: boolean): string[] {
  if (quiet && r.code === 0 && r.lines === 0) return [];
  const mark = r.code === 0 ? '✓' : `✗ (${r.code})`;
  // A county planned with warnings (a leftover plan list read as locks, columns not read …) says so: they are not to be lost in a batch.
  const notes = r.code === 0 && r.lines > 0 ? [`      提示 ${r.lines} 条${r.lines > r.errors.length ? `（以下为最后 ${r.errors.length} 条; 单独规划此县可见全部）` : ''} / ${r.lines} ${plural(r.lines, 'warning')}${r.lines > r.errors.length ? ` (the last ${r.errors.length} below; plan this county alone to see all)` : ''}:`] : [];
  // A failure shows its first lines (the heading says what failed) and how many more there are.
  const more = r.code !== 0 && r.lines > r.errors.length ? [`      … 另有 ${r.lines - r.errors.length} 行未列出; 单独规划此县可见全部 / ${r.lines - r.errors.length} more ${plural(r.lines - r.errors.length, 'line')}; plan this county alone to see them all`] : [];
  // Its folder may still hold the plan of an earlier run, which a clerk gathering the plans would take for this one.
  const earlier = r.earlierPlan === true ? [`      注意: ${showPath(r.job.outDir)} 中仍是此前写入的方案, 不是这次的输入 / note: ${showPath(r.job.outDir)} still holds the plan written before, not of these inputs`] : [];
  const outcome = r.code === 0 ? '' : `  ${runOutcome(r.code).zh} / ${runOutcome(r.code).en}`;
  const head = `  ${mark} ${showPath(r.job.name)} → ${showPath(r.job.outDir)}  ${r.seconds.toFixed(1)} s${outcome}`;
  // A county planned that moves nobody says why, as a single run and its published lists do (the batch shows no county's own summary).
  const nobody = r.noMoves ? [...wrapColumns(r.noMoves.zh, TERMINAL_WIDTH, '      '), ...wrapColumns(r.noMoves.en, TERMINAL_WIDTH, '      ')] : [];
  return [head, ...nobody, ...batchReplacedLine(r), ...notes, ...(r.code === 0 && r.lines === 0 ? [] : r.errors.map((e) => `      ${e}`)), ...more, ...earlier];
}
