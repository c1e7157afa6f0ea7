import type { PolicySetting } from './domain/policy.js';
import { resolvePolicy, type Policy } from './domain/policy.js';
import { subjectKey } from './domain/subjects.js';
import type { County, InputIssue } from './domain/types.js';
import { buildModel, type Model } from './plan/build-model.js';
import { buildContext, type ModelContext } from './model/context.js';
import { objectiveByTerm } from './model/lp.js';
import { checkFolder, outputTarget, recoverFolder, writeFolderAtomically, type OutputFile } from './output/write-folder.js';
import { lockFolder } from './output/folder-lock.js';
import { sideOutputIssue } from './output/side-output.js';
import { writeFileAtomically } from './output/write-file.js';
import { LP_FIRST_LINE, toLpFormat } from './solve/lp-format.js';
import { toCsv } from './output/csv.js';
import { assignmentColumns, markRelaxed, schoolColumns, teacherColumns } from './output/plan-tables.js';
import { explainJson } from './output/explain-file.js';
import { stableJson } from './output/stable-json.js';
import { summaryObject } from './output/summary.js';
import { renderReport } from './report/render-report.js';
import { assignTeachers } from './plan/assign-teachers.js';
import { buildPlan, type Plan } from './plan/build-plan.js';
import { checkLocks } from './plan/check-locks.js';
import type { Conflict } from './plan/diagnose.js';
import { smallestConflicts } from './plan/conflict-set.js';
import { explainPlan } from './plan/explain.js';
import { withDeletedRowLocks } from './plan/baseline-locks.js';
import { lockEffects, lockReference, type LockReport } from './plan/lock-effects.js';
import { baselineIssues, readBaseline } from './review/read-plan.js';
import { limitIssues } from './schema/limit-issues.js';
import { withBaselineColumn } from './output/baseline-column.js';
import { loadCounty } from './schema/load-county.js';
import { chooseSolver, jslpSolver, type ModelSolver, type SolverName } from './solve/choose-solver.js';
import { loadHighs } from './solve/highs.js';
import { workerAvailable } from './solve/guarded-solver.js';
import { checkedSolver } from './solve/checked-solver.js';
import type { SolveResult } from './solve/result.js';

export interface PlanOptions {
  inputs: string[];
  outDir: string;
  /** Policy settings from --policy files' rows are read with the inputs; these come from --set. */
  sets: PolicySetting[];
  /** Write the closest plan when hard rules conflict, marked as relaxed. */
  relax: boolean;
  /** Record wall times in summary.json (reruns are then not byte-identical). */
  recordTime: boolean;
  /** A previous plan folder to stay close to (--baseline); its deleted rows become stay locks. */
  baseline?: string;
  /** Which solver: auto (javascript-lp-solver for small models, HiGHS for large), jslp or highs. */
  solver: SolverName;
  /** Also write the model in CPLEX LP format to this file (--export-model). */
  exportModel?: string;
  /** Replace an output folder that holds edited or foreign files (--force). */
  force?: boolean;
}

/** What the edge needs from the outside world: the clock and the version. */
export interface Env {
  now: () => number;
  currentYear: number;
  version: string;
  /** Unique tag for temporary folder names (the CLI passes its process id). */
  tag: string;
  /** Progress lines (stage names); the CLI decides whether to show them. */
  progress: (stage: string) => void;
  /** Test seam: a solver used instead of the one `opts.solver` names. */
  solver?: ModelSolver;
}

export interface PlanReport {
  county: County;
  policy: Policy;
  plan: Plan;
  solve: SolveResult;
  summary: Record<string, unknown>;
  relaxed: boolean;
  conflicts: Conflict[];
  seconds: Record<string, number>;
  locks: LockReport;
}

export type PlanOutcome =
  | { kind: 'written'; report: PlanReport }
  | { kind: 'bad-input'; issues: InputIssue[] }
  | { kind: 'infeasible'; conflicts: Conflict[] }
  | { kind: 'solver-failed'; solve: SolveResult; timeLimit?: number }
  | { kind: 'unverified'; plan: Plan; solve?: SolveResult };

/**
 * The whole pipeline: read → policy → model → solve → assign → verify → write. The output
 * folder is locked against another run from its first check to the swap (see folder-lock.ts).
 */
