/**
 * `rotate publish` as one function, one call per stage. Two moments, told apart by the
 * arguments: input files (read exactly as `rotate plan` reads them, with the same policy and
 * eligibility) give the lists before planning; one plan folder (read through plan-folder/, as
 * `diff` reads it) gives the lists after planning. The folder is written whole or not at all,
 * never over a folder the user did not ask to replace (write-folder.ts, as `plan` writes).
 */
import { retireeReason } from '../domain/retirees.js';
import { isLeader } from '../domain/leaders.js';
import { countyFiles, isFolder } from '../batch/run-batch.js';
import { exchangeTerm } from '../domain/term.js';
import { PARAMETERS } from '../domain/parameters.js';
import { resolvePolicy, type Policy, type PolicySetting } from '../domain/policy.js';
import { subjectKey } from '../domain/subjects.js';
import type { Text } from '../domain/text.js';
import type { InputIssue, Lang, Teacher } from '../domain/types.js';
import { lockFolder } from '../output/folder-lock.js';
import { checkFolder, holdsEarlierOutput, outputTarget, recoverFolder, writeFolderAtomically, type OtherLists, type OutputFile } from '../output/write-folder.js';
import { isPlanFolder } from '../plan-folder/is-plan-folder.js';
import { readPlan, type PlanRecord } from '../plan-folder/read-plan.js';
import { editedPlanIssues } from '../plan-folder/edited-files.js';
import { eligibleLists } from '../publish/eligible-lists.js';
import { moveLists, type MovesPublication } from '../publish/move-lists.js';
import { noticeOf, type Notice } from '../publish/notice.js';
import { periodNotes, repostPeriodNote } from '../publish/period-notes.js';
import { repostLists } from '../publish/repost-lists.js';
import type { RepostTotals } from '../publish/posting-change.js';
import type { PostingRound } from '../publish/posting-round.js';
import { overEarlierPosting, previousPosting, type Follows } from './previous-posting.js';
import { noneEligibleNote } from '../publish/none-eligible-note.js';
import { noMovesNote } from '../domain/no-moves-note.js';
import { ELIGIBLE_WORKBOOK, MOVES_WORKBOOK, eligibleFiles, movesFiles } from '../publish/publish-files.js';
import { libraryDeflate } from '../output/xlsx/library-deflate.js';
import { prepare } from './prepare.js';
import { showPath } from '../safe/show-path.js';

/** Which lists: before planning (from the inputs) or after (from a plan folder). */
export type Moment = 'eligible' | 'moves';

/** The lists of the other moment, which a folder given to both by one -o must not lose without --force. */
const OTHER_LISTS: Record<Moment, OtherLists> = {
  eligible: { file: MOVES_WORKBOOK, was: { zh: '规划后的拟交流人员名单', en: 'the moves published after planning' }, now: { zh: '规划前的公示名册', en: 'the lists before planning' } },
  moves: { file: ELIGIBLE_WORKBOOK, was: { zh: '规划前的公示名册', en: 'the lists published before planning' }, now: { zh: '规划后的拟交流人员名单', en: 'the moves' } },
};

/** The default output folder of each moment (under `publish/`, so that the two never replace each other). */
export const DEFAULT_OUT: Record<Moment, string> = { eligible: 'publish/eligible', moves: 'publish/moves' };

/**
 * The default folder of a re-posting of round `round` (2: the second posting): beside the first
 * posting's, never over it, since a bureau keeps each round's lists as posted (归档).
 */
export const repostOut = (round: number): string => `${DEFAULT_OUT.moves}-round${round}`;

export interface PublishOptions {
  /** Input files (the first moment) or one plan folder (the second). */
  args: string[];
  /** The output folder; by default {@link DEFAULT_OUT} of the moment, a re-posting's {@link repostOut} of its round. */
  outDir?: string;
  /** `--policy` files: among the inputs before planning; after planning, use `sets`. */
  policyFiles?: string[];
  /** `--set` settings (later win), over the inputs' policy rows or the plan's policy. */
  sets: PolicySetting[];
  /** Replace an output folder that holds edited or foreign files. */
  force?: boolean;
  /** `--repost`: the plan's baseline was posted, so its lists are a re-posting even without objections (previous-posting.ts). */
  repost?: boolean;
  /** `--round N` (N ≥ 2): the round of this re-posting, as the bureau counts it; implies `repost`. */
  round?: number;
}

