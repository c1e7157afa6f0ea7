import type { County } from '../domain/types.js';
import type { Policy } from '../domain/policy.js';
import type { Plan } from '../plan/build-plan.js';
import type { Explanation } from '../plan/explain.js';
import type { LockReport } from '../plan/lock-effects.js';
import type { ObjectionReport } from '../plan/objection-report.js';
import { OBJECTIONS_FILE, objectionColumns, objectionsCsv } from '../plan-folder/objections-file.js';
import type { TeacherStatus } from '../plan/teacher-status.js';
import type { OutputFile } from '../output/write-folder.js';
import { schoolLines } from '../plan/school-lines.js';
import { renderReport } from '../report/render-report.js';
import { ASSIGNMENTS_FILE, assignmentsCsv } from '../plan-folder/assignments-file.js';
import { EXPLAIN_FILE, explainJson } from '../plan-folder/explain-file.js';
import { SCHOOLS_FILE, schoolsCsv } from '../plan-folder/schools-file.js';
import { summaryJson, type Summary } from '../plan-folder/summary-file.js';
import { PRINCIPALS_FILE, principalRows, principalsCsv } from '../plan-folder/principals-file.js';
import { TEACHERS_FILE, teachersCsv } from '../plan-folder/teachers-file.js';
import { planXlsx, WORKBOOK_FILE } from '../plan-folder/plan-workbook.js';

/** What a plan folder is written from. */
export interface PlanFilesInput {
  county: County;
  policy: Policy;
  plan: Plan;
  statuses: readonly TeacherStatus[];
  explanation: Explanation;
  summary: Summary;
  locks: LockReport;
  /** The objection report (objections.csv and a sheet of plan.xlsx), when the inputs held objections. */
  objections?: ObjectionReport | null;
  relaxed: boolean;
}

/**
 * Every file of a plan folder, by name: the three tables and principals.csv (the principals and
 * vice principals due to rotate, for the county) in the input's language, summary.json,
 * report.html, explain.json (it records the tables' SHA-256) and plan.xlsx (the tables, the rules
 * checklist and the policy as one workbook), and with an objections file among the inputs
 * objections.csv (also a sheet of plan.xlsx). A relaxed plan names its relaxed rules on every row
 * of every table.
 */
export async function planFiles(p: PlanFilesInput): Promise<OutputFile[]> {
  const lang = p.county.lang;
  const relaxedRules = p.relaxed ? p.plan.checks.filter((c) => !c.held).map((c) => c.rule) : [];
  const principals = principalRows(p.statuses, new Map(p.county.schools.map((s) => [s.id, s])));
  const schools = schoolLines(p.plan.figures, p.plan.quality);
  const files: OutputFile[] = [
    { name: ASSIGNMENTS_FILE, content: assignmentsCsv(p.plan.moves, lang, p.locks, relaxedRules) },
    { name: SCHOOLS_FILE, content: schoolsCsv(schools, lang, relaxedRules) },
    { name: TEACHERS_FILE, content: teachersCsv(p.statuses, lang, relaxedRules) },
    { name: PRINCIPALS_FILE, content: principalsCsv(principals, lang, relaxedRules) },
    { name: 'summary.json', content: summaryJson(p.summary) },
    { name: 'report.html', content: renderReport({ county: p.county, policy: p.policy, plan: p.plan, summary: p.summary, relaxed: p.relaxed, objections: p.objections ?? null }) },
  ];
  files.push({ name: EXPLAIN_FILE, content: explainJson(p.explanation, files.filter((f) => f.name.endsWith('.csv'))) });
  const names = new Map(p.county.schools.map((s) => [s.id, s.name]));
  const schoolName = (id: string | undefined): string => (id === undefined ? '' : (names.get(id) ?? ''));
  const objections = p.objections ? { columns: objectionColumns(lang, schoolName), lines: p.objections.lines } : undefined;
  if (p.objections) files.push({ name: OBJECTIONS_FILE, content: objectionsCsv(p.objections.lines, lang, schoolName) });
  files.push({ name: WORKBOOK_FILE, content: await planXlsx({ lang, moves: p.plan.moves, schools, statuses: p.statuses, locks: p.locks, relaxedRules, summary: p.summary, principals, ...(objections && { objections }) }) });
  return files;
}
