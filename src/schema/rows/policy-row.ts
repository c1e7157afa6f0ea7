import { z } from 'zod';
import type { PolicyEntry, Source } from '../../domain/types.js';
import { cell } from '../cell-schema.js';
import { ok, parseText } from '../values.js';

/**
 * A row of a policy file: a parameter name and its value as text. Whether the name is a
 * known parameter and the value fits its type is checked where the parameters live.
 * An empty value is kept as '' (what it means is decided there too).
 */
export const policyRow = z.object({
  key: cell((text) => parseText(text.normalize('NFKC'))),
  value: cell((text) => ok(text.trim())),
});

export type PolicyRow = z.output<typeof policyRow>;

/** The domain policy entry of a valid row. */
export function toPolicyEntry(r: PolicyRow, source: Source): PolicyEntry {
  return { key: r.key, value: r.value, source };
}
