import type { ModelContext } from '../model/context.js';
import { buildModel, type Model } from '../plan/build-model.js';
import { assignTeachers } from '../plan/assign-teachers.js';
import { buildPlan, type Plan } from '../plan/build-plan.js';
import { smallestConflicts } from '../plan/conflict-set.js';
import type { Conflict } from '../plan/diagnose.js';
import { checkedSolver } from '../solve/checked-solver.js';
import { jslpSolver } from '../solve/choose-solver.js';
import { objectiveByTerm } from '../model/lp.js';
import type { ModelSolver, SolveResult } from '../solve/result.js';

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
 * The pure core: model, solve, name the teachers, verify. When the hard rules conflict, the
 * elastic model finds the closest plan and its broken rules become the diagnosis; that plan is
 * returned only when `relax` is asked for. `lap` is told when each stage ends (model, solve,
 * assign: the teachers named and the plan verified), for --record-time. `solvedAll` is called
 * after the last solve, before the teachers are named (when a plan is to be named), so that the
 * caller may release the solver's memory then.
 */
export function solveCounty(ctx: ModelContext, relax: boolean, now: () => number, solver: ModelSolver = jslpSolver, lap: (stage: string) => void = () => undefined, solvedAll: () => void = () => undefined): Solved {
  // Nothing a solver returns is used before it is checked against the model.
  solver = checkedSolver(solver);
  const limit = { timeLimit: ctx.policy.timeLimit };
  let model = buildModel(ctx, { elastic: false });
  lap('model');
  let solve = solver(model.lp, limit, now);
  lap('solve');
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
  solvedAll();
  const plan = planFrom(ctx, model, solve);
  lap('assign');
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
