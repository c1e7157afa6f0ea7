import { meetsAll, sectionIndicators } from './section-indicators.js';
import type { IndicatorThresholds, SectionStage, SectionTally } from './types.js';

/** How many sections meet all three indicators before and after the plan. */
export interface MeetingAll {
  before: number;
  after: number;
}

/**
 * Counts the sections (optionally of one stage) that meet all three indicators. Sections without
 * students meet nothing. Each section of a 一贯制 school counts on its own, as the inspectors
 * judge its 小学部 and 初中部 as schools.
 */
export function countMeetingAll(tallies: readonly SectionTally[], thresholds: IndicatorThresholds, stage?: SectionStage): number {
  return tallies.filter((t) => (stage === undefined || t.section.stage === stage) && meetsAll(sectionIndicators(t, thresholds))).length;
}

/** {@link countMeetingAll} before and after the plan. */
export function meetingAll(before: readonly SectionTally[], after: readonly SectionTally[], thresholds: IndicatorThresholds, stage?: SectionStage): MeetingAll {
  return { before: countMeetingAll(before, thresholds, stage), after: countMeetingAll(after, thresholds, stage) };
}
