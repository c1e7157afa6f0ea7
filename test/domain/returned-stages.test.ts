/**
 * The teachers file of the year a term ends has a teacher on exchange at the exchange school with
 * 任教学段 the 交流任教学段, as rotate roster says to write it. A teacher of a 九年一贯制's 初中部 sent
 * one stage down to a 小学 came back counted in the 小学部 with no word, where the same teacher with
 * the cell blank was told "may have come from the section above". The warning now names both.
 */
import { describe, expect, it } from 'vitest';
import { returnsFromExchange } from '../../src/domain/exchange.js';
import { stageFromExchange } from '../../src/domain/returned-stages.js';
import { sectionWarnings } from '../../src/domain/teacher-sections.js';
import { county, school, teacher } from '../helpers/make-county.js';

const cutoff = { year: 2028, month: 8, day: 31 };
const ended = { year: 2028, month: 8 };

function back() {
  const c = county(
    [school('N', 'rural', { stage: 'nine_year', students: 400, primaryStudents: 300, juniorStudents: 100 }), school('J', 'urban', { stage: 'junior' }), school('P', 'urban')],
    [
      teacher('T1', 'P', '数学', { certificate: 'junior', teachingStage: 'primary', exchangeHomeSchool: 'N', exchangeEnd: ended }),
      teacher('T2', 'J', '数学', { certificate: 'junior', teachingStage: 'junior', exchangeHomeSchool: 'N', exchangeEnd: ended }),
      teacher('T3', 'N', '数学', { teachingStage: 'primary' }),
      teacher('T4', 'P', '语文', { certificate: 'primary', teachingStage: 'primary', exchangeHomeSchool: 'N', exchangeEnd: { year: 2029, month: 8 } }),
    ],
    [],
  );
  return returnsFromExchange(c, cutoff).county;
}

describe('a teacher back from an exchange with the exchange school\'s stage as 任教学段', () => {
  it('is named where the home school has a section above that stage: back from a 小学 to a 九年一贯制', () => {
    const c = back();
    const school = new Map(c.schools.map((s) => [s.id, s]));
    // T1 back from a 小学 (may have gone down from the 初中部); T2 back from a 初中 (the top section: a move never goes up); T3 never away; T4 still on the exchange.
    expect(c.teachers.map((t) => stageFromExchange(t, school))).toEqual([true, false, false, false]);
  });

  it('the warning names them, as it names those whose cell is blank', () => {
    const w = sectionWarnings(back()).find((x) => x.zh.includes('交流学校的学段'));
    expect(w?.zh).toBe('交流期满返回的 1 名教师的「任教学段」（小学）是交流学校的学段, 按此计入原学校的小学部: T1; 交流时可能从原学校的高一学段调往低一学段, 原在高一学段学部任教的, 请改任教学段');
    expect(w?.en).toBe("1 teacher back from an exchange has the exchange school's stage as teaching_stage (primary) and counts in that section of the home school: T1; the exchange may have taken the teacher one stage down from the section above: where so, change the teaching stage");
  });
});
