/**
 * Whether a plan folder's lists are a re-posting (重新公示), and what changed since the previous
 * posting. A plan re-made with an objections file among its inputs (the objections came from a
 * posting) against a baseline (`--baseline`, the plan posted before) is one: its summary.json
 * records, against the baseline, every move added, removed or sent elsewhere
 * (`locks.against.effects`). Only the teacher, the change and the schools go on: the cause (which
 * names the objection's file and row) stays in the plan folder.
 */
import type { InputIssue } from '../domain/types.js';
import type { PlanRecord } from '../plan-folder/read-plan.js';
import type { ListedSchool } from '../publish/eligible-lists.js';
import type { PostingChange } from '../publish/posting-change.js';

/** The plan's changes since the previous posting (null: a first posting), and a note when they cannot be told. */
export interface PreviousPosting {
  changes: PostingChange[] | null;
  notes: InputIssue[];
}

/** Whether the plan was made with an objections file among its inputs. */
const withObjections = (plan: PlanRecord): boolean => plan.summary.inputs.some((f) => f.kind === 'objections');

/** What a plan folder says of the posting before it (see the module's note). */
export function previousPosting(plan: PlanRecord): PreviousPosting {
  const against = plan.summary.locks.against;
  if (!withObjections(plan)) return { changes: null, notes: [] };
  if (against?.reference !== 'baseline') {
    return {
      changes: null,
      notes: [{
        file: plan.dir,
        zh: '注意: 此方案按异议文件重新规划, 但没有以前次公示的方案为基准（--baseline）, 无法标出与前次公示相比的变化, 名单按首次公示写出; 请用 rotate plan … 异议.csv --baseline 前次方案 -o 新方案 重新规划后再公示',
        en: 'note: this plan was re-made with an objections file but without the plan posted before as its baseline (--baseline), so the changes since that posting cannot be marked and the lists read as a first posting; plan again with rotate plan … objections.csv --baseline PREVIOUS_PLAN -o NEW_PLAN and publish that',
      }],
    };
  }
  const school = (id: string | undefined): ListedSchool | undefined => (id === undefined ? undefined : { id, name: plan.schools.get(id)?.name ?? id });
  const changes = against.effects.map((e): PostingChange => {
    const was = school(e.baseline_to);
    const now = school(e.to);
    return { id: e.teacher_id, name: e.name, subject: e.subject, change: e.change, from: school(e.from_school_id) ?? { id: '', name: '' }, ...(was && { was }), ...(now && { now }) };
  });
  return { changes, notes: [] };
}
