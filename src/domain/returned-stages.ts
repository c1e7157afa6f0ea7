/**
 * Teachers back from an exchange whose 任教学段 is the stage of the exchange school, where the home
 * school has a section above it: the teachers file of the year a term ends still has each of them
 * at the exchange school with 任教学段 the 交流任教学段 (as rotate roster tells the county to write
 * it), so a teacher of a 九年一贯制's 初中部 who went one stage down to a 小学 comes back counted in
 * its 小学部. The stage is kept (it may be right: a teacher of the 小学部 went to a 小学), and a
 * warning names them, as it names those whose cell is blank (teacher-sections.ts).
 */
import { plural } from './plural.js';
import { SECTION_NAME, sectioned, sectionsOf } from './sections.js';
import { firstOf } from './text.js';
import type { County, InputIssue, School, Teacher } from './types.js';

/** True when the teacher is back from a one-section school with its stage as 任教学段, and the home school has a higher section. */
export function stageFromExchange(t: Teacher, school: ReadonlyMap<string, School>): boolean {
  if (!t.returned || t.teachingStage === undefined || t.exchangeSchool === undefined) return false;
  const home = school.get(t.schoolId);
  const there = school.get(t.exchangeSchool);
  if (!home || !there || !sectioned(home) || sectioned(there)) return false;
  const sections = sectionsOf(home);
  return sectionsOf(there)[0] === t.teachingStage && sections.includes(t.teachingStage) && sections.at(-1) !== t.teachingStage;
}

/** The warning for the teachers file, naming them by id; null when there are none. */
export function stageFromExchangeWarning(county: County, file: string): InputIssue | null {
  const school = new Map(county.schools.map((s) => [s.id, s]));
  const found = county.teachers.filter((t) => stageFromExchange(t, school));
  if (found.length === 0) return null;
  const ids = found.map((t) => t.id).sort();
  const stages = [...new Set(found.flatMap((t) => (t.teachingStage === undefined ? [] : [t.teachingStage])))];
  const n = ids.length;
  const zh = stages.map((s) => SECTION_NAME[s].zh).join('、');
  const en = stages.map((s) => SECTION_NAME[s].en).join(', ');
  return {
    file,
    zh: `交流期满返回的 ${n} 名教师的「任教学段」（${zh}）是交流学校的学段, 按此计入原学校的${zh}部: ${firstOf(ids, 8, '、', '…')}; 交流时可能从原学校的高一学段调往低一学段, 原在高一学段学部任教的, 请改任教学段`,
    en: `${n} ${plural(n, 'teacher')} back from an exchange ${plural(n, 'has', 'have')} the exchange school's stage as teaching_stage (${en}) and ${plural(n, 'counts', 'count')} in that section of the home school: ${firstOf(ids, 8, ', ', ', …')}; the exchange may have taken ${plural(n, 'the teacher', 'them')} one stage down from the section above: where so, change the teaching stage`,
  };
}
