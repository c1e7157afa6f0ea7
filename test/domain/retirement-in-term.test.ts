/**
 * With eligibility.exempt_years_to_retirement below the term (eligibility.term_years), a teacher who
 * reaches the statutory retirement age during the term an exchange would run was eligible with no
 * word of it: a man born January 1968 (60 years 10 months under the 2024 law, retiring November
 * 2028) could be sent for 2026-09 to 2029-08 and his reason read like anyone's. DOMAIN.md does not
 * say whether he may be sent; the reason and one warning per file now say so, and name the value of
 * the exemption that would keep him home.
 */
import { describe, expect, it } from 'vitest';
import { eligibility } from '../../src/domain/eligibility.js';
import { retiresInTerm, yearsExemptingTerm } from '../../src/domain/retirement-in-term.js';
import { retirementInTermWarnings } from '../../src/domain/retirement-in-term-warnings.js';
import { buildContext } from '../../src/model/context.js';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { county, policy, post, school, teacher, teachers } from '../helpers/make-county.js';

const two = policy({ 'plan.year': '2026', 'eligibility.exempt_years_to_retirement': '2' });
const at = (t: ReturnType<typeof teacher>, row: number) => ({ ...t, source: { file: '教师.csv', row } });
const born = (gender: 'M' | 'F', year: number, month: number, extra: Record<string, unknown> = {}) => teacher(`T${gender}${year}${month}`, 'A', '语文', { gender, birthDate: { year, month }, ...extra });

describe('a teacher who would retire during the exchange term', () => {
  it('the 2024 schedule decides who retires before 2029-08: men born 1966–1967 and women born 1971–1976 at 55, 1975–1976 at 50', () => {
    // Men: 1968-01 → 60y10m → 2028-11 (in); 1968-09 → 61y → 2029-09 (after); 1967-06 → 60y9m → 2028-03 (in).
    expect(retiresInTerm(born('M', 1968, 1), two)).toBe(true);
    expect(retiresInTerm(born('M', 1967, 6), two)).toBe(true);
    expect(retiresInTerm(born('M', 1968, 9), two)).toBe(false);
    // Women at 55: 1973-05 → 55y11m → 2029-04 (in); 1973-11 → 56y → 2029-11 (after).
    expect(retiresInTerm(born('F', 1973, 5), two)).toBe(true);
    expect(retiresInTerm(born('F', 1973, 11), two)).toBe(false);
    // Women at 50 (a county that sets it): 1977-01 → 51y1m → 2028-02 (in); 1979-01 → 52y1m → 2031-02 (after).
    const fifty = policy({ 'plan.year': '2026', 'eligibility.retirement_age_female': '50', 'eligibility.exempt_years_to_retirement': '1' });
    expect(retiresInTerm(born('F', 1977, 1), fifty)).toBe(true);
    expect(retiresInTerm(born('F', 1979, 1), fifty)).toBe(false);
    // Retiring by the cut-off date is not "during the term" (that teacher is a retiree).
    expect(retiresInTerm(born('M', 1966, 1), two)).toBe(false);
  });

  it('the eligible reason says so, with the term\'s end and without the teacher\'s date or age', () => {
    const e = eligibility(born('M', 1968, 1), two);
    expect(e.status).toBe('eligible');
    expect(e.zh).toBe('本校任教8年, 满6年（法定退休日期早于交流期满（2029年8月）, 如安排交流将在交流期内退休）');
    expect(e.en).toBe('8 years at the school, at least 6 (statutory retirement comes before an exchange term would end (2029-08): if sent, the teacher retires during it)');
    expect(e.zh).not.toContain('2028');
    // With the default exemption (5 years against a 3-year term) he is exempt, and one who retires later has no note.
    expect(eligibility(born('M', 1968, 1), policy({ 'plan.year': '2026' })).status).toBe('exempt');
    expect(eligibility(born('M', 1968, 9), two).zh).toBe('本校任教8年, 满6年');
  });

  it('the reason of his move says so too, where the plan sends him', () => {
    // U's only eligible teacher (the others came two years ago) is the one the county's 10% sends to R.
    const c = county(
      [school('U', 'urban'), school('R', 'rural')],
      [born('M', 1968, 1, { schoolId: 'U', subject: '数学' }), ...teachers('u', 9, 'U', '数学', { yearsAtSchool: 2, birthDate: { year: 1990, month: 1 } }), teacher('r1', 'R', '数学')],
      [post('U', '数学', 10), post('R', '数学', 3)],
    );
    const q = policy({ 'plan.year': '2026', 'eligibility.exempt_years_to_retirement': '2', 'rules.backbone_share': '0' });
    const r = solveCounty(buildContext(c, q), false, () => 0);
    if (r.kind !== 'planned') throw new Error(r.kind);
    const move = r.plan.moves.find((m) => m.teacher.id === 'TM19681');
    expect(move?.reason.zh).toContain('; 法定退休日期早于交流期满（2029年8月）, 将在交流期内退休');
    expect(move?.reason.en).toContain('; reaches statutory retirement before the term ends (2029-08)');
    expect(move?.reason.zh).not.toContain('2028');
  });

  it('one warning per file names the rows of eligible teachers only, and the value that exempts them', () => {
    const ts = [
      at(born('M', 1968, 1), 2),
      at(born('F', 1973, 5), 3),
      at(born('M', 1968, 9), 4),
      // Too few years at the school: not eligible, not named.
      at(born('M', 1967, 6, { yearsAtSchool: 2 }), 5),
    ];
    const w = retirementInTermWarnings(county([school('A', 'urban')], ts, []), two);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ file: '教师.csv', row: 2, column: '出生年月' });
    expect(w[0]?.zh).toBe('注意: 2 名符合交流条件的教师在交流期满（2029年8月）前到达法定退休年龄, 如安排交流将在交流期内退休（第2、3行）; 距法定退休不足2年者才免交流（eligibility.exempt_years_to_retirement=2）, 交流期限3年（eligibility.term_years）; 要免其交流, 可设 eligibility.exempt_years_to_retirement=3');
    expect(w[0]?.en).toContain('2 eligible teachers reach statutory retirement before an exchange term would end (2029-08)');
    expect(retirementInTermWarnings(county([school('A', 'urban')], ts, []), policy({ 'plan.year': '2026' }))).toEqual([]);
    const off = retirementInTermWarnings(county([school('A', 'urban')], ts, []), policy({ 'plan.year': '2026', 'eligibility.exempt_years_to_retirement': '0' }));
    expect(off[0]?.zh).toContain('未设临近退休免交流（eligibility.exempt_years_to_retirement=0）');
  });

  it('the years that exempt them: the term\'s, one more when the cut-off date is not a month\'s last day', () => {
    expect(yearsExemptingTerm(two)).toBe(3);
    expect(yearsExemptingTerm(policy({ 'plan.cutoff': '2026-07-15' }))).toBe(4);
    expect(yearsExemptingTerm(policy({ 'plan.year': '2026', 'eligibility.term_years': '6' }))).toBe(6);
  });
});
