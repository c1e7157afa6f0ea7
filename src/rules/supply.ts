import { isNeedySchool } from '../domain/direction.js';
import { inScope, placesOf } from '../domain/sections.js';
import type { Text } from '../domain/text.js';
import { postsAt, teachersOf, type ModelContext } from '../model/context.js';

/** The open posts at rural and weak schools: what the quotas' movers can fill at most. */
export function openPosts(ctx: ModelContext): Text[] {
  let open = 0;
  for (const s of ctx.schools) {
    if (!isNeedySchool(s)) continue;
    for (const [place, section] of placesOf(s)) if (inScope(section, ctx.policy)) for (const j of ctx.subjects) open += Math.max(0, postsAt(ctx, place, j) - teachersOf(ctx, place, j));
  }
  return [{ zh: `乡村、薄弱学校空岗共 ${open} 个（须同学科才能接收）`, en: `rural and weak schools have ${open} open posts in all (a teacher can only fill one of the same subject)` }];
}
