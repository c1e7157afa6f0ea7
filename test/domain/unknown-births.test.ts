/**
 * An eligible teacher whose birth (or, where it decides, gender) the roster leaves blank was listed
 * as eligible with no word that nearness to retirement had not been checked: a 64-year-old man whose
 * 出生年月 cell was empty could be rotated. The reason and one warning per file now say so.
 */
import { describe, expect, it } from 'vitest';
import { eligibility } from '../../src/domain/eligibility.js';
import { unknownBirthWarnings } from '../../src/domain/unknown-births.js';
import { county, policy, school, teacher } from '../helpers/make-county.js';

const p = policy({ 'plan.year': '2026' });
const at = (t: ReturnType<typeof teacher>, row: number) => ({ ...t, source: { file: '教师.csv', row } });

describe('eligible teachers whose nearness to retirement could not be checked', () => {
  it('no birth date: the reason says the check was not made, naming the rule and its years', () => {
    const e = eligibility(teacher('T1', 'S1', '语文', { gender: 'M', yearsAtSchool: 16 }), p);
    expect(e.status).toBe('eligible');
    expect(e.zh).toBe('本校任教16年, 满6年（未填出生年月, 未核对是否距法定退休不足5年）');
    expect(e.en).toBe('16 years at the school, at least 6 (no birth date given: whether fewer than 5 years remain before statutory retirement was not checked)');
    // Beside the note of a year of joining alone, in the same brackets.
    expect(eligibility(teacher('T1', 'S1', '语文', { gender: 'M', joinedSchool: { year: 2020 } }), p).zh).toBe('本校任教6年, 满6年（进本校年月只填了年份2020, 按9月计；未填出生年月, 未核对是否距法定退休不足5年）');
    // Under the age ceiling the rule named is the ceiling.
    const ceiling = eligibility(teacher('T1', 'S1', '语文', { gender: 'M' }), policy({ 'plan.year': '2026', 'eligibility.age_ceiling': 'yes' }));
    expect(ceiling.zh).toContain('（未填出生年月, 未核对是否已达年龄上限）');
    // With the exemption off there is nothing to check.
    expect(eligibility(teacher('T1', 'S1', '语文', { gender: 'M' }), policy({ 'plan.year': '2026', 'eligibility.exempt_years_to_retirement': '0' })).zh).toBe('本校任教8年, 满6年');
  });

  it('no gender: said only where a woman of that birth would be exempt, and without a date', () => {
    // Born 1972-01: a man retires 2033 (not exempt); a woman at 55 years 7 months, 2027-08 (exempt).
    const e = eligibility(teacher('T1', 'S1', '语文', { birthDate: { year: 1972, month: 1 } }), p);
    expect(e.status).toBe('eligible');
    expect(e.zh).toBe('本校任教8年, 满6年（性别未填, 按男教师计; 如为女教师则距法定退休不足5年, 应免交流）');
    expect(e.zh).not.toContain('2027');
    // Born 1985: exempt as neither: no note.
    expect(eligibility(teacher('T2', 'S1', '语文', { birthDate: { year: 1985, month: 1 } }), p).zh).toBe('本校任教8年, 满6年');
    // Gender and birth given: no note.
    expect(eligibility(teacher('T3', 'S1', '语文', { gender: 'M', birthDate: { year: 1972, month: 1 } }), p).zh).toBe('本校任教8年, 满6年');
  });

  it('warns once per file and kind, naming the rows of eligible teachers only', () => {
    const ts = [
      at(teacher('T1', 'A', '语文', { gender: 'M' }), 2),
      at(teacher('T2', 'A', '语文', { gender: 'F', birthDate: { year: 1985, month: 3 } }), 3),
      at(teacher('T3', 'A', '语文', { gender: 'F' }), 4),
      // Not eligible (too few years): nothing to check, not named.
      at(teacher('T4', 'A', '语文', { gender: 'M', yearsAtSchool: 2 }), 5),
      at(teacher('T5', 'A', '语文', { birthDate: { year: 1972, month: 1 } }), 6),
    ];
    const w = unknownBirthWarnings(county([school('A', 'urban')], ts, []), p);
    expect(w).toHaveLength(2);
    expect(w[0]).toMatchObject({ file: '教师.csv', row: 2, column: '出生年月' });
    expect(w[0]?.zh).toBe('注意: 2 名符合交流条件的教师未填出生年月（或出生年份）, 未核对是否距法定退休不足5年, 按不免交流计（第2、4行）; 请补填出生年月');
    expect(w[0]?.en).toContain('2 eligible teachers have no birth date');
    expect(w[1]).toMatchObject({ file: '教师.csv', row: 6, column: '性别' });
    expect(w[1]?.en).toBe("note: 1 eligible teacher has no gender given and was held to the men's age; as a woman the teacher would be exempt (row 6); fill in the gender");
    expect(unknownBirthWarnings(county([school('A', 'urban')], ts, []), policy({ 'plan.year': '2026', 'eligibility.exempt_years_to_retirement': '0' }))).toEqual([]);
  });

  it('a file in which no teacher has a birth (the column left out) is told so in one line, not row by row', () => {
    const ts = [at(teacher('T1', 'A', '语文', { gender: 'M' }), 2), at(teacher('T2', 'A', '语文', { gender: 'F' }), 3), at(teacher('T3', 'A', '语文', { gender: 'M', yearsAtSchool: 2 }), 4)];
    const w = unknownBirthWarnings(county([school('A', 'urban')], ts, []), p);
    expect(w).toHaveLength(1);
    expect(w[0]?.row).toBeUndefined();
    expect(w[0]?.zh).toBe('注意: 此文件没有教师的出生年月（或出生年份）, 2 名符合交流条件的教师均未核对是否距法定退休不足5年, 按不免交流计; 请加上「出生年月」列');
    expect(w[0]?.en).toBe('note: no teacher in this file has a birth date (birth_date or birth_year): for 2 eligible teachers, whether fewer than 5 years remain before statutory retirement was not checked, and all count as not exempt; add a birth_date column');
  });
});
