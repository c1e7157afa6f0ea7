import type { Policy } from '../domain/policy.js';
import type { County } from '../domain/types.js';
import type { Plan } from '../plan/build-plan.js';
import type { ObjectionReport } from '../plan/objection-report.js';
import type { CvBlock, Summary } from '../plan-folder/summary-file.js';

/** What the report is drawn from: the plan itself and the summary.json object written beside it. */
export interface ReportInput {
  county: County;
  policy: Policy;
  plan: Plan;
  /** The object written as summary.json (see src/plan-folder/summary-file.ts). */
  summary: Summary;
  relaxed: boolean;
  /** The objection report of a plan made with an objections file (a section of its own). */
  objections?: ObjectionReport | null;
}

/** The parts of summary.json the report reads: all of it, typed by its schema. */
export type SummaryView = Summary;
export type { CvBlock };