export async function runPlan(opts: PlanOptions, env: Env): Promise<PlanOutcome> {
  const lock: { release?: () => Promise<void> } = {};
  try {
    return await runPlanLocked(opts, env, lock);
  } finally {
    await lock.release?.();
  }
}

async function runPlanLocked(opts: PlanOptions, env: Env, lock: { release?: () => Promise<void> }): Promise<PlanOutcome> {
  // A side output that may not be written is refused before any work.
  const side = opts.exportModel === undefined ? null : await sideOutputIssue(opts.exportModel, { option: '--export-model', inputs: [...opts.inputs, ...(opts.baseline !== undefined ? [opts.baseline] : [])], ownOutput: opts.outDir, force: opts.force === true, ours: (line) => line.startsWith(LP_FIRST_LINE) });
  if (side) return { kind: 'bad-input', issues: [side] };
  const seconds: Record<string, number> = {};
  let t0 = env.now();
  const lap = (stage: string): void => {
    const t = env.now();
    seconds[stage] = (t - t0) / 1000;
    t0 = t;
  };
  env.progress('read');
  const loaded = await loadCounty(opts.inputs);
  if (!loaded.ok) return { kind: 'bad-input', issues: loaded.issues };
  const baseline = await readBaseline(opts.baseline);
  if (!baseline.ok) return { kind: 'bad-input', issues: baseline.issues };
  const misfit = opts.baseline === undefined ? [] : baselineIssues(baseline.value, loaded.value, opts.baseline);
  if (misfit.length > 0) return { kind: 'bad-input', issues: limitIssues(misfit) };
  const county = withDeletedRowLocks(loaded.value, baseline.value);
  const settings: PolicySetting[] = [...county.policy.map((e) => ({ key: e.key, value: e.value, file: e.source.file, row: e.source.row })), ...opts.sets];
  const policy = resolvePolicy(settings, env.currentYear, subjectKey);
  if (!policy.ok) return { kind: 'bad-input', issues: policy.issues };
  const ctx = buildContext(county, policy.value, new Map(baseline.value.map((m) => [m.teacherId, m.toSchoolId])));
  const lockConflicts = checkLocks(ctx);
  if (lockConflicts.length > 0) return { kind: 'infeasible', conflicts: lockConflicts };
  // Taking the lock also proves, before solving, that the folder can be written (else an environment error).
  lock.release = await lockFolder(await outputTarget(opts.outDir), env.tag);
  const folder = await outputFolderIssue(opts);
  if (folder) return { kind: 'bad-input', issues: [folder] };
  if (opts.exportModel) await writeFileAtomically(opts.exportModel, toLpFormat(buildModel(ctx, { elastic: false }).lp), env.tag);
  lap('read');

  env.progress('solve');
  const highs = opts.solver === 'jslp' || env.solver || workerAvailable() ? undefined : await loadHighs();
  const solver = env.solver ?? chooseSolver(opts.solver, highs, true);
  const solved = solveCounty(ctx, opts.relax, env.now, solver);
  if (solved.kind === 'solver-failed') return { ...solved, timeLimit: policy.value.timeLimit };
  if (solved.kind !== 'planned') return solved;
  const { model, solve, plan, relaxed, conflicts } = solved;
  lap('solve');

  env.progress('write');
  const { statuses, explanation } = explainPlan(ctx, plan, relaxed);
  const rows: Record<string, number> = {};
  for (const item of [...county.schools, ...county.teachers, ...(county.posts ?? []), ...county.locks, ...county.policy]) rows[item.source.file] = (rows[item.source.file] ?? 0) + 1;
  // Locks are measured against the baseline, or else against the plan the county gets without them.
  const locks = lockEffects(ctx, plan.moves, lockReference(ctx, opts.baseline !== undefined, plan.moves, (c) => solveCounty(c, false, env.now, solver)));
  const summary = { ...summaryObject({
    version: env.version,
    files: county.files,
    rows,
    policy: policy.value,
    plan,
    statuses,
    solve,
    modelSize: { rows: model.lp.rows.length, columns: model.lp.vars.length, integerColumns: model.lp.vars.filter((v) => v.integer).length },
    modelTerms: objectiveByTerm(model.lp, solve.x),
    relaxed,
    ...(opts.recordTime ? { seconds } : {}),
  }), locks };
  const lang = county.lang;
  const relaxedRules = relaxed ? plan.checks.filter((c) => !c.held).map((c) => c.rule) : [];
  const files: OutputFile[] = [
    { name: 'assignments.csv', content: toCsv(markRelaxed(withBaselineColumn(assignmentColumns(lang), locks, lang), relaxedRules, lang), plan.moves, lang) },
    { name: 'schools.csv', content: toCsv(markRelaxed(schoolColumns(), relaxedRules, lang), plan.figures, lang) },
    { name: 'teachers.csv', content: toCsv(markRelaxed(teacherColumns(lang), relaxedRules, lang), statuses, lang) },
    { name: 'summary.json', content: stableJson(summary) },
    { name: 'report.html', content: renderReport({ county, policy: policy.value, plan, summary, relaxed }) },
  ];
  files.push({ name: 'explain.json', content: explainJson(explanation, files.filter((f) => f.name.endsWith('.csv'))) });
  // Checked again: the user may have opened and saved a file of the old plan while this ran.
  const late = await outputFolderIssue(opts);
  if (late) return { kind: 'bad-input', issues: [late] };
  await writeFolderAtomically(opts.outDir, files, env.tag);
  lap('write');
  return { kind: 'written', report: { county, policy: policy.value, plan, solve, summary, relaxed, conflicts, seconds, locks } };
}

