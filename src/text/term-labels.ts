import type { Terms } from '../plan/plan-terms.js';
import type { Text } from '../plan/reasons.js';
import { TERMS } from '../rules/registry.js';

/** Each term's short name, from its rule file. */
export const TERM_LABELS = Object.fromEntries(TERMS.map((t) => [t.name, t.label])) as Record<keyof Terms, Text>;
