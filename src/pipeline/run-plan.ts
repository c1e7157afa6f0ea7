/**
 * `rotate plan` as one function, one call per stage: prepare (county, baseline, policy, context)
 * → check the locks and the output folder → solve (model, solver, teachers named, verified) →
 * explain → write the plan folder whole. Pure stages live in their folders; this file only
 * sequences them and times them.
 */
import type { PolicySetting } from '../domain/policy.js';
import type { Policy } from '../domain/policy.js';
import type { County, InputIssue } from '../domain/types.js';
import { buildModel } from '../plan/build-model.js';
import { checkFolder, outputTarget, recoverFolder, writeFolderAtomically, type OutputFile } from '../output/write-folder.js';
import { lockFolder } from '../output/folder-lock.js';
import { sideOutputIssue } from '../output/side-output.js';
import { writeFileAtomically } from '../output/write-file.js';
import { groundPlan, type Plan } from '../plan/build-plan.js';
import { checkLocks } from '../plan/check-locks.js';
import type { Conflict } from '../plan/diagnose.js';
import { explainPlan, type Explanation } from '../plan/explain.js';
import type { TeacherStatus } from '../plan/teacher-status.js';
import { Handover } from './handover.js';
import type { ModelContext } from '../model/context.js';
import { lockEffects, lockReference, type LockReport } from '../plan/lock-effects.js';
import { objectionReport, type ObjectionReport } from '../plan/objection-report.js';
import { SUMMARY_FILE, summaryJson, summaryObject, type Summary } from '../plan-folder/summary-file.js';
import { folderSummary } from '../plan-folder/folder-summary.js';
import { warmWorkbook } from '../plan-folder/plan-workbook.js';
import type { SolverName } from '../solve/choose-solver.js';
import { LP_FIRST_LINE, toLpFormat } from '../solve/lp-format.js';
import type { PlanSolver, Releasable, SolveOptions, SolveResult } from '../solve/result.js';
import { planFiles } from './plan-files.js';
import { prepare } from './prepare.js';
import { solveLocked } from './unlocked-first.js';
import { solverFor } from './solver-for.js';

