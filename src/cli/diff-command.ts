import type { InputIssue } from '../domain/types.js';
import { diffCsv } from '../review/diff-csv.js';
import { diffText } from '../text/diff-text.js';
import { writeFileAtomically } from '../output/write-file.js';
import { diffPlans, type PlanDiff } from '../review/diff-plans.js';
import { readPlan } from '../plan-folder/read-plan.js';

export type DiffOutcome = { kind: 'compared'; diff: PlanDiff; lines: string[] } | { kind: 'bad-input'; issues: InputIssue[] };

/** `rotate diff PLAN_A PLAN_B [--csv FILE]`: what changed from A to B, from their files. */
export async function runDiff(dirA: string, dirB: string, csv: string | undefined, tag: string): Promise<DiffOutcome> {
  const [a, b] = await Promise.all([readPlan(dirA), readPlan(dirB)]);
  const issues = [...(a.ok ? [] : a.issues), ...(b.ok ? [] : b.issues)];
  if (!a.ok || !b.ok) return { kind: 'bad-input', issues };
  const diff = diffPlans(a.value, b.value);
  if (csv !== undefined) await writeFileAtomically(csv, diffCsv(diff, a.value.lang), tag);
  return { kind: 'compared', diff, lines: diffText(diff, dirA, dirB) };
}
