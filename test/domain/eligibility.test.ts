import { describe, expect, it } from 'vitest';
import { eligibility, schoolYears } from '../../src/domain/eligibility.js';
import { policy, teacher } from '../helpers/make-county.js';

const p = policy({ 'plan.year': '2026' });
/** A gender and a birth far from retirement: the years alone decide. */
const known = { gender: 'M' as const, birthDate: { year: 1985, month: 1 } };

describe('eligibility: the 2024 law near retirement', () => {
  it('exempt when fewer than 5 years remain from the cut-off date, saying the date', () => {
    // 1967-03: 26 months of birth since 1965-01 → 7 months of delay → 60 years 7 months → 2027-10.
    const e = eligibility(teacher('T1', 'S1', '语文', { gender: 'M', birthDate: { year: 1967, month: 3 } }), p);
    expect(e.status).toBe('exempt');
    expect(e.zh).toBe('法定退休日期 2027年10月, 距截止日 2026年8月31日 不足5年（法定退休年龄60岁7个月）');
    const m = teacher('T2', 'S1', '语文', { gender: 'M', birthDate: { year: 1970, month: 11 } });
    // 1970-11: 70 months → 18 months of delay → 61 years 6 months → 2032-05: more than 5 years.
    expect(eligibility(m, p).status).toBe('eligible');
    const w = teacher('T3', 'S1', '语文', { gender: 'F', birthDate: { year: 1975, month: 3 } });
    // 1975-03: 62 months → 16 months of delay → 56 years 4 months → 2031-07, within 5 years of 2026-08-31.
    expect(eligibility(w, p)).toEqual({
      status: 'exempt',
      zh: '法定退休日期 2031年7月, 距截止日 2026年8月31日 不足5年（法定退休年龄56岁4个月）',
      en: 'statutory retirement 2031-07, fewer than 5 years after the cut-off date 2026-08-31 (statutory age 56 years 4 months)',
      // The 公示 lists give no date or age, from which a month of birth could be read.
      published: { zh: '距法定退休不足5年', en: 'fewer than 5 years before statutory retirement' },
    });
  });

  it('exactly 5 years left is not fewer than 5: the old text "55岁, 距60岁不足5年" no longer happens', () => {
    const cut = policy({ 'plan.year': '2026', 'plan.cutoff': '2026-08-01' });
    // female55 born 1976-01-01: 72 months → 19 → 56 years 7 months → 2032-08-01: more than 5 years.
    expect(eligibility(teacher('T1', 'S1', '语文', { gender: 'F', birthDate: { year: 1976, month: 1, day: 1 } }), cut).status).toBe('eligible');
    // male60 born 1970-04-01: 63 → 16 → 61 years 4 months → 2031-08-01 = cut-off + 5 years: not fewer.
    expect(eligibility(teacher('T2', 'S1', '语文', { gender: 'M', birthDate: { year: 1970, month: 4, day: 1 } }), cut).status).toBe('eligible');
    // A day earlier in birth: 2031-07-31, fewer than 5 years.
    expect(eligibility(teacher('T3', 'S1', '语文', { gender: 'M', birthDate: { year: 1970, month: 3, day: 31 } }), cut).status).toBe('exempt');
  });

  it('with a birth year alone, the assumed month (January by default) is said in the reason', () => {
    const t = teacher('T1', 'S1', '语文', { gender: 'M', birthYear: 1970 });
    const e = eligibility(t, p);
    expect(e.status).toBe('exempt');
    expect(e.zh).toContain('只有出生年份1970, 按1月出生计');
    expect(e.en).toContain('only the year of birth, 1970, is known: January assumed');
    // Assume July: 1970-07 → 66 months → 17 → 61 years 5 months → 2031-12: not exempt.
    expect(eligibility(t, policy({ 'plan.year': '2026', 'eligibility.assumed_birth_month': '7' })).status).toBe('eligible');
  });

  it('a man born in 1971 (55 in 2026) is no longer exempt: the law puts his retirement after 2032', () => {
    expect(eligibility(teacher('T1', 'S1', '语文', { gender: 'M', birthYear: 1971 }), p).status).toBe('eligible');
    expect(eligibility(teacher('T2', 'S1', '语文', { gender: 'F', birthYear: 1976 }), p).status).toBe('eligible');
  });

  it('past the statutory date: exempt, saying so', () => {
    const e = eligibility(teacher('T1', 'S1', '语文', { gender: 'M', birthYear: 1964 }), p);
    expect(e.status).toBe('exempt');
    expect(e.zh).toBe('法定退休日期 2024年1月, 不晚于截止日 2026年8月31日（法定退休年龄60岁；只有出生年份1964, 按1月出生计）');
  });

  it('retiring in the cut-off\'s own month (a man born 1966-04 retires 2026-08 at 60 years 4 months): the date is no later than the cut-off, not before it', () => {
    const e = eligibility(teacher('T1', 'S1', '语文', { gender: 'M', birthDate: { year: 1966, month: 4 } }), p);
    expect(e.status).toBe('exempt');
    expect(e.zh).toBe('法定退休日期 2026年8月, 不晚于截止日 2026年8月31日（法定退休年龄60岁4个月）');
    expect(e.en).toBe('statutory retirement 2026-08, on or before the cut-off date 2026-08-31 (statutory age 60 years 4 months)');
  });

  it('women of original age 50, when the county sets it, follow the law\'s schedule for 50: a month for every two months of birth from 1975, up to 55', () => {
    const at50 = policy({ 'plan.year': '2026', 'eligibility.retirement_age_female': '50' });
    // 1979-05: 52 months since 1975-01 → 27 months of delay → 52 years 3 months → 2031-08, within 5 years of 2026-08-31.
    expect(eligibility(teacher('T1', 'S1', '语文', { gender: 'F', birthDate: { year: 1979, month: 5 } }), at50)).toEqual({
      status: 'exempt',
      zh: '法定退休日期 2031年8月, 距截止日 2026年8月31日 不足5年（法定退休年龄52岁3个月）',
      en: 'statutory retirement 2031-08, fewer than 5 years after the cut-off date 2026-08-31 (statutory age 52 years 3 months)',
      published: { zh: '距法定退休不足5年', en: 'fewer than 5 years before statutory retirement' },
    });
    // 1983-12: 107 months → 54 months of delay → 54 years 6 months → 2038-06 (the 55 schedule counted from 50 said 53 years).
    const young = eligibility(teacher('T2', 'S1', '语文', { gender: 'F', birthDate: { year: 1983, month: 12 } }), policy({ 'plan.year': '2026', 'eligibility.retirement_age_female': '50', 'eligibility.exempt_years_to_retirement': '20' }));
    expect(young.zh).toContain('法定退休日期 2038年6月');
    expect(young.zh).toContain('法定退休年龄54岁6个月');
    // 1985-01: past November 1984, 55.
    const later = eligibility(teacher('T3', 'S1', '语文', { gender: 'F', birthDate: { year: 1985, month: 1 } }), policy({ 'plan.year': '2026', 'eligibility.retirement_age_female': '50', 'eligibility.exempt_years_to_retirement': '20' }));
    expect(later.zh).toContain('法定退休年龄55岁）');
    // Men keep theirs; senior-title women at 60 keep 60.
    expect(eligibility(teacher('T4', 'S1', '语文', { gender: 'M', birthDate: { year: 1979, month: 5 } }), at50).status).toBe('eligible');
    const senior = teacher('T5', 'S1', '语文', { gender: 'F', title: 'senior', birthDate: { year: 1972, month: 6 } });
    expect(eligibility(senior, at50).status).toBe('exempt');
    expect(eligibility(senior, policy({ 'plan.year': '2026', 'eligibility.retirement_age_female': '50', 'eligibility.senior_women_retire_at_60': 'yes' })).status).toBe('eligible');
  });

  it('senior-title women retire at 60 only when the parameter is on; unknown gender is held to the men\'s schedule', () => {
    const w = teacher('T1', 'S1', '语文', { gender: 'F', title: 'senior', birthDate: { year: 1973, month: 6 } });
    expect(eligibility(w, p).status).toBe('exempt');
    expect(eligibility(w, policy({ 'plan.year': '2026', 'eligibility.senior_women_retire_at_60': 'yes' })).status).toBe('eligible');
    const u = teacher('T2', 'S1', '语文', { birthDate: { year: 1975, month: 3 } });
    expect(eligibility(u, p).status).toBe('eligible');
  });

  it('age-ceiling mode: only men under 50 and women under 45 at the cut-off date take part', () => {
    const on = policy({ 'plan.year': '2026', 'eligibility.age_ceiling': 'yes' });
    expect(eligibility(teacher('T1', 'S1', '语文', { gender: 'M', birthDate: { year: 1976, month: 8 } }), on).status).toBe('exempt');
    expect(eligibility(teacher('T2', 'S1', '语文', { gender: 'M', birthDate: { year: 1976, month: 9 } }), on).status).toBe('eligible');
    const w = eligibility(teacher('T3', 'S1', '语文', { gender: 'F', birthDate: { year: 1981, month: 8 } }), on);
    expect(w).toEqual({ status: 'exempt', zh: '截止日 2026年8月31日 45岁, 按年龄上限只有45岁以下的女教师参加交流', en: 'aged 45 on the cut-off date 2026-08-31; under the age ceiling only women under 45 take part', published: { zh: '已达年龄上限（女教师45岁）', en: 'at or over the age ceiling (women 45)' } });
    expect(eligibility(teacher('T4', 'S1', '语文', { gender: 'F', birthDate: { year: 1981, month: 9 } }), on).status).toBe('eligible');
    expect(eligibility(teacher('T5', 'S1', '语文', { gender: 'F', birthYear: 1981 }), on).zh).toContain('按1月出生计');
  });
});

