/**
 * The preamble every planning command shares (plan, sweep, bench): read the county and the
 * baseline, resolve the policy, build the model's context. Each step returns a value or the
 * input issues that stop the run; nothing is written.
 */
import { defaultTimeLimit } from '../domain/time-limit.js';
import { join, resolve } from 'node:path';
import { resolvePolicy, type Policy, type PolicySetting } from '../domain/policy.js';
import { returnsFromExchange, withExchangeNames } from '../domain/exchange.js';
import { withoutRetirees } from '../domain/retirees.js';
import { retireeLockWarnings } from '../domain/retiree-locks.js';
import { subjectKey } from '../domain/subjects.js';
import { parameterLabels } from '../rules/parameter-labels.js';
import { sectionWarnings, withSections } from '../domain/teacher-sections.js';
import { unpostedSubjectWarnings } from '../domain/unposted-subjects.js';
import { unknownBirthWarnings } from '../domain/unknown-births.js';
import { retirementInTermWarnings } from '../domain/retirement-in-term-warnings.js';
import { staleExchangeWarnings } from '../domain/stale-exchanges.js';
import { unknownScarceWarnings } from '../domain/unknown-scarce.js';
import { unstaffedSubjectWarnings } from '../domain/unstaffed-subjects.js';
import type { County, InputIssue, Result } from '../domain/types.js';
import { buildContext, type ModelContext } from '../model/context.js';
import { droppedDecisionFiles, droppedDecisionWarnings, type GivenInput } from '../plan/baseline-decisions.js';
import { withDeletedRowLocks, withListNotes, type BaselineMove } from '../plan/baseline-locks.js';
import { readBaseline, type BaselineFacts } from '../plan-folder/read-plan.js';
import { showPath } from '../safe/show-path.js';
import { applyCutoff } from '../schema/apply-cutoff.js';
import { loadCounty } from '../schema/load-county.js';
import { columnSpec } from '../schema/columns.js';
import { misnamedLocks, misnamedNotes } from '../schema/lock-school-names.js';
import { repairMoves } from '../schema/repair-ids.js';

/** A county read, with the moves of its baseline plan (none without `--baseline`). */
export interface CountyInputs {
  county: County;
  baseline: BaselineMove[];
  /** What the baseline's folder says of itself (its plan year, files edited since), as readCounty reads it with the baseline. */
  baselineFacts?: BaselineFacts;
}

/** Everything the pure core needs for one plan. */
export interface Prepared extends CountyInputs {
  policy: Policy;
  ctx: ModelContext;
  /** Non-fatal input problems: years at the school that disagree with the date joined, implausible ages. */
  warnings: InputIssue[];
}

/** What to read: input files (policy and locks files among them), `--set` settings, a baseline plan folder. */
export interface PrepareOptions {
  inputs: readonly string[];
  /** The inputs given with --policy, in order: read after the others, their rows win. */
  policyFiles?: readonly string[];
  sets: readonly PolicySetting[];
  baseline?: string;
}

/**
 * A baseline must be a plan of this county: a move naming a teacher or a school the inputs do not
 * have means the wrong folder, or inputs changed since (a teacher left, a school closed). It is an
 * error, not a warning: used silently, such a baseline skews the baseline term and the stay locks
 * of deleted rows without a word. Every such row is named, in assignments.csv's rows.
 */
export function baselineIssues(county: County, baseline: readonly BaselineMove[], dir: string): InputIssue[] {
  const teachers = new Set(county.teachers.map((t) => t.id));
  const schools = new Set(county.schools.map((s) => s.id));
  const file = /\.(csv|xlsx|xls|et)$/iu.test(dir) ? dir : join(dir, 'assignments.csv');
  const issues: InputIssue[] = [];
  for (const m of baseline) {
    if (!teachers.has(m.teacherId)) issues.push({ file, row: m.row, zh: `基准方案的工号「${m.teacherId}」不在本次输入的教师中（基准方案应是同一个县的方案）`, en: `the baseline moves teacher "${m.teacherId}", who is not among this run's teachers (a baseline must be a plan of this county)` });
    if (!schools.has(m.toSchoolId)) issues.push({ file, row: m.row, zh: `基准方案的交流学校代码「${m.toSchoolId}」不在本次输入的学校中`, en: `the baseline sends a teacher to school "${m.toSchoolId}", which is not among this run's schools` });
  }
  return issues;
}

