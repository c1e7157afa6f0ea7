import { plural } from '../domain/plural.js';
import { isNeedySchool } from '../domain/direction.js';
import { inScope, placesOf } from '../domain/sections.js';
import type { Text } from '../domain/text.js';
import { postsAt, teachersOf, type ModelContext } from '../model/context.js';

/** The open posts at rural and weak schools: what the quotas' movers can fill at most. */
export function openPosts(ctx: ModelContext): Text[] {
  let open = 0;
  let needy = 0;
  const takingPart: string[] = [];
  for (const s of ctx.schools) {
    const places = placesOf(s).filter(([, section]) => inScope(section, ctx.policy));
    if (places.length > 0) takingPart.push(s.name);
    if (!isNeedySchool(s)) continue;
    if (places.length > 0) needy++;
    for (const [place] of places) for (const j of ctx.subjects) open += Math.max(0, postsAt(ctx, place, j) - teachersOf(ctx, place, j));
  }
  // A county with one school taking part has nowhere to send anyone, whatever its area or the direction rule: said as that, not as advice to turn the direction off.
  if (takingPart.length === 1) {
    const name = takingPart[0] ?? '';
    return [{
      zh: `参加交流的学校只有 1 所（${name}）: 没有另一所学校可调往; 请核对学校表是否列全了全县的学校`,
      en: `only one school takes part (${name}): there is no other school to send anyone to; check that the schools file lists every school of the county`,
    }];
  }
  // A county of 城镇 schools none of them weak has nowhere the direction lets anyone go: said as that, with what to change, not as "0 open posts".
  if (needy === 0 && ctx.policy.direction) {
    return [{
      zh: '参加交流的学校中没有乡村学校, 也没有薄弱学校: 按交流方向（城镇→乡村、优质→薄弱）无处可调; 请核对学校表「城乡类型」「薄弱学校」两列, 或设 rules.direction=no',
      en: 'no school taking part is rural or weak: the direction rule (urban/town → rural, strong → weak) leaves nowhere to go; check the schools file\'s area and weak columns, or set rules.direction=no',
    }];
  }
  return [{ zh: `乡村、薄弱学校空岗共 ${open} 个（须同学科才能接收）`, en: `rural and weak schools have ${open} open ${plural(open, 'post')} in all (a teacher can only fill one of the same subject)` }];
}
