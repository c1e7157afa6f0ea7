/**
 * A school as the move lists name it: its name, and its code beside it where another school
 * carries that name (domain/shared-names.ts), so that no reader takes one school for another.
 */
import type { ListedSchool } from './eligible-lists.js';
import type { Lang } from '../domain/types.js';

/** `城关小学`, or `城关小学（341122001）` where the name is shared. */
export const schoolLabel = (s: ListedSchool, shared: ReadonlySet<string>, lang: Lang): string => (!shared.has(s.name) ? s.name : lang === 'zh' ? `${s.name}（${s.id}）` : `${s.name} (${s.id})`);