/** What to say of the locks of an edited list whose 交流学校 and 交流学校代码 name different schools (lock-school-names.ts). */
function misnamed(county: County, baseline: readonly BaselineMove[] | undefined): { issues: InputIssue[]; warnings: InputIssue[] } {
  const label = (_file: string, key: string) => (county.lang === 'zh' ? columnSpec('locks', key).zh : key);
  const baselineTo = baseline === undefined ? undefined : new Map(baseline.map((m) => [m.teacherId, m.toSchoolId]));
  return misnamedNotes(misnamedLocks(county.schools, county.locks), baselineTo, county.schools, label);
}

/** Reads the county, and the baseline plan when one is named; a baseline's deleted rows become stay locks. */
export async function readCounty(inputs: readonly string[], baselineDir?: string, policyFiles: readonly string[] = []): Promise<Result<CountyInputs>> {
  const loaded = await loadCounty(inputs, undefined, policyFiles);
  if (!loaded.ok) return loaded;
  const read = await readBaseline(baselineDir);
  if (!read.ok) return read;
  // A baseline saved by a spreadsheet may have lost its ids' zeros: read with the county's ids.
  const baseline = repairMoves(loaded.value, read.value.moves);
  const names = misnamed(loaded.value, baselineDir === undefined ? undefined : baseline);
  const unknown = baselineDir === undefined ? [] : [...baselineIssues(loaded.value, baseline, baselineDir), ...names.issues];
  if (unknown.length > 0) return { ok: false, issues: unknown };
  const noted = names.warnings.length === 0 ? loaded.value : { ...loaded.value, warnings: [...(loaded.value.warnings ?? []), ...names.warnings] };
  const county = baselineDir === undefined ? withListNotes(noted) : withDeletedRowLocks(noted, baseline);
  return { ok: true, value: { county, baseline, baselineFacts: read.value.facts } };
}

/** The policy: the policy rows of the input files first, then `sets` (later wins). */
export function policyOf(county: County, sets: readonly PolicySetting[], currentYear: number): Result<Policy> {
  const settings: PolicySetting[] = [...county.policy.map((e) => ({ key: e.key, value: e.value, file: e.source.file, row: e.source.row })), ...sets];
  const r = resolvePolicy(settings, currentYear, subjectKey, parameterLabels);
  // Unless the county or the command line sets the time limit, a large city gets more (domain/time-limit.ts).
  if (!r.ok || settings.some((s) => s.key.trim() === 'solver.time_limit')) return r;
  const timeLimit = defaultTimeLimit(county.teachers.length);
  return { ok: true, value: { ...r.value, timeLimit, values: { ...r.value.values, 'solver.time_limit': String(timeLimit) } } };
}

/**
 * The county with every teacher's years at the school counted to the policy's cut-off date, and
 * its dates checked against it (see applyCutoff): impossible dates stop the run, implausible ones
 * come back as warnings. Then, under `eligibility.exchange_returns`, every teacher whose exchange
 * ends by the cut-off date is back at the home school (see returnsFromExchange): the plan, its
 * figures and its checks all count him or her there. And under `eligibility.retirees_leave`, every
 * teacher who retires by the cut-off date is out of the county's counts (see withoutRetirees).
 */
export function datedOf(inputs: CountyInputs, policy: Policy): Result<{ inputs: CountyInputs; warnings: InputIssue[] }> {
  const dated = applyCutoff(inputs.county, policy);
  if (!dated.ok) return { ok: false, issues: dated.issues };
  const returned = withExchangeNames(policy.exchangeReturns ? returnsFromExchange(dated.county, policy.cutoff).county : dated.county);
  const county = policy.retireesLeave ? withoutRetirees(returned, policy) : returned;
  return { ok: true, value: { inputs: { ...inputs, county }, warnings: [...dated.warnings, ...retireeLockWarnings(county, policy)] } };
}

/** The model's context for a county under a policy, the baseline's moves as teacher → school. */
export function contextOf(inputs: CountyInputs, policy: Policy): ModelContext {
  return buildContext(inputs.county, policy, new Map(inputs.baseline.map((m) => [m.teacherId, m.toSchoolId])));
}

