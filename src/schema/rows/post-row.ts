import { z } from 'zod';
import { subjectKey } from '../../domain/subjects.js';
import type { Post, Source } from '../../domain/types.js';
import { cell } from '../cell-schema.js';
import { parseSection } from '../staff-enums.js';
import { optional, parseId, parseText, parseWholeNumber } from '../values.js';

/** A row of a posts file: how many posts a school has in one subject. */
export const postRow = z.object({
  school_id: cell(parseId),
  subject: cell(parseText),
  posts: cell(parseWholeNumber),
  stage: cell(optional(parseSection)),
});

export type PostRow = z.output<typeof postRow>;

/** The domain post count of a valid row. */
export function toPost(r: PostRow, source: Source): Post {
  return { schoolId: r.school_id, subject: subjectKey(r.subject), subjectLabel: r.subject, posts: r.posts, ...(r.stage !== undefined && { section: r.stage }), source };
}
