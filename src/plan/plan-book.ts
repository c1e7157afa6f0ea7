import type { ModelContext } from '../model/context.js';
import { moveClasses } from '../rules/allows-move.js';
import { planBook, type PlanBook } from '../rules/book.js';
import type { MoveIds } from '../rules/facts.js';

/** The book of a plan (see src/rules/book.ts), its groups counted by the classes the move rules read. */
export function bookOf(ctx: ModelContext, moves: readonly MoveIds[]): PlanBook {
  const classes = moveClasses(ctx.schools, ctx);
  return planBook(ctx, moves, (t) => classes.teacherClass(t));
}

/** A plan's move as the book reads it: the teacher and the two schools (a Move of build-plan.ts). */
interface MoveLike {
  teacher: { id: string };
  from: { id: string };
  to: { id: string };
}

/** A plan's moves as the book reads them. */
export const moveIdsOf = (moves: readonly MoveLike[]): MoveIds[] => moves.map((m) => ({ teacherId: m.teacher.id, fromSchoolId: m.from.id, toSchoolId: m.to.id }));

/** Books made for plans, by the plan's list of moves, kept while the list is (a book is only read once made). */
const books = new WeakMap<readonly MoveLike[], PlanBook>();

/** Keeps `book` (made by {@link bookOf} from these very moves) as the book of a plan's moves. */
export function rememberBook(moves: readonly MoveLike[], book: PlanBook): void {
  books.set(moves, book);
}

/** The book of a plan's moves: the one kept when the plan was built (the same list, the same context), else made now. */
export function bookOfMoves(ctx: ModelContext, moves: readonly MoveLike[]): PlanBook {
  const kept = books.get(moves);
  return kept !== undefined && kept.ctx === ctx ? kept : bookOf(ctx, moveIdsOf(moves));
}
