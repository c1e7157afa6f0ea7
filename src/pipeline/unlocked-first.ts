/**
 * A county planned with locks and no baseline is first planned without its locks: that plan is
 * what the locks are measured against (the plan a run without the locks file writes), and, when
 * it keeps every lock already, it is the plan. A lock that changes nothing (a stay lock on a
 * teacher who stays anyway) then changes nothing: solving the locked model instead could return
 * another of several equally good plans and rearrange moves the lock has nothing to do with.
 * When it breaks a lock, it is the baseline of the locked plan (run-plan.ts): each change against
 * it costs weights.baseline, so the locks move what they must and the rest of it stays.
 */
import type { Lock } from '../domain/types.js';
import { buildContext, type ModelContext } from '../model/context.js';
import { buildPlan, type Move } from '../plan/build-plan.js';
import { referenceSolves, type LockReference } from '../plan/lock-effects.js';
import type { PlanSolver } from '../solve/result.js';
import { solveCounty, type Solved } from './solve-county.js';

type Planned = Extract<Solved, { kind: 'planned' }>;

/** The county without its locks (upheld objections are locks too), as a run without the locks file reads it. */
export function unlockedContext(ctx: ModelContext): ModelContext {
  return buildContext({ ...ctx.county, locks: [] }, ctx.policy);
}

/** Whether `moves` keep every lock: a stay lock's teacher does not move, a move lock's goes where it says, a forbid lock's does not go there. */
export function keepsLocks(locks: readonly Lock[], moves: readonly Move[]): boolean {
  const to = new Map(moves.map((m) => [m.teacher.id, m.to.id]));
  return locks.every((l) => (l.action === 'stay' ? !to.has(l.teacherId) : l.action === 'move' ? to.get(l.teacherId) === l.schoolId : to.get(l.teacherId) !== l.schoolId));
}

/**
 * The plan without the locks, as the plan of the county with them (`ctx`): the same moves, named
 * again under the locks (a move a lock asks for is marked locked, its reason says so) and checked
 * against every rule, the locks' included. Its solve stands for the locked model too: the plan is
 * feasible there, and the bound of the model without the locks is a bound of the model with them.
 */
export function asLockedPlan(ctx: ModelContext, free: Planned): Planned {
  const moveLocks = new Set(ctx.county.locks.filter((l) => l.action === 'move').map((l) => l.teacherId));
  const placements = free.plan.moves.map((m) => ({ teacherId: m.teacher.id, fromSchoolId: m.from.id, toSchoolId: m.to.id, locked: moveLocks.has(m.teacher.id) }));
  const { aboveBound, polish } = free.plan;
  const plan = { ...buildPlan(ctx, placements), ...(aboveBound !== undefined ? { aboveBound } : {}), ...(polish ? { polish } : {}) };
  return { ...free, plan };
}

/** A county's plan as `rotate plan` makes it, the context it was planned in, and the plan without the locks when one was made. */
export interface LockedSolve {
  solved: Solved;
  /** The county's context, with the plan without the locks as its baseline when that plan broke a lock. */
  ctx: ModelContext;
  /** The plan without the locks (what the locks are measured against), when the county has locks and no baseline was given. */
  unlocked: LockReference | null;
}

/**
 * Plans the county the way `rotate plan` does, for every command that must show that plan
 * (`plan`, each point of `sweep`): with locks and no baseline (`baseline` false), the county
 * without its locks first; that plan is the plan when it keeps every lock, and else the baseline
 * of the locked plan. `lap` and `solvedAll` as for {@link solveCounty} (the reference solve
 * releases nothing: the locked solve may follow it).
 */
export function solveLocked(ctx: ModelContext, baseline: boolean, relax: boolean, now: () => number, solver: PlanSolver, lap: (stage: string) => void = () => undefined, solvedAll: () => void = () => undefined): LockedSolve {
  let unlocked: LockReference | null = null;
  if (referenceSolves(ctx, baseline)) {
    const free = solveCounty(unlockedContext(ctx), false, now, solver, lap);
    if (free.kind === 'planned') {
      unlocked = { reference: 'unlocked', moves: new Map(free.plan.moves.map((m) => [m.teacher.id, m.to.id])) };
      if (keepsLocks(ctx.county.locks, free.plan.moves)) return { solved: asLockedPlan(ctx, free), ctx, unlocked };
    }
  }
  // Only the baseline differs: the county's context is not built again.
  const planCtx = unlocked ? { ...ctx, baseline: unlocked.moves } : ctx;
  return { solved: solveCounty(planCtx, relax, now, solver, lap, solvedAll), ctx: planCtx, unlocked };
}
