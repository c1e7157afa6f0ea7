import type { Columns } from '../model/columns.js';
import type { ModelContext } from '../model/context.js';
import { buildModel, type Model } from '../plan/build-model.js';
import { assignTeachers } from '../plan/assign-teachers.js';
import { buildPlan, type Plan } from '../plan/build-plan.js';
import { bookOfMoves } from '../plan/plan-book.js';
import { termsOf } from '../plan/plan-terms.js';
import { polishPlacements } from '../plan/polish.js';
import { verifyPlan } from '../plan/verify.js';
import { smallestConflicts } from '../plan/conflict-set.js';
import { lockConflicts } from '../plan/lock-conflicts.js';
import type { Conflict } from '../plan/diagnose.js';
import { checkedSolver, refusedIf, untrusted } from '../solve/checked-solver.js';
import { jslpSolver } from '../solve/choose-solver.js';
import { checkPacked } from '../solve/check-solution.js';
import { objectiveByTerm, termCosts, termValues, type TermCosts } from '../model/term-costs.js';
import type { Lp } from '../model/lp.js';
import type { BuildOptions } from '../model/hard-row.js';
import { LAZY_RULES } from '../rules/registry.js';
import { copyPacked, packLp, type PackedLp } from '../solve/packed-lp.js';
import { hasPlan, type PackedSolver, type PlanSolver, type SolveResult } from '../solve/result.js';

/** What summary.json tells of the model: its size, and the objective term by term at the solution. */
export interface ModelFigures {
  size: { rows: number; columns: number; integerColumns: number };
  terms: Record<string, number>;
  /** The model's constant terms: what its objective adds to the solver's (the bound is shifted by as much). */
  constant: number;
}

export type Solved =
  | { kind: 'planned'; modelFigures: ModelFigures; solve: SolveResult; plan: Plan; relaxed: boolean; conflicts: Conflict[] }
  | { kind: 'infeasible'; conflicts: Conflict[]; byLocks?: boolean }
  | { kind: 'solver-failed'; solve: SolveResult }
  | { kind: 'unverified'; plan: Plan; solve?: SolveResult };

/** What a solve's answer is read with: the columns' meaning (to name the teachers) and the model's figures at a solution. */
interface Solvable {
  cols: Columns;
  figures: (x: readonly number[]) => Omit<ModelFigures, 'constant'>;
}

const sizeOf = (lp: Lp): ModelFigures['size'] => ({ rows: lp.rows.length, columns: lp.vars.length, integerColumns: lp.vars.filter((v) => v.integer).length });

/** A held model as a {@link Solvable}. */
const held = (model: Model): Solvable => ({ cols: model.cols, figures: (x) => ({ size: sizeOf(model.lp), terms: objectiveByTerm(model.lp, x) }) });

/**
 * The pure core: model, solve, name the teachers, polish (single changes the model could not
 * see, polish.ts), verify. The model first leaves out the lazy
 * rules (`lazyRules`, by default {@link LAZY_RULES}); the plan is checked against them, and only
 * a plan that breaks one is solved again with every rule's rows. When the hard rules conflict,
 * the elastic model finds the closest plan and its broken rules become the diagnosis; that plan is
 * returned only when `relax` is asked for. `lap` is told when each stage ends (model, solve,
 * assign: the teachers named and the plan verified), for --record-time. `solvedAll` is called
 * when no further solve is foreseen, before the teachers are named (when a plan is to be named),
 * so that the caller may release the solver's memory then; once per solve at most, and again only
 * if a lazy rule was broken and the county solved once more.
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
  const solveModel = (opts: BuildOptions): { model: Solvable; solve: SolveResult } => {
    released = false;
    const built = leanBuild(ctx, opts, planSolver, leanRows);
    lap('model');
    if (!('packed' in built)) {
      const solve = solver(built.model.lp, limit, now);
      lap('solve');
      return { model: held(built.model), solve };
    }
    const { kept } = built;
    const answer = untrusted(() => built.solve(built.packed, limit, now), now);
    lap('solve');
    // A plan came back: the solver's memory goes now (a solve that follows, elastic or with a broken lazy rule's rows, starts the solver again).
    if (hasPlan(answer)) lastSolve();
    // Checked against the rows kept; only a faulty answer has the model built again, for the names of what it breaks.
    const solve = refusedIf(answer, (x) => checkPacked(kept.packed, x, () => buildModel(ctx, opts).lp));
    return { model: { cols: kept.cols, figures: (x) => ({ size: kept.size, terms: termValues(kept.terms, x) }) }, solve };
  };
  let { model, solve } = solveModel({ elastic: false, omit: lazyRules });
  let plan: Plan | null | undefined;
  if (lazyRules.size > 0 && hasPlan(solve)) {
    lastSolve();
    plan = planFrom(ctx, model, solve, true);
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
    const elastic = buildModel(ctx, { elastic: true });
    model = held(elastic);
    solve = solver(elastic.lp, limit, now);
    // Only rules that never give way are left to conflict: move locks that no plan keeps together are named with their rows.
    if (solve.status === 'infeasible') {
      const byLocks = lockConflicts(ctx, (lp) => solver(lp, limit, now));
      if (byLocks.length > 0) return { kind: 'infeasible', conflicts: byLocks, byLocks: true };
    }
    if (!hasPlan(solve)) return { kind: 'solver-failed', solve };
    const closest = planFrom(ctx, model, solve, false);
    if (!closest) return { kind: 'solver-failed', solve };
    conflicts = smallestConflicts(ctx, closest.checks, (lp) => solver(lp, limit, now));
    if (!relax) return { kind: 'infeasible', conflicts };
    relaxed = true;
  }
  if (!hasPlan(solve)) return { kind: 'solver-failed', solve };
  lastSolve();
  if (plan === undefined) {
    plan = planFrom(ctx, model, solve, !relaxed);
    lap('assign');
  }
  if (!plan) return { kind: 'solver-failed', solve: { ...solve, status: 'failed', method: `${solve.method}; no rule-abiding matching of teachers to places` } };
  const broken = plan.checks.filter((c) => !c.held && !(relaxed && c.relaxable));
  if (broken.length > 0) return { kind: 'unverified', plan, solve };
  return { kind: 'planned', modelFigures: figuresOf(ctx, model.figures(solve.x), solve, plan, relaxed), solve: withPolish(solve, plan), plan, relaxed, conflicts };
}

/**
 * The solve's account of how the plan was found, with the single changes after the naming, if any
 * (method-text.ts translates it). What they lower is the sum of the terms (summary.json's
 * terms_total), not the model's objective a "proven optimal" speaks of.
 */