/** What the edge passes in: the year for a plan year not set, a tag for temporary names. */
export interface PublishEnv {
  currentYear: number;
  tag: string;
}

/** What was written, for the terminal. */
export interface Published {
  moment: Moment;
  dir: string;
  files: string[];
  notice: Notice;
  /** Per list, how many teachers: eligible and deferred, or moves. */
  counts: Record<string, number>;
  schools: number;
  warnings: InputIssue[];
  /** True when the folder held lists written before, now replaced (said on the terminal: they may be the ones posted). */
  replaced: boolean;
  /** On a re-posting, the changes since the previous posting (previous-posting.ts). */
  repost?: RepostTotals;
  /** On a re-posting, its round and what it was taken from (posting-round.ts). */
  round?: PostingRound;
  /**
   * Before planning: the teachers as the plan counts them (retirees out) and the policy, from
   * which the terminal says why nobody is eligible, when nobody is, as plan and validate say it.
   */
  planned?: Planned;
  /** After planning, a plan that moves nobody: the line its pages carry (no-moves-note.ts), said on the terminal too. */
  noMoves?: Text;
}

/** The county's teachers as a plan counts them, and its policy. */
export interface Planned {
  teachers: readonly Teacher[];
  policy: Policy;
}

export type PublishOutcome = { kind: 'written'; published: Published } | { kind: 'bad-input'; issues: InputIssue[] };

type Built = { ok: true; files: OutputFile[]; notice: Notice; counts: Record<string, number>; repost?: RepostTotals; round?: PostingRound; schools: number; warnings: InputIssue[]; planned?: Planned; noMoves?: Text; follows?: Follows } | { ok: false; issues: InputIssue[] };

/**
 * The moment the arguments ask for, and the input files before planning: one folder is a plan
 * folder, unless it holds no plan file (summary.json, assignments.csv) but a county's files (CSV
 * files or workbooks, as `plan` takes a county folder): then those are the inputs. Anything else
 * is input files.
 */
export async function momentOf(args: readonly string[]): Promise<{ moment: Moment; inputs: readonly string[] }> {
  const [only] = args;
  if (args.length !== 1 || only === undefined || !(await isFolder(only))) return { moment: 'eligible', inputs: args };
  if (await isPlanFolder(only)) return { moment: 'moves', inputs: [] };
  const county = await countyFiles(only);
  return county.length > 0 ? { moment: 'eligible', inputs: county } : { moment: 'moves', inputs: [] };
}

/** A plan folder among several arguments (an objections file given beside it): the moves are published from the folder alone. */
async function planAmongFiles(args: readonly string[]): Promise<InputIssue[]> {
  if (args.length < 2) return [];
  const plans: string[] = [];
  for (const a of args) {
    if ((await isFolder(a)) && (await isPlanFolder(a))) plans.push(a);
  }
  return plans.map((dir) => showPath(dir)).map((p) => ({
    file: p,
    zh: `这是 rotate plan 写出的方案文件夹: 规划后公示只给这一个文件夹（rotate publish ${p}）; 异议文件应在 rotate plan 时与县文件一起给出, 再公示新方案`,
    en: `this is a plan folder written by rotate plan: after planning, give that folder alone (rotate publish ${p}); an objections file goes to rotate plan with the county's files, and the new plan is published`,
  }));
}

