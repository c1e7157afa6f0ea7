import type { ModelContext } from '../model/context.js';
import { buildModel, type Model } from '../plan/build-model.js';
import { assignTeachers } from '../plan/assign-teachers.js';
import { buildPlan, type Plan } from '../plan/build-plan.js';
import { smallestConflicts } from '../plan/conflict-set.js';
import type { Conflict } from '../plan/diagnose.js';
import { checkedAnswer, checkedSolver, untrusted } from '../solve/checked-solver.js';
import { jslpSolver } from '../solve/choose-solver.js';
import { objectiveByTerm } from '../model/lp.js';
import type { BuildOptions } from '../model/hard-row.js';
import { LAZY_RULES } from '../rules/registry.js';
import { packLp, type PackedLp } from '../solve/packed-lp.js';
import { hasPlan, type PackedSolver, type PlanSolver, type SolveResult } from '../solve/result.js';

export type Solved =
  | { kind: 'planned'; model: Model; solve: SolveResult; plan: Plan; relaxed: boolean; conflicts: Conflict[] }
  | { kind: 'infeasible'; conflicts: Conflict[] }
  | { kind: 'solver-failed'; solve: SolveResult }
  | { kind: 'unverified'; plan: Plan; solve?: SolveResult };

/** What summary.json tells of the model: its size, and the objective term by term at the solution. */
export interface ModelFigures {
  size: { rows: number; columns: number; integerColumns: number };
  terms: Record<string, number>;
}

/** A result with the model's figures in place of the model. */
export type Figured = Exclude<Solved, { kind: 'planned' }> | (Omit<Extract<Solved, { kind: 'planned' }>, 'model'> & { modelFigures: ModelFigures });

/**
 * The result without its model, the largest structure of a run (about 100 MB at 80,000 teachers):
 * what summary.json needs of it is taken now, and the model is free to go before the files are made.
 */
export function withoutModel(solved: Solved): Figured {
  if (solved.kind !== 'planned') return solved;
  const { model, ...rest } = solved;
  const size = { rows: model.lp.rows.length, columns: model.lp.vars.length, integerColumns: model.lp.vars.filter((v) => v.integer).length };
  return { ...rest, modelFigures: { size, terms: objectiveByTerm(model.lp, solved.solve.x) } };
}

/**
 * The pure core: model, solve, name the teachers, verify. The model first leaves out the lazy
 * rules (`lazyRules`, by default {@link LAZY_RULES}); the plan is checked against them, and only
 * a plan that breaks one is solved again with every rule's rows. When the hard rules conflict,
 * the elastic model finds the closest plan and its broken rules become the diagnosis; that plan is
 * returned only when `relax` is asked for. `lap` is told when each stage ends (model, solve,
 * assign: the teachers named and the plan verified), for --record-time; model twice when the
 * solve is lean (see {@link LEAN_ROWS}), the second time for the model built again. `solvedAll` is called when no further
 * solve is foreseen, before the teachers are named (when a plan is to be named), so that the
 * caller may release the solver's memory then (after a lean solve, before the model is built
 * again); once per solve at most, and again only if a lazy rule was broken and the county solved
 * once more.
 */
export function solveCounty(ctx: ModelContext, relax: boolean, now: () => number, planSolver: PlanSolver = jslpSolver, lap: (stage: string) => void = () => undefined, solvedAll: () => void = () => undefined, leanRows: number = LEAN_ROWS, lazyRules: ReadonlySet<string> = LAZY_RULES): Solved {
  // Nothing a solver returns is used before it is checked against the model.
  const solver = checkedSolver(planSolver);
  const limit = { timeLimit: ctx.policy.timeLimit };
  let released = false;
  const lastSolve = (): void => {
    if (!released) solvedAll();
    released = true;
  };
  /** The model built with these options, and its solve (lean from `leanRows` rows). */
  const solveModel = (opts: BuildOptions): { model: Model; solve: SolveResult } => {
    released = false;
    const built = leanBuild(ctx, opts, planSolver, leanRows);
    lap('model');
    if (!('packed' in built)) {
      const solve = solver(built.model.lp, limit, now);
      lap('solve');
      return { model: built.model, solve };
    }
    const answer = untrusted(() => built.solve(built.packed, limit, now), now);
    lap('solve');
    // A plan came back: the solver's memory goes before the model is built again (a solve that
    // follows, elastic or with a broken lazy rule's rows, starts the solver again).
    if (hasPlan(answer)) lastSolve();
    const model = buildModel(ctx, opts);
    lap('model');
    return { model, solve: checkedAnswer(model.lp, answer) };
  };
  let { model, solve } = solveModel({ elastic: false, omit: lazyRules });
  let plan: Plan | null | undefined;
  if (lazyRules.size > 0 && hasPlan(solve)) {
    lastSolve();
    plan = planFrom(ctx, model, solve);
    lap('assign');
    if (plan?.checks.some((c) => lazyRules.has(c.rule) && !c.held)) {
      ({ model, solve } = solveModel({ elastic: false }));
      plan = undefined;
    }
  }
  let relaxed = false;
  let conflicts: Conflict[] = [];
  // Rows left out only widen the choice: without them the model is infeasible only if it is with them.
  if (solve.status === 'infeasible') {
    model = buildModel(ctx, { elastic: true });
    solve = solver(model.lp, limit, now);
    if (!hasPlan(solve)) return { kind: 'solver-failed', solve };
    const closest = planFrom(ctx, model, solve);
    if (!closest) return { kind: 'solver-failed', solve };
    conflicts = smallestConflicts(ctx, closest.checks, (lp) => solver(lp, limit, now));
    if (!relax) return { kind: 'infeasible', conflicts };
    relaxed = true;
  }
  if (!hasPlan(solve)) return { kind: 'solver-failed', solve };
  lastSolve();
  if (plan === undefined) {
    plan = planFrom(ctx, model, solve);
    lap('assign');
  }
  if (!plan) return { kind: 'solver-failed', solve: { ...solve, status: 'failed', method: `${solve.method}; no rule-abiding matching of teachers to places` } };
  const broken = plan.checks.filter((c) => !c.held && !(relaxed && c.relaxable));
  if (broken.length > 0) return { kind: 'unverified', plan, solve };
  return { kind: 'planned', model, solve, plan, relaxed, conflicts };
}

/**
 * From this many rows the first solve is lean (when the solver takes packed models): the model is
 * packed and its objects are let go while HiGHS works, then built again (the same county gives the
 * same model) for the answer's check and the naming. An 80,000-teacher city (29,736 rows) holds
 * about 100 MB of model objects, and with HiGHS's memory on top the solve set the run's peak; the
 * 30,000-teacher county (18,101 rows) and smaller ones keep their model, as building it again costs
 * the model stage's time once more.
 */
export const LEAN_ROWS = 20_000;

/** The model; or, from `leanRows` rows when the solver takes packed models, only its packed form and that solver: nothing else of the model outlives this call. */
function leanBuild(ctx: ModelContext, opts: BuildOptions, solver: PlanSolver, leanRows: number): { model: Model } | { packed: PackedLp; solve: PackedSolver } {
  const model = buildModel(ctx, opts);
  return solver.packed && model.lp.rows.length >= leanRows ? { packed: packLp(model.lp), solve: solver.packed } : { model };
}

/** Names teachers for the solved counts and checks the plan; null when no rule-abiding matching exists. */
function planFrom(ctx: ModelContext, model: Model, solve: SolveResult): Plan | null {
  const assigned = assignTeachers(ctx, model, solve.x);
  return assigned.ok ? buildPlan(ctx, assigned.placements) : null;
}
