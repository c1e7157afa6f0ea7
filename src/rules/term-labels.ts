import type { TermName } from './rule.js';
import type { Text } from '../domain/text.js';
import { TERMS } from './registry.js';

/** Each term's short name, from its rule file. */
export const TERM_LABELS = Object.fromEntries(TERMS.map((t) => [t.name, t.label])) as Record<TermName, Text>;
