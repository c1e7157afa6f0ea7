import { meetsAll, sectionIndicators } from './section-indicators.js';
import { INDICATOR_NAMES, type IndicatorName, type IndicatorThresholds, type SectionStage, type SectionTally } from './types.js';

/** How many sections meet the indicators before and after the plan. */
export interface MeetingAll {
  before: number;
  after: number;
}

/**
 * Counts the sections (optionally of one stage) that meet every one of `indicators` (by default
 * all three). Sections without students meet nothing. Each section of a 一贯制 school counts on
 * its own, as the inspectors judge its 小学部 and 初中部 as schools. The caller passes the
 * sections that are judged (see inCv: small teaching points are not).
 */
export function countMeeting(tallies: readonly SectionTally[], thresholds: IndicatorThresholds, indicators: readonly IndicatorName[] = INDICATOR_NAMES, stage?: SectionStage): number {
  return tallies.filter((t) => {
    if (stage !== undefined && t.section.stage !== stage) return false;
    return meetsAll(sectionIndicators(t, thresholds), indicators);
  }).length;
}

/** {@link countMeeting} of all three indicators. */
export function countMeetingAll(tallies: readonly SectionTally[], thresholds: IndicatorThresholds, stage?: SectionStage): number {
  return countMeeting(tallies, thresholds, INDICATOR_NAMES, stage);
}

/** {@link countMeetingAll} before and after the plan. */
export function meetingAll(before: readonly SectionTally[], after: readonly SectionTally[], thresholds: IndicatorThresholds, stage?: SectionStage): MeetingAll {
  return { before: countMeetingAll(before, thresholds, stage), after: countMeetingAll(after, thresholds, stage) };
}

/** Per indicator, how many sections meet it before and after the plan (summary.json's `schools_meeting_before/after`). */
export function meetingEach(before: readonly SectionTally[], after: readonly SectionTally[], thresholds: IndicatorThresholds): Record<IndicatorName, MeetingAll> {
  const one = (n: IndicatorName): MeetingAll => ({ before: countMeeting(before, thresholds, [n]), after: countMeeting(after, thresholds, [n]) });
  return { arts_pe_per_100: one('arts_pe_per_100'), backbone_per_100: one('backbone_per_100'), degree_per_100: one('degree_per_100') };
}
