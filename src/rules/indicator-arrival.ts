import type { Policy } from '../domain/policy.js';
import { arrivalSectionOf, sectioned } from '../domain/sections.js';
import type { School, Teacher } from '../domain/types.js';
import { placedSectionStage } from '../indicators/school-sections.js';
import type { SectionStage } from '../indicators/types.js';

/** What placing a moved teacher in a section needs of the policy. */
export type SectionPolicy = Pick<Policy, 'scope' | 'sameStage' | 'stageDown'>;

/**
 * The judged section (小学部, 初中部) a moved teacher counts in at the destination, for the
 * 优质均衡 indicators: at a school of two sections, the section whose post the move fills (as the
 * model's in columns and the shortage count it: a 初中 teacher with only a 小学 certificate fills a
 * 九年一贯制's 小学部, 教师资格条例 第五条), none for a 高中部; else the destination's own section.
 * Where no section of the destination may take the teacher (a lock the rules refuse), the
 * teacher's own stage there, or the one below (indicators/school-sections.ts).
 */
export function arrivalStage(t: Pick<Teacher, 'teachingStage' | 'certificate'>, from: Pick<School, 'stage'>, to: Pick<School, 'stage'>, p: SectionPolicy): SectionStage | undefined {
  if (sectioned(to)) {
    const s = arrivalSectionOf(t, from, to, p);
    if (s !== undefined) return s === 'senior' ? undefined : s;
  }
  return placedSectionStage(from.stage, t.teachingStage, to.stage);
}
