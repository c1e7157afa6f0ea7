import { countEn } from '../domain/plural.js';
import type { Summary } from '../plan-folder/summary-file.js';

/**
 * The line under a run that wrote nothing (rules in conflict, bad input) into a folder that holds
 * an earlier plan: that plan is still there, untouched, so that report.html opened after the run is
 * not taken for the plan of the parameters just tried.
 */
export function keptPlanLine(outDir: string, kept: Summary): string {
  const moved = kept.counts.moved;
  return `${outDir}/ 中仍是之前的方案（交流 ${moved} 人）, 未改动 / ${outDir}/ still holds the earlier plan (${countEn(moved, 'move')}), untouched`;
}
