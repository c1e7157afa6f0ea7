import type { ModelContext } from '../model/context.js';
import { moveClasses } from '../rules/allows-move.js';
import { planBook, type PlanBook } from '../rules/book.js';
import type { MoveIds } from '../rules/facts.js';

/** The book of a plan (see src/rules/book.ts), its groups counted by the classes the move rules read. */
export function bookOf(ctx: ModelContext, moves: readonly MoveIds[]): PlanBook {
  const classes = moveClasses(ctx.schools, ctx);
  return planBook(ctx, moves, (t) => classes.teacherClass(t));
}
