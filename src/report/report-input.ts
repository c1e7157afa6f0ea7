import type { Policy } from '../domain/policy.js';
import type { County } from '../domain/types.js';
import type { Plan } from '../plan/build-plan.js';

/** What the report is drawn from: the plan itself and the summary.json object written beside it. */
export interface ReportInput {
  county: County;
  policy: Policy;
  plan: Plan;
  /** The object written as summary.json (see src/output/summary.ts). */
  summary: Record<string, unknown>;
  relaxed: boolean;
}

/** One inter-school coefficient-of-variation block of summary.json. */
export interface CvBlock {
  schools: number;
  threshold: number;
  backbone_per_100_before: number;
  backbone_per_100_after: number;
  arts_pe_per_100_before: number;
  arts_pe_per_100_after: number;
}

/** The parts of summary.json the report reads (its shape is fixed by src/output/summary.ts). */
export interface SummaryView {
  tool: string;
  plan_year: number;
  inputs: { kind: string; file: string; sha256: string; encoding: string; rows: number }[];
  counts: { schools: number; teachers: number; eligible: number; exempt: number; not_eligible: number; moved: number; backbone_moved: number; backbone_share: number; preferences_met: number; home_township: number };
  rules: { rule: string; zh: string; en: string; threshold: string; value: string; held: boolean; relaxed: boolean; failures: { zh: string; en: string }[] }[];
  shortage: { before: number; after: number; scarce_before: number; scarce_after: number; rural_weak_before: number; rural_weak_after: number };
  indicators: {
    backbone_per_100: { threshold: number; schools_meeting_before: number; schools_meeting_after: number };
    arts_pe_per_100: { threshold: number; schools_meeting_before: number; schools_meeting_after: number };
    cv_primary: CvBlock;
    cv_junior: CvBlock;
  };
  objective: { model: number; bound: number | null; gap: number; terms: Record<string, number>; families: { name: string; kind: string; zh: string; en: string }[] };
  solver: { name: string; status: string; proven_optimal: boolean; method: string };
}

/** The summary object seen through {@link SummaryView}. */
export function summaryView(summary: Record<string, unknown>): SummaryView {
  return summary as unknown as SummaryView;
}
