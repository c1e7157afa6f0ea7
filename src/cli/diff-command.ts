import { join } from 'node:path';
import type { InputIssue } from '../domain/types.js';
import { diffCsv } from '../review/diff-csv.js';
import { diffText } from '../text/diff-text.js';
import { writeFileAtomically } from '../output/write-file.js';
import { sideOutputIssue } from '../output/side-output.js';
import { diffPlans, type PlanDiff } from '../review/diff-plans.js';
import { alignIds } from '../review/diff-ids.js';
import { readPlan } from '../plan-folder/read-plan.js';
import { showPath } from '../safe/show-path.js';

export type DiffOutcome = { kind: 'compared'; diff: PlanDiff; lines: string[] } | { kind: 'bad-input'; issues: InputIssue[] };

const EMPTY: PlanDiff = { params: [], inputs: [], added: [], removed: [], changed: [], same: 0, schools: [], terms: [], counts: [] };
/** The first line of every diff CSV, in either language. */
const DIFF_HEADERS = (['zh', 'en'] as const).map((lang) => diffCsv(EMPTY, lang).replace(/^\uFEFF/u, '').split('\r\n')[0] ?? '');

/**
 * `rotate diff PLAN_A PLAN_B [--csv FILE]`: what changed from A to B, from their files. The CSV
 * is checked before anything is read: never inside a plan folder or over a file rotate did not
 * write, unless `force`.
 */
export async function runDiff(dirA: string, dirB: string, csv: string | undefined, tag: string, force = false): Promise<DiffOutcome> {
  if (csv !== undefined) {
    const side = await sideOutputIssue(csv, { option: 'diff --csv', extension: '.csv', inputs: [dirA, dirB], force, ours: (line) => DIFF_HEADERS.includes(line) });
    if (side) return { kind: 'bad-input', issues: [side] };
  }
  const [a, b] = await Promise.all([readPlan(dirA), readPlan(dirB)]);
  const issues = [...(a.ok ? [] : a.issues), ...(b.ok ? [] : b.issues)];
  if (!a.ok || !b.ok) return { kind: 'bad-input', issues };
  const aligned = alignIds(a.value, b.value);
  const diff = diffPlans(aligned.a, aligned.b);
  if (csv !== undefined) await writeFileAtomically(csv, diffCsv(diff, a.value.lang), tag);
  // A folder edited by hand is compared as it now stands, but not silently.
  const notes = [a.value, b.value].flatMap((p) => p.edited.map((name) => `注意: ${showPath(join(p.dir, name))} 在方案写出后被修改, 按现在的内容比较 / note: ${showPath(join(p.dir, name))} was changed after the plan was written; compared as it now stands`));
  return { kind: 'compared', diff, lines: [...notes, ...aligned.notes, ...diffText(diff, dirA, dirB)] };
}