/** Before planning: the county read and checked as `plan` does, each teacher's eligibility as the plan has it. */
async function buildEligible(opts: PublishOptions, inputs: readonly string[], env: PublishEnv): Promise<Built> {
  if (opts.repost === true || opts.round !== undefined) {
    const flag = opts.repost === true ? '--repost' : '--round';
    return { ok: false, issues: [{ file: flag, zh: `${flag} 只用于规划后的拟交流人员名单（rotate publish 方案文件夹 ${flag}）; 规划前的名册每次按输入文件重新写出`, en: `${flag} is for the moves published after planning (rotate publish PLAN_FOLDER ${flag}); the lists before planning are written from the input files each time` }] };
  }
  const prepared = await prepare({ inputs: [...inputs, ...(opts.policyFiles ?? [])], policyFiles: opts.policyFiles ?? [], sets: opts.sets }, env.currentYear);
  if (!prepared.ok) return prepared;
  const { ctx, policy, county, warnings } = prepared.value;
  // Teachers who retire by the cut-off date count nowhere in the plan, but are on the exempt list as before, with teachers.csv's reason (published without the date).
  const retired = county.retired ?? [];
  const lists = eligibleLists(ctx.schools, [...ctx.teachers, ...retired], new Map([...ctx.eligibility, ...retired.map((t) => [t.id, { status: 'exempt' as const, ...retireeReason(t, policy) }] as const)]));
  const notice = noticeOf(policy.publish, policy.planYear, ctx.schools.map((s) => s.id), county.lang);
  // Principals and vice principals due to rotate are on the eligible list (the county posts them), and `plan` counts them apart: said, so that the two figures can be put side by side.
  const leaders = ctx.teachers.filter((t) => isLeader(t) && ctx.eligibility.get(t.id)?.status === 'eligible').length;
  const counts = { eligible: lists.reduce((s, l) => s + l.eligible.length, 0), leaders, deferred: lists.reduce((s, l) => s + l.deferred.length, 0) };
  const period = periodNotes(policy.publish.start, notice, policy.cutoff);
  // Nobody eligible: every page says why in one line (county figures by cause), else each reads as a posting of nobody.
  const note = noneEligibleNote(county.teachers, policy, leaders > 0);
  const files = eligibleFiles(lists, notice, await libraryDeflate(), note);
  return { ok: true, files, notice, counts, schools: lists.length, warnings: [...(county.warnings ?? []), ...warnings, ...period], planned: { teachers: county.teachers, policy } };
}

const KNOWN = new Set<string>(PARAMETERS.map((p) => p.name));

/** The policy the plan was made with (its summary.json), with `--set` over it. */
function planPolicy(plan: PlanRecord, sets: readonly PolicySetting[], currentYear: number): ReturnType<typeof resolvePolicy> {
  const own: PolicySetting[] = Object.entries(plan.summary.policy)
    .filter(([k, v]) => KNOWN.has(k) && v !== '')
    .map(([key, value]) => ({ key, value, file: 'summary.json' }));
  const year = Number(plan.summary.policy['plan.year']);
  return resolvePolicy([...own, ...sets], Number.isInteger(year) && year > 0 ? year : currentYear, subjectKey);
}

