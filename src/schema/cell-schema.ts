import { z } from 'zod';
import type { CellParser } from './values.js';

/**
 * A zod schema for one cell. Its input is the cell's text, or undefined when the file has no
 * such column (read as an empty cell); its output is the parsed value. A bad cell becomes a
 * zod issue whose `params` carry the bilingual problem (`{ zh, en }`) of the cell parser.
 */
export function cell<T>(parse: CellParser<T>) {
  return z
    .string()
    .optional()
    .transform((text, ctx): T => {
      const r = parse(text ?? '');
      if (r.ok) return r.value;
      ctx.addIssue({ code: 'custom', message: r.en, params: { zh: r.zh, en: r.en } });
      return z.NEVER;
    });
}

/** A row refinement's problem at one column, in both languages (as {@link issueText} reads it back). */
export function addRowIssue(ctx: z.RefinementCtx, column: string, zh: string, en: string): void {
  ctx.addIssue({ code: 'custom', path: [column], message: en, params: { zh, en } });
}

/** The bilingual problem carried by a zod issue made by {@link cell} or a row refinement. */
export function issueText(issue: z.core.$ZodIssue): { zh: string; en: string } {
  const params = issue.code === 'custom' ? (issue.params as { zh?: unknown; en?: unknown } | undefined) : undefined;
  if (typeof params?.zh === 'string' && typeof params.en === 'string') return { zh: params.zh, en: params.en };
  // Only reachable through a programming error in a row schema: keep zod's words.
  return { zh: issue.message, en: issue.message };
}
