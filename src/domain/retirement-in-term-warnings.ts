/**
 * One warning per teachers file naming the rows of eligible teachers who would retire during the
 * term of an exchange this year (retirement-in-term.ts), with the parameters that let them be sent
 * and the value that would exempt them: nothing in the plan's figures shows it otherwise.
 */
import { eligibility } from './eligibility.js';
import { countEn, plural } from './plural.js';
import type { Policy } from './policy.js';
import { retiresInTerm, yearsExemptingTerm } from './retirement-in-term.js';
import { exchangeTerm, yearMonthText } from './term.js';
import { rowsAt, rowsByFile } from './rows-by-file.js';
import type { County, InputIssue } from './types.js';

/** The warnings, one per file, in the order the teachers come; none when nobody would retire in the term. */
export function retirementInTermWarnings(county: County, p: Policy): InputIssue[] {
  // With the default exemption (5 years) beyond the default term (3) nobody eligible can retire in the term: no teacher is looked at.
  const enough = yearsExemptingTerm(p);
  if (!p.ageCeiling.on && p.exemptYearsToRetirement >= enough) return [];
  const rows = rowsByFile(county.teachers, (t) => retiresInTerm(t, p) && eligibility(t, p).status === 'eligible');
  const end = exchangeTerm(p.cutoff, p.termYears).end;
  const zh = county.lang === 'zh';
  const rule = ruleWords(p, enough);
  return [...rows].map(([file, r]) => {
    const n = r.length;
    const at = rowsAt(r);
    return {
      file,
      row: r[0] ?? 0,
      column: zh ? '出生年月' : 'birth_date',
      zh: `注意: ${n} 名符合交流条件的教师在交流期满（${yearMonthText(end, 'zh')}）前到达法定退休年龄, 如安排交流将在交流期内退休（${at.zh}）; ${rule.zh}`,
      en: `note: ${countEn(n, 'eligible teacher')} reach${n === 1 ? 'es' : ''} statutory retirement before an exchange term would end (${yearMonthText(end, 'en')}) and, if sent, would retire during it (${at.en}); ${rule.en}`,
    };
  });
}

/** Why they are eligible and what would exempt them: the years of the exemption against the term's, or the age ceiling that replaces it. */
function ruleWords(p: Policy, enough: number): { zh: string; en: string } {
  if (p.ageCeiling.on) {
    return {
      zh: `年龄上限模式下只按年龄上限免交流（eligibility.age_ceiling_male=${p.ageCeiling.male}, eligibility.age_ceiling_female=${p.ageCeiling.female}）; 要免其交流, 可调低年龄上限`,
      en: `in age-ceiling mode only the ceiling exempts (eligibility.age_ceiling_male=${p.ageCeiling.male}, eligibility.age_ceiling_female=${p.ageCeiling.female}); to exempt them, lower the ceiling`,
    };
  }
  const why =
    p.exemptYearsToRetirement === 0
      ? { zh: '未设临近退休免交流（eligibility.exempt_years_to_retirement=0）', en: 'the exemption near retirement is off (eligibility.exempt_years_to_retirement=0)' }
      : {
          zh: `距法定退休不足${p.exemptYearsToRetirement}年者才免交流（eligibility.exempt_years_to_retirement=${p.exemptYearsToRetirement}）`,
          en: `only teachers within ${countEn(p.exemptYearsToRetirement, 'year')} of statutory retirement are exempt (eligibility.exempt_years_to_retirement=${p.exemptYearsToRetirement})`,
        };
  return {
    zh: `${why.zh}, 交流期限${p.termYears}年（eligibility.term_years）; 要免其交流, 可设 eligibility.exempt_years_to_retirement=${enough}`,
    en: `${why.en} and a term lasts ${countEn(p.termYears, 'year')} (eligibility.term_years); to exempt them, set eligibility.exempt_years_to_retirement=${enough}`,
  };
}
