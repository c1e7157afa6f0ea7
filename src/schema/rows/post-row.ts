import { z } from 'zod';
import { subjectKey } from '../../domain/subjects.js';
import type { Post, Source } from '../../domain/types.js';
import { cellShape, type RowSpec } from '../row-spec.js';
import { parseSection } from '../staff-enums.js';
import { optional, parseId, parseText, parseWholeNumber } from '../values.js';

/** The cells of a posts row, keyed by canonical column names. */
const postCells = {
  school_id: parseId,
  subject: parseText,
  posts: parseWholeNumber,
  stage: optional(parseSection),
};

/** A row of a posts file: how many posts a school has in one subject. */
export const postRow = z.object(cellShape(postCells));

export type PostRow = z.output<typeof postRow>;

/** The posts row schema and its parts, for readRows's fast path. */
export const postSpec: RowSpec<typeof postRow> = { schema: postRow, cells: postCells };

/** The domain post count of a valid row. */
export function toPost(r: PostRow, source: Source): Post {
  return { schoolId: r.school_id, subject: subjectKey(r.subject), subjectLabel: r.subject, posts: r.posts, ...(r.stage !== undefined && { section: r.stage }), source };
}