export interface PlanOptions {
  inputs: string[];
  /** The inputs given with --policy, in order: read after the others, their rows win. */
  policyFiles?: string[];
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

/** Where a run settles its memory: between two stages, or just before a solve (where the solver's memory comes on top). */
export type SettlePoint = 'stage' | 'solve';

/** What the edge needs from the outside world: the clock and the version. */
export interface Env {
  now: () => number;
  currentYear: number;
  version: string;
  /** Unique tag for temporary folder names (the CLI passes its process id). */
  tag: string;
  /** Progress lines (stage names); the CLI decides whether to show them. */
  progress: (stage: string) => void;
  /** Called between stages that leave much garbage behind and before each solve (the CLI collects it when the heap is large); optional. */
  settle?: (point: SettlePoint) => void;
  /** Test seam: a solver used instead of the one `opts.solver` names (released like it, if it can be). */
  solver?: PlanSolver & Partial<Releasable>;
}

export interface PlanReport {
  county: County;
  policy: Policy;
  plan: Plan;
  solve: SolveResult;
  summary: Summary;
  relaxed: boolean;
  conflicts: Conflict[];
  seconds: Record<string, number>;
  locks: LockReport;
  /** The objection report, when an objections file was among the inputs. */
  objections: ObjectionReport | null;
  /** Non-fatal input problems (years at the school that disagree with the date joined, implausible ages). */
  warnings: InputIssue[];
  /** The summary.json of the plan the output folder held before this one replaced it; null when it held none. */
  previous: Summary | null;
}

export type PlanOutcome =
  | { kind: 'written'; report: PlanReport }
  | { kind: 'bad-input'; issues: InputIssue[] }
  /** `byLocks`: a lock breaks a hard rule (found before solving; no --relax drops a lock). */
  | { kind: 'infeasible'; conflicts: Conflict[]; byLocks?: boolean }
  | { kind: 'solver-failed'; solve: SolveResult; timeLimit?: number }
  | { kind: 'unverified'; plan: Plan; solve?: SolveResult };

/** What a run holds until it ends: the output folder's lock, and the solver until its last solve (then undefined). */
interface Held {
  unlock?: () => Promise<void>;
  solver?: Promise<PlanSolver & Partial<Releasable>>;
}

/**
 * The whole pipeline: read → policy → model → solve → assign → verify → write. The output
 * folder is locked against another run from its first check to the swap (see folder-lock.ts).
 * The solver is released after the last solve, before the teachers are named (its thread and
 * HiGHS's memory are not needed then), or when the run ends early.
 */
export async function runPlan(opts: PlanOptions, env: Env): Promise<PlanOutcome> {
  const held: Held = {};
  try {
    return await runPlanHeld(opts, env, held);
  } finally {
    await releaseSolver(held);
    await held.unlock?.();
  }
}

/** Releases the run's solver, if the run has not (a solver that failed to load holds nothing). */
async function releaseSolver(held: Held): Promise<void> {
  const solver = held.solver;
  held.solver = undefined;
  (await solver?.catch(() => undefined))?.release?.();
}

async function runPlanHeld(opts: PlanOptions, env: Env, held: Held): Promise<PlanOutcome> {
  // A side output that may not be written is refused before any work.
  const side = opts.exportModel === undefined ? null : await sideOutputIssue(opts.exportModel, { option: '--export-model', extension: '.lp', inputs: [...opts.inputs, ...(opts.baseline !== undefined ? [opts.baseline] : [])], ownOutput: opts.outDir, force: opts.force === true, ours: (line) => line.startsWith(LP_FIRST_LINE) });
  if (side) return { kind: 'bad-input', issues: [side] };
  const seconds: Record<string, number> = {};
  let t0 = env.now();
  const lap = (stage: string): void => {
    const t = env.now();
    // A stage told twice (the model, built again after a lean solve) adds up.
    seconds[stage] = (seconds[stage] ?? 0) + (t - t0) / 1000;
    t0 = t;
  };
  // The solver thread starts now: it loads HiGHS while this thread reads the files.
  const solverReady = env.solver ? Promise.resolve(env.solver) : solverFor(opts.solver);
  held.solver = solverReady;
  env.progress('read');
  const prepared = await prepare(opts, env.currentYear);
  if (!prepared.ok) return { kind: 'bad-input', issues: prepared.issues };
  const { county, policy, ctx, warnings } = prepared.value;
  const lockConflicts = checkLocks(ctx);
  if (lockConflicts.length > 0) return { kind: 'infeasible', conflicts: lockConflicts, byLocks: true };
  // Taking the lock also proves, before solving, that the folder can be written (else an environment error).
  held.unlock = await lockFolder(await outputTarget(opts.outDir), env.tag);
  const folder = await outputFolderIssue(opts);
  if (folder) return { kind: 'bad-input', issues: [folder] };
  // The plan this run will replace, if any: the terminal says what it was, so that a run of a tuning loop into the same folder loses nothing unsaid.
  const previous = await folderSummary(opts.outDir);
  if (opts.exportModel) await writeFileAtomically(opts.exportModel, toLpFormat(buildModel(ctx, { elastic: false }).lp), env.tag);
  lap('read');

  // What reading left behind goes before the model is built.
  env.settle?.('stage');
  env.progress('solve');
  const solver = await solverReady;
  // The solver (its thread, HiGHS's memory) goes as soon as nothing more is solved: after the
  // plan's own solve, or, when the locks' reference plan needs a solve, after that one. A solve
  // after that (a lazy rule broken) starts it again, and it goes again after that solve.
  let solvedSince = true;
  const release = (): void => {
    if (!solvedSince) return;
    solvedSince = false;
    held.solver = undefined;
    solver.release?.();
  };
  // The garbage of building a solve's model (the model's objects too, when the solve is lean and
  // gets the model packed) goes while the solver thread works on it, before HiGHS's memory grows;
  // then what the plan will be figured and checked against is worked out from the county, and the
  // workbook's compressor loaded if this thread will use it: this thread would otherwise only
  // wait. Where no solver took that work up (a solve in this thread calls it first), it is done
  // when the solve is over.
  const settling =
    <M>(solve: (lp: M, o: SolveOptions, now: () => number) => SolveResult) =>
    (lp: M, o: SolveOptions, now: () => number): SolveResult => {
      let settled = false;
      const settle = (): void => {
        if (settled) return;
        settled = true;
        env.settle?.('solve');
        groundPlan(ctx);
        warmWorkbook(county.teachers.length, county.lang);
      };
      solvedSince = true;
      const r = solve(lp, { ...o, whileSolving: settle }, now);
      settle();
      return r;
    };
  const settled: PlanSolver = Object.assign(settling(solver), solver.packed ? { packed: settling(solver.packed) } : {});
  // Locks without a baseline: the county is planned without them first (unlocked-first.ts); that
  // plan is what they are measured against, the plan itself when it keeps every lock, and else
  // the baseline of the plan with them, so that the locks move what they must and leave the rest.
  const { solved, ctx: planCtx, unlocked } = solveLocked(ctx, opts.baseline !== undefined, opts.relax, env.now, settled, lap, release);
  if (solved.kind === 'solver-failed') return { ...solved, timeLimit: policy.timeLimit };
  if (solved.kind !== 'planned') return solved;
  const { solve, plan, relaxed, conflicts, modelFigures } = solved;

  env.progress('write');
  // Locks are measured against the baseline, or else against the plan the county gets without them.
  const locks = lockEffects(planCtx, plan.moves, lockReference(ctx, opts.baseline !== undefined) ?? unlocked);
  lap('locks');
  release();
  env.settle?.('stage');
  const { statuses, explanation } = explainHandedOver(planCtx, plan, relaxed);
  lap('explain');
  const summaryOf = (times?: Record<string, number>): Summary =>
    summaryObject({
      version: env.version,
      files: county.files,
      rows: rowsPerFile(county),
      policy,
      plan,
      statuses,
      solve,
      modelSize: modelFigures.size,
      modelTerms: modelFigures.terms,
      modelConstant: modelFigures.constant,
      relaxed,
      ...(times ? { seconds: times } : {}),
      locks,
    });
  const summary = summaryOf();
  const objections = objectionReport(county, plan.moves, locks);
  // Each file is made on this thread while the one before it is written: the time making them (report) is summed apart, the rest of the stage is write.
  let making = 0;
  const timed = (f: OutputFile): OutputFile => {
    const make = f.content;
    if (typeof make !== 'function') return f;
    return {
      ...f,
      content: async () => {
        // The garbage of making the file before this one goes first (its bytes may still be being written).
        env.settle?.('stage');
        const t = env.now();
        try {
          return await make();
        } finally {
          making += env.now() - t;
        }
      },
    };
  };
  const stages = (): Record<string, number> => ({ ...seconds, report: making / 1000, write: (env.now() - t0 - making) / 1000 });
  const files = planFiles({ county, policy, plan, statuses, explanation, summary, locks, objections, relaxed }).map(timed);
  // Checked again: the user may have opened and saved a file of the old plan while this ran.
  const late = await outputFolderIssue(opts);
  if (late) return { kind: 'bad-input', issues: [late] };
  // The tables, report and workbook never show times; summary.json does (with --record-time), so it is made last, once the other files are written.
  const record = (): OutputFile[] => [...files.filter((f) => f.name !== SUMMARY_FILE), { name: SUMMARY_FILE, content: () => summaryJson(summaryOf(stages())), afterWritten: true }];
  await writeFolderAtomically(opts.outDir, opts.recordTime ? record() : files, env.tag, 'plan');
  Object.assign(seconds, stages());
  return { kind: 'written', report: { county, policy, plan, solve, summary, relaxed, conflicts, seconds, locks, objections, warnings, previous } };
}

/** The plan's explanation, handed over to the file made from it (nothing here holds it after), and the teachers' statuses. */
function explainHandedOver(ctx: ModelContext, plan: Plan, relaxed: boolean): { statuses: TeacherStatus[]; explanation: Handover<Explanation> } {
  const { statuses, explanation } = explainPlan(ctx, plan, relaxed);
  return { statuses, explanation: new Handover(explanation) };
}

/** Data rows read from each input file, by file name (for summary.json's inputs). */
function rowsPerFile(county: County): Record<string, number> {
  const rows: Record<string, number> = {};
  // An upheld objection is also a lock: its row is counted once, as the objection it is.
  const objectionRows = new Set((county.objections ?? []).map((o) => `${o.source.file}\u0000${o.source.row}`));
  for (const item of [...county.schools, ...county.teachers, ...(county.retired ?? []), ...(county.posts ?? []), ...county.locks.filter((l) => !objectionRows.has(`${l.source.file}\u0000${l.source.row}`)), ...(county.objections ?? []), ...county.policy]) rows[item.source.file] = (rows[item.source.file] ?? 0) + 1;
  return rows;
}

/**
 * The output folder, put back in order if a killed run left it half-swapped, then checked:
 * a plan never replaces files the user edited or put there unless --force is given.
 */
async function outputFolderIssue(opts: PlanOptions): Promise<InputIssue | null> {
  await recoverFolder(opts.outDir);
  const c = await checkFolder(opts.outDir, { force: opts.force === true, inputs: opts.inputs, kind: 'plan' });
  return c.ok ? null : { file: '', output: true, zh: c.zh, en: c.en };
}