function withPolish(solve: SolveResult, plan: Plan): SolveResult {
  if (!plan.polish) return solve;
  const { changes, gain } = plan.polish;
  return { ...solve, method: `${solve.method}; then ${changes} single ${changes === 1 ? 'change' : 'changes'} of named teachers lowered the terms' total by ${Number(gain.toFixed(2))}` };
}

/** The model's constant terms: what its terms at a solver's answer add to the solver's objective (the bound is shifted by as much). */
function constantOf(terms: Record<string, number>, solve: SolveResult): number {
  return Object.values(terms).reduce((a, v) => a + v, 0) - solve.objective;
}

/**
 * The model's figures at the plan: its terms recomputed on the plan (the book gives the values the
 * model's terms take at the plan's counts: the least the model's objective takes for them, where a
 * solver's answer may leave a shortage or curve column above what its counts need), or, for a
 * relaxed plan (whose elastic terms the book does not hold), at the solver's answer; the constant
 * from the solver's answer. So summary.json's model total is the plan's, as explain.json's terms
 * are, and at or above the bound.
 */
function figuresOf(ctx: ModelContext, solved: Omit<ModelFigures, 'constant'>, solve: SolveResult, plan: Plan, relaxed: boolean): ModelFigures {
  const constant = constantOf(solved.terms, solve);
  if (relaxed) return { ...solved, constant };
  const atPlan = termsOf(bookOfMoves(ctx, plan.moves));
  const terms: Record<string, number> = {};
  for (const [k, v] of Object.entries(solved.terms)) terms[k] = k in atPlan ? atPlan[k as keyof typeof atPlan] : v;
  return { size: solved.size, terms, constant };
}

/**
 * From this many rows a solve is lean (when the solver takes packed models): the model is packed
 * and its objects are let go while HiGHS works; the answer is checked against a copy of the packed
 * rows and read with the columns kept (see {@link Kept}). An 80,000-teacher city (28,407 rows)
 * holds about 80 MB of model objects, and with HiGHS's memory on top the solve would come near the
 * run's peak; what is kept is about 25 MB. Smaller models (the 30,000-teacher county's has 18,101
 * rows) are held whole while they are solved: the peak is elsewhere for them.
 */
export const LEAN_ROWS = 20_000;

/**
 * What a lean solve keeps of its model while the solver works: the columns' meaning, a copy of the
 * packed rows (to check the answer against), the objective's terms and the size. At 80,000
 * teachers about 25 MB, where the model's objects are about 80 MB.
 */
interface Kept {
  cols: Columns;
  packed: PackedLp;
  terms: TermCosts;
  size: ModelFigures['size'];
}

/** The model; or, from `leanRows` rows when the solver takes packed models, its packed form, that solver and what is kept: nothing else of the model outlives this call. */
function leanBuild(ctx: ModelContext, opts: BuildOptions, solver: PlanSolver, leanRows: number): { model: Model } | { packed: PackedLp; solve: PackedSolver; kept: Kept } {
  const model = buildModel(ctx, opts);
  if (!solver.packed || model.lp.rows.length < leanRows) return { model };
  const packed = packLp(model.lp);
  return { packed, solve: solver.packed, kept: { cols: model.cols, packed: copyPacked(packed), terms: termCosts(model.lp), size: sizeOf(model.lp) } };
}

/**
 * Names teachers for the solved counts, polishes the plan (`polish`: single changes that lower the
 * objective, keep every rule and leave the model's terms as they are or lower them within the
 * solve's gap, see polish.ts; not for a relaxed plan) and checks it; null when no rule-abiding
 * matching exists.
 */
function planFrom(ctx: ModelContext, model: Solvable, solve: SolveResult, polish: boolean): Plan | null {
  const assigned = assignTeachers(ctx, model, solve.x);
  if (!assigned.ok) return null;
  if (!polish) return buildPlan(ctx, assigned.placements);
  // The model's terms may fall to the bound the solve proved, with the model's constant terms, no further (see polish.ts).
  const floor = solve.bound !== undefined ? solve.bound + constantOf(model.figures(solve.x).terms, solve) : undefined;
  const { placements, changes, gain, room } = polishPlacements(ctx, assigned.placements, floor);
  // A named plan that breaks a rule is shown as it is (the solver's answer or the model is at fault), never mended by the polish.
  if (changes > 0 && verifyPlan(ctx.county, ctx.policy, assigned.placements).some((c) => !c.held)) return buildPlan(ctx, assigned.placements);
  const plan = { ...buildPlan(ctx, placements), ...(solve.bound !== undefined ? { aboveBound: room } : {}) };
  return changes > 0 ? { ...plan, polish: { changes, gain } } : plan;
}
