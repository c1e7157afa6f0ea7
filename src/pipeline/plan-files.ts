import type { County } from '../domain/types.js';
import type { Policy } from '../domain/policy.js';
import type { Plan } from '../plan/build-plan.js';
import type { Explanation } from '../plan/explain.js';
import type { Handover } from './handover.js';
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
import { SUMMARY_FILE, summaryJson, type Summary } from '../plan-folder/summary-file.js';
import { PRINCIPALS_FILE, principalRows, principalsCsv } from '../plan-folder/principals-file.js';
import { TEACHERS_FILE, teachersCsv } from '../plan-folder/teachers-file.js';
import { planXlsx, WORKBOOK_FILE } from '../plan-folder/plan-workbook.js';

/** What a plan folder is written from. */
export interface PlanFilesInput {
  county: County;
  policy: Policy;
  plan: Plan;
  statuses: readonly TeacherStatus[];
  /** Taken when explain.json is made, its one reader: it is let go before plan.xlsx is made. */
  explanation: Handover<Explanation>;
  summary: Summary;
  locks: LockReport;
  /** The objection report (objections.csv and a sheet of plan.xlsx), when the inputs held objections. */
  objections?: ObjectionReport | null;
  relaxed: boolean;
}

/**
 * Every file of a plan folder, by name, each made in its turn while the one before it is written
 * (see writeFolderAtomically), in this order: the three tables and principals.csv (the principals
 * and vice principals due to rotate, for the county) in the input's language, explain.json (it
 * records the tables' SHA-256, so it is made once they are written: right after them, it waits
 * only for the small principals.csv), plan.xlsx (the tables, the rules checklist and the policy
 * as one workbook; a large one is compressed by a worker thread while report.html, the largest
 * file left, is made), report.html, summary.json and, with an objections file among the inputs,
 * objections.csv (also a sheet of plan.xlsx). A relaxed plan names its relaxed rules on every
 * row of every table.
 */
export function planFiles(p: PlanFilesInput): OutputFile[] {
  const lang = p.county.lang;
  const relaxedRules = p.relaxed ? p.plan.checks.filter((c) => !c.held).map((c) => c.rule) : [];
  const principals = principalRows(p.statuses, new Map(p.county.schools.map((s) => [s.id, s])));
  const schools = schoolLines(p.plan.figures, p.plan.quality);
  const hashes = new Map<string, string>();
  /** A table, the SHA-256 of its bytes kept for explain.json once it is written (the writer hashes them anyway). */
  const table = (name: string, make: () => string): OutputFile => ({ name, content: make, written: (hash) => hashes.set(name, hash) });
  const tables = [
    table(ASSIGNMENTS_FILE, () => assignmentsCsv(p.plan.moves, lang, p.locks, relaxedRules)),
    table(SCHOOLS_FILE, () => schoolsCsv(schools, lang, relaxedRules)),
    table(TEACHERS_FILE, () => teachersCsv(p.statuses, lang, relaxedRules)),
    table(PRINCIPALS_FILE, () => principalsCsv(principals, lang, relaxedRules)),
  ];
  const tableHashes = (): Record<string, string> =>
    Object.fromEntries(
      tables.map(({ name }) => {
        const hash = hashes.get(name);
        if (hash === undefined) throw new Error(`${EXPLAIN_FILE} was made before ${name}`);
        return [name, hash];
      }),
    );
  const names = new Map(p.county.schools.map((s) => [s.id, s.name]));
  const schoolName = (id: string | undefined): string => (id === undefined ? '' : (names.get(id) ?? ''));
  const objections = p.objections ? { columns: objectionColumns(lang, schoolName), lines: p.objections.lines } : undefined;
  return [
    ...tables,
    { name: EXPLAIN_FILE, content: () => explainJson(p.explanation.take(), tableHashes(), p.county.leftOut), afterWritten: true },
    { name: WORKBOOK_FILE, content: () => planXlsx({ lang, moves: p.plan.moves, schools, statuses: p.statuses, locks: p.locks, relaxedRules, summary: p.summary, principals, ...(objections && { objections }) }) },
    { name: 'report.html', content: () => renderReport({ county: p.county, policy: p.policy, plan: p.plan, summary: p.summary, relaxed: p.relaxed, objections: p.objections ?? null }) },
    { name: SUMMARY_FILE, content: () => summaryJson(p.summary) },
    ...(p.objections ? [{ name: OBJECTIONS_FILE, content: () => objectionsCsv(p.objections?.lines ?? [], lang, schoolName) }] : []),
  ];
}