/**
 * The output folder, put back in order if a killed run left it half-swapped, then checked:
 * a plan never replaces files the user edited or put there unless --force is given.
 */
async function outputFolderIssue(opts: PlanOptions): Promise<InputIssue | null> {
  await recoverFolder(opts.outDir);
  const c = await checkFolder(opts.outDir, { force: opts.force === true, inputs: opts.inputs });
  return c.ok ? null : { file: '', zh: c.zh, en: c.en };
}

export type Solved =
  | { kind: 'planned'; model: Model; solve: SolveResult; plan: Plan; relaxed: boolean; conflicts: Conflict[] }
  | { kind: 'infeasible'; conflicts: Conflict[] }
  | { kind: 'solver-failed'; solve: SolveResult }
  | { kind: 'unverified'; plan: Plan; solve?: SolveResult };

/**
 * The pure core: model, solve, name the teachers, verify. When the hard rules conflict, the
 * elastic model finds the closest plan and its broken rules become the diagnosis; that plan is
 * returned only when `relax` is asked for.
 */
export function solveCounty(ctx: ModelContext, relax: boolean, now: () => number, solver: ModelSolver = jslpSolver): Solved {
  // Nothing a solver returns is used before it is checked against the model.
  solver = checkedSolver(solver);
  const limit = { timeLimit: ctx.policy.timeLimit };
  let model = buildModel(ctx, { elastic: false });
  let solve = solver(model.lp, limit, now);
  let relaxed = false;
  let conflicts: Conflict[] = [];
  if (solve.status === 'infeasible') {
    model = buildModel(ctx, { elastic: true });
    solve = solver(model.lp, limit, now);
    if (solve.status !== 'optimal' && solve.status !== 'feasible') return { kind: 'solver-failed', solve };
    const closest = planFrom(ctx, model, solve);
    if (!closest) return { kind: 'solver-failed', solve };
    conflicts = smallestConflicts(ctx, closest.checks, (lp) => solver(lp, limit, now));
    if (!relax) return { kind: 'infeasible', conflicts };
    relaxed = true;
  }
  if (solve.status !== 'optimal' && solve.status !== 'feasible') return { kind: 'solver-failed', solve };
  const plan = planFrom(ctx, model, solve);
  if (!plan) return { kind: 'solver-failed', solve: { ...solve, status: 'failed', method: `${solve.method}; no rule-abiding matching of teachers to places` } };
  const broken = plan.checks.filter((c) => !c.held && !(relaxed && c.relaxable));
  if (broken.length > 0) return { kind: 'unverified', plan, solve };
  return { kind: 'planned', model, solve, plan, relaxed, conflicts };
}

/** Names teachers for the solved counts and checks the plan; null when no rule-abiding matching exists. */
function planFrom(ctx: ModelContext, model: Model, solve: SolveResult): Plan | null {
  const assigned = assignTeachers(ctx, model, solve.x);
  return assigned.ok ? buildPlan(ctx, assigned.placements) : null;
}
