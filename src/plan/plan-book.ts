import type { ModelContext } from '../model/context.js';
import { moveClasses } from '../rules/allows-move.js';
import { planBook, type PlanBook } from '../rules/book.js';
import type { MoveIds } from '../rules/facts.js';
import type { Move, Plan } from './build-plan.js';

/** The book of a plan (see src/rules/book.ts), its groups counted by the classes the move rules read. */
export function bookOf(ctx: ModelContext, moves: readonly MoveIds[]): PlanBook {
  const classes = moveClasses(ctx.schools, ctx);
  return planBook(ctx, moves, (t) => classes.teacherClass(t));
}

/** A plan's moves as the book reads them. */
export const moveIdsOf = (moves: readonly Move[]): MoveIds[] => moves.map((m) => ({ teacherId: m.teacher.id, fromSchoolId: m.from.id, toSchoolId: m.to.id }));

/** Books made for plans, kept while the plan is (a book is only read once made). */
const books = new WeakMap<Plan, PlanBook>();

/** Keeps `book` (made by {@link bookOf} from the plan's own moves) as the book of `plan`. */
export function rememberBook(plan: Plan, book: PlanBook): void {
  books.set(plan, book);
}

/** The book of a plan's moves: the one kept when the plan was built (the same moves, the same context), else made now. */
export function bookOfPlan(ctx: ModelContext, plan: Plan): PlanBook {
  const kept = books.get(plan);
  return kept !== undefined && kept.ctx === ctx ? kept : bookOf(ctx, moveIdsOf(plan.moves));
}
