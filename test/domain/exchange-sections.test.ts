import { describe, expect, it } from 'vitest';
import { returnsFromExchange } from '../../src/domain/exchange.js';
import { sectionWarnings, withSections } from '../../src/domain/teacher-sections.js';
import { county, school, teacher } from '../helpers/make-county.js';

const cutoff = { year: 2026, month: 8, day: 31 };
const ended = { year: 2026, month: 7 };

/**
 * A 九年一贯制 N (小学部 300, 初中部 100 students: a split by students puts a lone teacher in the
 * 小学部) whose teachers come back from exchanges ending by the cut-off date, 任教学段 blank: the
 * roster had no need of it at the exchange schools, a 初中 J and a 小学 P, each of one section.
 */
function returned(extra: Parameters<typeof teacher>[] = []) {
  const c = county(
    [school('N', 'rural', { stage: 'nine_year', students: 400, primaryStudents: 300, juniorStudents: 100 }), school('J', 'urban', { stage: 'junior' }), school('P', 'urban')],
    [
      teacher('T1', 'J', '数学', { certificate: 'junior', exchangeHomeSchool: 'N', exchangeEnd: ended }),
      teacher('T2', 'P', '语文', { certificate: 'junior', exchangeHomeSchool: 'N', exchangeEnd: ended }),
      teacher('T3', 'N', '数学', { teachingStage: 'junior' }),
      ...extra.map((args) => teacher(...args)),
    ],
    [],
  );
  return returnsFromExchange(c, cutoff).county;
}

describe('a teacher back from an exchange, 任教学段 blank, counts in the home section of the exchange school\'s stage', () => {
  it('puts a teacher back from a 初中 in the 初中部 (a move never goes up a stage), one back from a 小学 in the 小学部', () => {
    const back = returned();
    const section = new Map(withSections(back).teachers.map((t) => [t.id, [t.section, t.teachingStage]]));
    // Before, the split by students put T1 (a 初级中学 certificate, which covers the 小学部 too) in the 小学部.
    expect(section.get('T1')).toEqual(['junior', 'junior']);
    expect(section.get('T2')).toEqual(['primary', 'primary']);
    expect(section.get('T3')).toEqual(['junior', 'junior']);
  });

  it('says so in a warning of its own, naming them and the sections, and that one back from a lower stage may have come from above', () => {
    const warnings = sectionWarnings(returned());
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.zh).toBe('交流期满返回九年一贯制学校的 2 名教师未填「任教学段」, 按交流学校的学段计入原校的学部（小学部 1 人、初中部 1 人）: T1、T2; 从低一学段学校返回的也可能原在高一学段的学部, 请核对并补充任教学段');
    expect(warnings[0]?.en).toMatch(/^2 teachers back at nine-year schools from an exchange have no teaching_stage: each counts in the home school's section of the exchange school's stage \(primary 1, junior 1\): T1, T2; one back from a school of a lower stage/u);
  });

  it('leaves a teacher of the school without a 任教学段 to the split by students, with its own warning', () => {
    const warnings = sectionWarnings(returned([['T4', 'N', '英语']]));
    expect(warnings.map((w) => w.zh.slice(0, 12))).toEqual(['未填「任教学段」（无此列', '交流期满返回九年一贯制学']);
    expect(warnings[0]?.zh).toMatch(/1 所九年一贯制学校的 1 名教师按各学部学生数的比例分到学部/u);
    expect(withSections(returned([['T4', 'N', '英语']])).teachers.find((t) => t.id === 'T4')?.section).toBe('primary');
  });
});