/** After planning: the plan folder's moves, schools and policy; the term from the policy. */
async function buildMoves(opts: PublishOptions, env: PublishEnv): Promise<Built> {
  const dir = opts.args[0] ?? '';
  const [policyFile] = opts.policyFiles ?? [];
  if (policyFile !== undefined) {
    return { ok: false, issues: [{ file: policyFile, zh: '规划后公示使用方案自己的参数（summary.json）; 请用 --set 修改公示参数, 不用 --policy', en: 'after planning the lists use the plan\'s own policy (summary.json): change publication parameters with --set, not --policy' }] };
  }
  const read = await readPlan(dir);
  if (!read.ok) return read;
  const plan = read.value;
  // The lists go up on notice boards: they must be the plan that was checked, not one edited since.
  if (plan.edited.length > 0) return { ok: false, issues: editedPlanIssues(dir, plan.edited, { verb: '公示', noun: '公示名单', en: 'published list' }) };
  const policy = planPolicy(plan, opts.sets, env.currentYear);
  if (!policy.ok) return policy;
  const p: Policy = policy.value;
  const schools = [...plan.schools.values()].map((s) => ({ id: s.school_id, name: s.name ?? '' }));
  const moves = [...plan.moves.values()].map((m) => ({
    id: m.teacher_id,
    name: m.name,
    subject: m.subject,
    from: { id: m.from_school_id, name: m.from_school },
    to: { id: m.to_school_id, name: m.to_school },
    direction: m.direction,
    reason: m.reason,
  }));
  const lists = moveLists(schools, moves);
  // A plan re-made after the objections against the one posted before marks what changed since that posting.
  const asked = opts.repost === true || opts.round !== undefined;
  const previous = previousPosting(plan, asked, opts.round, opts.repost !== true && opts.round !== undefined ? '--round' : '--repost');
  if (previous.refused.length > 0) return { ok: false, issues: previous.refused };
  const repost = previous.changes ? repostLists(lists, previous.changes) : undefined;
  const publication: MovesPublication = { schools: repost?.schools ?? lists, term: exchangeTerm(p.cutoff, p.termYears), ...(repost && { repost: repost.totals }) };
  const lang: Lang = plan.lang;
  const notice: Notice = { ...noticeOf(p.publish, p.planYear, schools.map((s) => s.id), lang), ...(repost && previous.round && { round: previous.round.round }) };
  // A plan that relaxed conflicting hard rules (--relax) is published as it is, but not silently.
  const relaxed: InputIssue[] = plan.summary.relaxed
    ? [{ file: dir, zh: '注意: 此方案放宽了相互冲突的硬性规则（--relax）, 公示前请确认', en: 'note: this plan relaxes hard rules that conflict (--relax); check it before publishing' }]
    : [];
  const typedStart = opts.sets.some((x) => x.key.trim() === 'publish.start');
  const warnings = [...relaxed, ...previous.notes, ...periodNotes(p.publish.start, notice, p.cutoff), ...repostPeriodNote(notice, typedStart)];
  // A plan that moves nobody: every page says why in one line (summary.json's counts), else each reads as a posting of nobody.
  const note = noMovesNote(plan.summary.counts, moves.length);
  return { ok: true, files: movesFiles(publication, p.termYears, notice, await libraryDeflate(), note), notice, counts: { moves: moves.length }, ...(repost && { repost: repost.totals }), ...(repost && previous.round && { round: previous.round }), ...(note && { noMoves: note }), ...(previous.follows && { follows: previous.follows }), schools: publication.schools.length, warnings };
}

/** The whole command: build the lists, then write the folder under its lock, after checking it may be replaced. */
export async function runPublish(opts: PublishOptions, env: PublishEnv): Promise<PublishOutcome> {
  const mixed = await planAmongFiles(opts.args);
  if (mixed.length > 0) return { kind: 'bad-input', issues: mixed };
  const { moment, inputs } = await momentOf(opts.args);
  const built = moment === 'moves' ? await buildMoves(opts, env) : await buildEligible(opts, inputs, env);
  if (!built.ok) return { kind: 'bad-input', issues: built.issues };
  // A re-posting goes beside the postings before it, not over them: each round's lists are kept as posted.
  const dir = opts.outDir ?? (built.round ? repostOut(built.round.round) : DEFAULT_OUT[moment]);
  const release = await lockFolder(await outputTarget(dir), env.tag);
  let replaced = false;
  try {
    await recoverFolder(dir);
    replaced = await holdsEarlierOutput(dir);
    // A plan that follows an earlier one, posted as a first posting: not over the default folder's lists, maybe the ones posted.
    if (replaced && built.follows && opts.outDir === undefined && opts.force !== true) return { kind: 'bad-input', issues: [overEarlierPosting(built.follows, dir, repostOut(built.follows.round))] };
    const c = await checkFolder(dir, { force: opts.force === true, inputs: [...opts.args, ...inputs], kind: 'publish', other: OTHER_LISTS[moment] });
    if (!c.ok) return { kind: 'bad-input', issues: [{ file: '', output: true, zh: c.zh, en: c.en }] };
    await writeFolderAtomically(dir, built.files, env.tag, 'publish');
  } finally {
    await release();
  }
  const { notice, counts, schools, warnings, planned, noMoves } = built;
  return { kind: 'written', published: { moment, dir, files: built.files.map((f) => f.name), notice, counts, schools, warnings, replaced, ...(built.repost && { repost: built.repost }), ...(built.round && { round: built.round }), ...(planned ? { planned } : {}), ...(noMoves && { noMoves }) } };
}
