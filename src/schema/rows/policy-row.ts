import { z } from 'zod';
import type { PolicyEntry, Source } from '../../domain/types.js';
import { cellShape, type RowSpec } from '../row-spec.js';
import { maskIdCards, ok, parseText } from '../values.js';

/** The cells of a policy row: a parameter name and its value. */
const policyCells = {
  key: (text: string) => parseText(text.normalize('NFKC')),
  // A value goes as typed into summary.json, the report and the lists: an ID number typed there is masked.
  value: (text: string) => ok(maskIdCards(text.trim())),
};

/**
 * A row of a policy file: a parameter name and its value as text. Whether the name is a
 * known parameter and the value fits its type is checked where the parameters live.
 * An empty value is kept as '' (what it means is decided there too).
 */
export const policyRow = z.object(cellShape(policyCells));

export type PolicyRow = z.output<typeof policyRow>;

/** The policy row schema and its parts, for readRows's fast path. */
export const policySpec: RowSpec<typeof policyRow> = { schema: policyRow, cells: policyCells };

/** The domain policy entry of a valid row. */
export function toPolicyEntry(r: PolicyRow, source: Source): PolicyEntry {
  return { key: r.key, value: r.value, source };
}
