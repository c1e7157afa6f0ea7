/**
 * The fast path of a row schema: its cell parsers and its checks run directly, without zod.
 * It only ever says "this row is fine, here it is": a row with a bad cell, or one its checks
 * refuse, gets no answer, and the caller asks the zod schema, whose issues are the messages.
 */
import type { z } from 'zod';
import type { HeaderMatch } from './match-headers.js';
import type { RowSpec } from './row-spec.js';
import type { CellParser, Parsed } from './values.js';

/** A row's cells as zod reads them (a column the file lacks is absent), keyed by canonical column name. */
export type RowInput = Record<string, string | undefined>;

/** A copy of a cell's value: the cell parsers' objects are flat (numbers and strings inside). */
function fresh(value: unknown): unknown {
  if (Array.isArray(value)) return [...value];
  return typeof value === 'object' && value !== null ? { ...value } : value;
}

/**
 * Rows a column's cache is tried on: a column with more distinct cells than half of them (ids,
 * names, dates of birth) gains nothing from the cache but its inserts, and keeps none after.
 */
export const CACHE_TRIAL = 512;

/** One column of a reader: its parser, its index in the record, and what its distinct cells parsed to (while kept). */
interface Column {
  key: string;
  parse: CellParser<unknown>;
  index: number | undefined;
  seen: Map<string, Parsed<unknown>> | undefined;
  looked: number;
}

/**
 * A reader of the records of a file whose header matched `match`: a record's cells → the value
 * `spec.schema` parses them to, or undefined when that parse would fail. What a cell parses to is
 * kept per column and distinct text, since county files repeat subjects, dates and enum words
 * row after row (a column whose cells are mostly distinct stops keeping them after
 * {@link CACHE_TRIAL} rows); an object (a date, a list of schools) is handed out as a copy, so
 * that no two rows share one.
 */
export function fastRow<S extends z.ZodType<unknown, RowInput>>(spec: RowSpec<S>, match: HeaderMatch): (cells: readonly string[]) => z.output<S> | undefined {
  const parsers: Record<string, CellParser<unknown>> = spec.cells;
  const columns: Column[] = Object.entries(parsers).map(([key, parse]) => ({ key, parse, index: match.columns.get(key)?.index, seen: new Map<string, Parsed<unknown>>(), looked: 0 }));
  return (cells) => {
    const row: Record<string, unknown> = {};
    for (const c of columns) {
      const { index, seen } = c;
      // A column the file lacks reads as an empty cell, as in the schema.
      const text = index === undefined ? '' : (cells[index] ?? '');
      let r = seen?.get(text);
      if (r === undefined) {
        r = c.parse(text);
        // Only good cells are kept: a bad one sends its row to zod.
        if (seen !== undefined && r.ok) seen.set(text, r);
      }
      if (seen !== undefined && ++c.looked === CACHE_TRIAL && seen.size > CACHE_TRIAL / 2) c.seen = undefined;
      if (!r.ok) return undefined;
      const value = fresh(r.value);
      // As zod's object does: a key is in the row when it has a value or its column is in the file.
      if (value !== undefined || index !== undefined) row[c.key] = value;
    }
    // Each key holds what its own cell parser made of its cell, as the schema's shape would.
    const parsed = row as z.output<S>;
    if (spec.check) {
      let refused = false;
      spec.check(parsed, { value: parsed, issues: [], addIssue: () => void (refused = true) });
      if (refused) return undefined;
    }
    return parsed;
  };
}