describe('eligibility: who takes part', () => {
  it('not on the staff, 特岗, substitute, contract, or not at the post: not eligible, with the words as written', () => {
    const cases = [
      [{ onStaff: false }, '非在编教师'],
      [{ employment: 'special_post', employmentLabel: '特岗' }, '特岗教师服务期内不参加交流'],
      // Only a leader's 代课 row is read (substitute-rows.ts); he or she stays for it.
      [{ role: 'vice_principal', employment: 'substitute', employmentLabel: '代课' }, '用人形式「代课」'],
      [{ employment: 'contract', employmentLabel: '劳务派遣' }, '用人形式「劳务派遣」'],
      [{ state: 'sick_leave', stateLabel: '病假' }, '人员状态「病假」'],
      [{ state: 'seconded', stateLabel: '借调' }, '人员状态「借调」'],
    ] as const;
    for (const [o, text] of cases) {
      const e = eligibility(teacher('T1', 'S1', '语文', o), p);
      expect(e.status, text).toBe('not_eligible');
      expect(e.zh, text).toContain(text);
      expect(e.en.length).toBeGreaterThan(10);
    }
    const ok = teacher('T1', 'S1', '语文', { onStaff: true, employment: 'regular', employmentLabel: '在编', state: 'on_post', stateLabel: '在岗' });
    expect(eligibility(ok, p).status).toBe('eligible');
    expect(eligibility(teacher('T1', 'S1', '语文', { state: 'seconded' }), policy({ 'plan.year': '2026', 'eligibility.on_post_staff_only': 'no' })).status).toBe('eligible');
  });

  it('an exchange in progress: not eligible; back from one: not eligible either', () => {
    const on = teacher('T1', 'S2', '语文', { exchangeHomeSchool: 'S1', exchangeEnd: { year: 2027, month: 7 } });
    expect(eligibility(on, p)).toEqual({ status: 'not_eligible', zh: '正在交流中（原学校 S1, 2027年7月结束）, 不参加本年交流', en: 'on an exchange from school S1 until 2027-07; not rotated this year' });
    const back = teacher('T2', 'S1', '语文', { exchangeHomeSchool: 'S1', exchangeEnd: { year: 2026, month: 7 }, returned: true });
    expect(eligibility(back, p).zh).toBe('交流期满（2026年7月结束, 不晚于截止日期 2026年8月31日）, 返回原学校, 本年不再交流');
  });

  it('an exemption reason still exempts; principals keep the two-terms rule', () => {
    expect(eligibility(teacher('T1', 'S1', '语文', { exempt: '哺乳期' }), p).zh).toBe('免交流: 哺乳期');
    expect(eligibility(teacher('P1', 'S1', '语文', { role: 'principal', yearsAtSchool: 5 }), p).zh).toBe('校长本校任职5年, 未满6年（2届, 每届3年）');
    expect(eligibility(teacher('P2', 'S1', '语文', { role: 'vice_principal', yearsAtSchool: 6 }), p).status).toBe('eligible');
  });

  it('a principal\'s term is its own parameter: exchanges of 2 years (eligibility.term_years) leave principals at two terms of 3 years; principal_term_years changes it', () => {
    const twoYearExchanges = policy({ 'plan.year': '2026', 'eligibility.term_years': '2' });
    const p5 = teacher('P1', 'S1', '语文', { role: 'principal', yearsAtSchool: 5 });
    expect(eligibility(p5, twoYearExchanges)).toEqual({ status: 'not_eligible', zh: '校长本校任职5年, 未满6年（2届, 每届3年）', en: 'principal, 5 years at the school, fewer than 6 (2 terms of 3 years)' });
    const fiveYearTerms = policy({ 'plan.year': '2026', 'eligibility.principal_term_years': '5' });
    expect(eligibility(teacher('P2', 'S1', '语文', { role: 'principal', yearsAtSchool: 9 }), fiveYearTerms).zh).toBe('校长本校任职9年, 未满10年（2届, 每届5年）');
    // Teachers are held to min_years, whatever the terms.
    expect(eligibility(teacher('T1', 'S1', '语文', { yearsAtSchool: 6 }), fiveYearTerms).status).toBe('eligible');
  });
});