/** The county and baseline as a plan counts them (see {@link datedOf}; teachers in their sections) under the policy, with the warnings about them: every check of the inputs before the model. */
export function checkedCounty(read: CountyInputs, sets: readonly PolicySetting[], currentYear: number): Result<Omit<Prepared, 'ctx'>> {
  const policy = policyOf(read.county, sets, currentYear);
  if (!policy.ok) return policy;
  const dated = datedOf(read, policy.value);
  if (!dated.ok) return dated;
  const { inputs, warnings } = dated.value;
  const county = withSections(inputs.county);
  const warned = [
    ...warnings,
    ...sectionWarnings(inputs.county),
    ...unpostedSubjectWarnings(county, policy.value),
    ...unstaffedSubjectWarnings(county, policy.value),
    ...unknownBirthWarnings(county, policy.value),
    ...retirementInTermWarnings(county, policy.value),
    ...staleExchangeWarnings(county, policy.value),
    ...unknownScarceWarnings(county, policy.value),
  ];
  return { ok: true, value: { ...inputs, county, policy: policy.value, warnings: warned } };
}

/** The whole preamble: county and baseline → policy → dates counted to the cut-off → context. */
export async function prepare(opts: PrepareOptions, currentYear: number): Promise<Result<Prepared>> {
  const read = await readCounty(opts.inputs, opts.baseline, opts.policyFiles);
  if (!read.ok) return read;
  const checked = checkedCounty(read.value, opts.sets, currentYear);
  if (!checked.ok) return checked;
  const facts = read.value.baselineFacts ?? { edited: [] };
  // An edited list given back as locks (the README's round trip, in the folder itself) is read: no warning of it.
  const paths = new Set(opts.inputs.map((p) => resolve(p)));
  const unread = { ...facts, edited: facts.edited.filter((name) => opts.baseline === undefined || !paths.has(resolve(opts.baseline, name))) };
  const given = read.value.county.files.map((f) => ({ name: f.name, sha256: f.sha256 }));
  const other = opts.baseline === undefined ? [] : baselineWarnings(opts.baseline, unread, checked.value.policy.planYear, given);
  const value = { ...checked.value, warnings: [...checked.value.warnings, ...other] };
  return { ok: true, value: { ...value, ctx: contextOf(value, value.policy) } };
}

/**
 * A baseline plan made for another plan year than this run's (last year's folder, given by mistake),
 * its files edited since it was written, and the locks and objections files it was made with that
 * this run is not given (their decisions are no longer locks: baseline-decisions.ts). Last year's
 * decision files are not this year's: of a baseline of another year only the year is said.
 */
function baselineWarnings(dir: string, facts: BaselineFacts, planYear: number, given: readonly GivenInput[]): InputIssue[] {
  const edited = facts.edited.map((name) => ({
    file: showPath(join(dir, name)),
    zh: '基准方案的此文件在写出后被修改; 基准按写出时的方案读（explain.json）, 不含这些修改: 要让修改起作用, 请把修改后的名单作为锁定给出（--locks）',
    en: 'this file of the baseline was changed after the plan was written; the baseline is the plan as written (explain.json), without the changes: to have them count, give the edited list as locks (--locks)',
  }));
  if (facts.year !== undefined && facts.year !== planYear) return [otherYearWarning(dir, facts.year, planYear), ...edited];
  return [...edited, ...droppedDecisionWarnings(showPath(dir), droppedDecisionFiles(facts.inputs ?? [], given))];
}

/** A baseline plan made for another plan year than this run's (last year's folder, given by mistake). */
function otherYearWarning(dir: string, year: number, planYear: number): InputIssue {
  return {
    file: showPath(dir),
    zh: `基准方案是 ${year} 年的方案, 本次规划的是 ${planYear} 年: 若本次也是 ${year} 年的规划, 请加 --set plan.year=${year}; 否则请换用本年的方案作基准`,
    en: `the baseline is a plan for ${year}, and this run plans ${planYear}: if this run is for ${year} too, add --set plan.year=${year}; otherwise give this year's plan as the baseline`,
  };
}
