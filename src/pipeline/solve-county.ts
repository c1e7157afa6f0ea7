import type { ModelContext } from '../model/context.js';
import { buildModel, type Model } from '../plan/build-model.js';
import { assignTeachers } from '../plan/assign-teachers.js';
import { buildPlan, type Plan } from '../plan/build-plan.js';
import { smallestConflicts } from '../plan/conflict-set.js';
import type { Conflict } from '../plan/diagnose.js';
import { checkedSolver } from '../solve/checked-solver.js';
import { jslpSolver } from '../solve/choose-solver.js';
import type { ModelSolver, SolveResult } from '../solve/result.js';

export type Solved =
  | { kind: 'planned'; model: Model; solve: SolveResult; plan: Plan; relaxed: boolean; conflicts: Conflict[] }
  | { kind: 'infeasible'; conflicts: Conflict[] }
  | { kind: 'solver-failed'; solve: SolveResult }
  | { kind: 'unverified'; plan: Plan; solve?: SolveResult };

/**
 * The pure core: model, solve, name the teachers, verify. When the hard rules conflict, the
 * elastic model finds the closest plan and its broken rules become the diagnosis; that plan is
 * returned only when `relax` is asked for. `lap` is told when each stage ends (model, solve,
 * assign: the teachers named and the plan verified), for --record-time.
 */
export function solveCounty(ctx: ModelContext, relax: boolean, now: () => number, solver: ModelSolver = jslpSolver, lap: (stage: string) => void = () => undefined): Solved {
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
