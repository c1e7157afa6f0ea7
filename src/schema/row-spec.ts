/**
 * A row schema by its parts: one cell parser per column and the checks across them. The zod
 * schema of a row is built from these parts (it stays the schema of record, and says what is
 * wrong with a bad row); the same parts give a fast check for the many rows that are fine.
 */
import { z } from 'zod';
import { cell } from './cell-schema.js';
import type { CellParser } from './values.js';

/** The cell parsers of a row, keyed by canonical column name. */
export type RowCells = Record<string, CellParser<unknown>>;

/** The parsed row of `C`: each column's value. */
export type RowOf<C extends RowCells> = { [K in keyof C]: C[K] extends CellParser<infer T> ? T : never };

/** The zod schema of one cell parsing to `T` (see {@link cell}). */
type CellSchema<T> = ReturnType<typeof cell<T>>;

/** zod's shape of a row: each cell parser wrapped as a cell schema, for `z.object`. */
export function cellShape<C extends RowCells>(cells: C): { [K in keyof C]: CellSchema<RowOf<C>[K]> } {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, parse] of Object.entries(cells)) shape[key] = cell(parse);
  // Built key by key from `cells`, so each key holds the cell schema of its own parser.
  return shape as { [K in keyof C]: CellSchema<RowOf<C>[K]> };
}

/** A row schema and the parts it was built from. */
export interface RowSpec<S extends z.ZodType<unknown, Record<string, string | undefined>>> {
  /** The schema of record: `z.object(cellShape(cells))`, refined by `check` when there is one. */
  schema: S;
  cells: { [K in keyof z.output<S>]-?: CellParser<z.output<S>[K]> };
  /** The checks across the cells of a row that the schema's refinement runs. */
  check?: (row: z.output<S>, ctx: z.RefinementCtx<z.output<S>>) => void;
}