describe('eligibility: years at the school', () => {
  it('count from 进本校年月 to the cut-off date (a year alone: September)', () => {
    expect(schoolYears(teacher('T1', 'S1', '语文', { joinedSchool: { year: 2020, month: 9 } }), p)).toBe(6);
    expect(schoolYears(teacher('T1', 'S1', '语文', { joinedSchool: { year: 2020, month: 9, day: 15 } }), p)).toBe(5);
    expect(schoolYears(teacher('T1', 'S1', '语文', { joinedSchool: { year: 2020 } }), p)).toBe(6);
    expect(schoolYears(teacher('T1', 'S1', '语文', { joinedSchool: { year: 2021, month: 3 } }), p)).toBe(5);
    expect(eligibility(teacher('T1', 'S1', '语文', { ...known, yearsAtSchool: 0, joinedSchool: { year: 2020, month: 9 } }), p).zh).toBe('本校任教6年, 满6年');
    const later = policy({ 'plan.year': '2026', 'plan.cutoff': '2027-08-31' });
    expect(schoolYears(teacher('T1', 'S1', '语文', { joinedSchool: { year: 2021, month: 3 } }), later)).toBe(6);
  });
});

describe('eligibility: what a reason says the roster left out', () => {
  it('a 免交流原因 cell that only says yes exempts, and the reason says none was given (it read 免交流: 是)', () => {
    for (const mark of ['是', '√', 'yes', '免交流']) {
      const e = eligibility(teacher('T1', 'S1', '语文', { exempt: mark }), p);
      expect(e.status, mark).toBe('exempt');
      expect(e.zh, mark).toBe(`免交流（免交流原因只填了「${mark}」, 未写明原因; 公示前请补填）`);
      expect(e.en, mark).toBe(`exempt (免交流原因 says only "${mark}", no reason given; fill it in before the list is posted)`);
      // The list posted for objection carries no instruction to the clerk.
      expect(e.published, mark).toEqual({ zh: '免交流（未写明原因）', en: 'exempt (no reason given)' });
    }
    // A reason that merely starts with such a word is a reason.
    expect(eligibility(teacher('T2', 'S1', '语文', { exempt: '是独生子女, 照顾父母' }), p).zh).toBe('免交流: 是独生子女, 照顾父母');
  });

  it('years counted from a 进本校年月 of a year alone say the September assumed, where it decides', () => {
    const e = eligibility(teacher('T1', 'S1', '语文', { ...known, joinedSchool: { year: 2020 } }), p);
    expect(e.status).toBe('eligible');
    expect(e.zh).toBe('本校任教6年, 满6年（进本校年月只填了年份2020, 按9月计）');
    expect(e.en).toBe('6 years at the school, at least 6 (only the year 2020 of joining given: September assumed)');
    // Joined in 2020: January gives 6 years at 2026-08-31, December 5; the month decides. Not so in 2021 or 2019.
    expect(eligibility(teacher('T2', 'S1', '语文', { joinedSchool: { year: 2021 } }), p).zh).toBe('本校任教5年, 未满6年');
    expect(eligibility(teacher('T3', 'S1', '语文', { ...known, joinedSchool: { year: 2019 } }), p).zh).toBe('本校任教7年, 满6年');
    expect(eligibility(teacher('P1', 'S1', '语文', { ...known, role: 'principal', joinedSchool: { year: 2020 } }), p).zh).toBe('校长本校任职6年, 满6年（2届, 每届3年）（进本校年月只填了年份2020, 按9月计）');
  });
});

describe('eligibility: a birth without a gender', () => {
  it('is held to the men\'s schedule, and the reason says so (a woman born 1966-05 retired in 2021)', () => {
    const e = eligibility(teacher('T1', 'S1', '语文', { birthDate: { year: 1966, month: 5 } }), p);
    expect(e.status).toBe('exempt');
    expect(e.zh).toBe('法定退休日期 2026年10月, 距截止日 2026年8月31日 不足5年（法定退休年龄60岁5个月；性别未填, 按男教师计）');
    expect(e.en).toBe('statutory retirement 2026-10, fewer than 5 years after the cut-off date 2026-08-31 (statutory age 60 years 5 months; gender not given: the men\'s age assumed)');
    // Both missing: both said.
    expect(eligibility(teacher('T2', 'S1', '语文', { birthYear: 1966 }), p).zh).toBe('法定退休日期 2026年5月, 不晚于截止日 2026年8月31日（法定退休年龄60岁4个月；只有出生年份1966, 按1月出生计；性别未填, 按男教师计）');
  });
});
