/**
 * Whether a plan folder's lists are a re-posting (重新公示), and what changed since the previous
 * posting. A plan re-made with an objections file among its inputs (the objections came from a
 * posting) against a baseline (`--baseline`, the plan posted before) is one; so is a plan made
 * against a baseline without objections (decisions taken as locks) when the clerk says the
 * baseline was posted (`publish --repost`): rotate cannot tell a baseline that was posted from an
 * earlier draft. Its summary.json records, against the baseline, every move added, removed or
 * sent elsewhere (`locks.against.effects`). Only the teacher, the change and the schools go on:
 * the cause (which names the objection's or lock's file and row) stays in the plan folder.
 */
import type { InputIssue } from '../domain/types.js';
import type { PlanRecord } from '../plan-folder/read-plan.js';
import type { ListedSchool } from '../publish/eligible-lists.js';
import type { PostingChange } from '../publish/posting-change.js';
import { postingRound, type PostingRound } from '../publish/posting-round.js';

/** The plan's changes since the previous posting (null: a first posting) and the round of posting, a note when they cannot be told, and why a re-posting asked for cannot be made. */
export interface PreviousPosting {
  changes: PostingChange[] | null;
  /** On a re-posting, which round it is (posting-round.ts). */
  round?: PostingRound;
  notes: InputIssue[];
  refused: InputIssue[];
  /** Posted as a first posting, though the plan follows an earlier one ('baseline': made against it; 'objections': re-made after a posting's objections, with no baseline), which may be the one posted. */
  follows?: Follows;
}

/** A plan posted as a first posting though it follows an earlier one: why it seems to, and the round its re-posting would be. */
export interface Follows {
  why: 'baseline' | 'objections';
  round: number;
}

/** Whether the plan was made with an objections file among its inputs. */
const withObjections = (plan: PlanRecord): boolean => plan.summary.inputs.some((f) => f.kind === 'objections');

/**
 * What a plan folder says of the posting before it (see the module's note); `asked`: `publish
 * --repost` (or `--round`, named `flag`); `round`: `--round N`, else counted from the plan's inputs.
 */
export function previousPosting(plan: PlanRecord, asked = false, round?: number, flag = '--repost'): PreviousPosting {
  const against = plan.summary.locks.against;
  const baseline = against?.reference === 'baseline';
  if (!withObjections(plan) && !asked) {
    // Against a baseline without objections: a first posting unless the clerk says the baseline was posted.
    const notes: InputIssue[] = baseline
      ? [{
          file: plan.dir,
          zh: '注意: 此方案以前一方案为基准（--baseline）做出, 名单按首次公示写出; 若前一方案已经公示过, 请加 --repost 重新公示, 名单将标出与前次公示相比的变化',
          en: 'note: this plan was made against an earlier plan (--baseline) and the lists read as a first posting; if that plan was posted, add --repost to post these as a re-posting, each change since that posting marked',
        }]
      : [];
    return { changes: null, notes, refused: [], ...(baseline && { follows: { why: 'baseline' as const, round: postingRound(plan.summary.inputs).round } }) };
  }
  if (!baseline) {
    if (asked) {
      return {
        changes: null,
        notes: [],
        refused: [{
          file: plan.dir,
          zh: `${flag}: 此方案不是以前次公示的方案为基准（--baseline）做出的, 无法标出与前次公示相比的变化; 请用 rotate plan … --baseline 前次方案 -o 新方案 重新规划后再公示, 或去掉 ${flag} 按首次公示`,
          en: `${flag}: this plan was not made against the plan posted before (--baseline), so the changes since that posting cannot be marked; plan again with rotate plan … --baseline PREVIOUS_PLAN -o NEW_PLAN and publish that, or leave out ${flag} for a first posting`,
        }],
      };
    }
    return {
      changes: null,
      refused: [],
      follows: { why: 'objections', round: postingRound(plan.summary.inputs).round },
      notes: [{
        file: plan.dir,
        zh: '注意: 此方案按异议文件重新规划, 但没有以前次公示的方案为基准（--baseline）, 无法标出与前次公示相比的变化, 名单按首次公示写出; 请用 rotate plan … 异议.csv --baseline 前次方案 -o 新方案 重新规划后再公示',
        en: 'note: this plan was re-made with an objections file but without the plan posted before as its baseline (--baseline), so the changes since that posting cannot be marked and the lists read as a first posting; plan again with rotate plan … objections.csv --baseline PREVIOUS_PLAN -o NEW_PLAN and publish that',
      }],
    };
  }
  const school = (id: string | undefined): ListedSchool | undefined => (id === undefined ? undefined : { id, name: plan.schools.get(id)?.name ?? id });
  const changes = (against?.effects ?? []).map((e): PostingChange => {
    const was = school(e.baseline_to);
    const now = school(e.to);
    return { id: e.teacher_id, name: e.name, subject: e.subject, change: e.change, from: school(e.from_school_id) ?? { id: '', name: '' }, ...(was && { was }), ...(now && { now }) };
  });
  return { changes, round: postingRound(plan.summary.inputs, round), notes: [], refused: [] };
}

/**
 * Why a plan posted as a first posting though it follows an earlier one (`follows`) is not written
 * over the lists already in the default folder `dir`: they may be the posting before, which a bureau
 * keeps as posted. `repostDir`: where its re-posting would go by default.
 */
export function overEarlierPosting(follows: Follows, dir: string, repostDir: string): InputIssue {
  const what = follows.why === 'baseline'
    ? { zh: `此方案以前一方案为基准（--baseline）做出; 若前一方案已经公示过, 请加 --repost 重新公示（默认写入 ${repostDir}/）`, en: `this plan was made against an earlier plan (--baseline); if that plan was posted, add --repost to post these as a re-posting (by default into ${repostDir}/)` }
    : { zh: `此方案按异议文件重新规划, 但没有以前次公示的方案为基准; 请用 rotate plan … 异议.csv --baseline 前次方案 -o 新方案 重新规划后再公示（默认写入 ${repostDir}/）`, en: `this plan was re-made with an objections file but without the plan posted before as its baseline; plan again with rotate plan … objections.csv --baseline PREVIOUS_PLAN -o NEW_PLAN and publish that (by default into ${repostDir}/)` };
  return {
    file: '',
    output: true,
    zh: `${dir}/ 中已有此前写出的名单（可能是已公示的前次名单）, 未覆盖: ${what.zh}; 若确要按首次公示替换, 用 -o ${dir} 指明`,
    en: `${dir}/ holds lists written before (perhaps the ones posted), not replaced: ${what.en}; to replace them with a first posting, name the folder with -o ${dir}`,
  };
}
