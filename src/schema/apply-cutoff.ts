/**
 * The checks and counts that need the plan's cut-off date, run once the policy is known:
 * years at the school counted from 进本校年月, and whether ages and years are possible.
 * Impossible is an input error (born after the cut-off date, joined the school after it or
 * before being born, more years at the school than years of age); implausible is a warning
 * (joined before the age of 18, more years at the school than age − 18, a stated 本校任教年限
 * more than a year from the count): counties' rosters hold such rows, and refusing them would
 * stop a plan that planned before. Joining after the cut-off date and the warnings name a few rows
 * one by one and many in one line per file and kind (cutoff-lines.ts). Pure.
 */
import { ageOn } from '../domain/birth.js';
import { compareDates, dateEn, dateZh, type FullDate } from '../domain/calendar.js';
import { countEn } from '../domain/plural.js';
import type { Policy } from '../domain/policy.js';
import { joinDay, yearsSince } from '../domain/school-years.js';
import type { County, InputIssue, Teacher } from '../domain/types.js';
import { columnSpec } from './columns.js';
import { cutoffLines, MIN_TEACHING_AGE, type CutoffFinding } from './cutoff-lines.js';

export { MIN_TEACHING_AGE } from './cutoff-lines.js';

/** The county with years counted, or every implausible cell; and the warnings either way. */
export type CutoffResult =
  | { ok: true; county: County; warnings: InputIssue[] }
  | { ok: false; issues: InputIssue[]; warnings: InputIssue[] };

function issueAt(county: County, t: Teacher, key: string, zh: string, en: string): InputIssue {
  const spec = columnSpec('teachers', key);
  return { file: t.source.file, row: t.source.row, column: county.lang === 'zh' ? spec.zh : spec.key, zh, en };
}

/** The earliest the teacher can have been born (1 January when only the year is known): the oldest age. */
function earliestBirth(t: Teacher): FullDate | undefined {
  const year = t.birthDate?.year ?? t.birthYear;
  if (year === undefined) return undefined;
  return { year, month: t.birthDate?.month ?? 1, day: t.birthDate?.day ?? 1 };
}

function birthColumn(t: Teacher): string {
  return t.birthDate ? 'birth_date' : 'birth_year';
}

/** The problems of one teacher's dates at the cut-off date: impossible (issues) and implausible (warnings). */
function teacherIssues(county: County, t: Teacher, cutoff: FullDate, findings: CutoffFinding[]): InputIssue[] {
  const issues: InputIssue[] = [];
  const [cz, ce] = [dateZh(cutoff, true), dateEn(cutoff, true)];
  const born = earliestBirth(t);
  if (born && compareDates(born, cutoff) > 0) {
    issues.push(issueAt(county, t, birthColumn(t), `出生于截止日 ${cz} 之后, 不可能; 请核对`, `born after the cut-off date ${ce}: impossible; check the cell`));
    return issues;
  }
  const age = born ? ageOn(born, cutoff) : undefined;
  if (t.joinedSchool) {
    const joined = joinDay(t.joinedSchool);
    if (compareDates(joined, cutoff) > 0) {
      findings.push({ kind: 'joined_late', t, joined: t.joinedSchool });
    } else if (born && compareDates(joined, born) < 0) {
      issues.push(issueAt(county, t, 'joined_school', `进本校年月 ${dateZh(t.joinedSchool)} 早于出生, 不可能; 请核对进本校年月和出生年月`, `joined the school ${dateEn(t.joinedSchool)}, before being born: impossible; check joined_school and the birth date`));
    } else if (born && ageOn(born, joined) < MIN_TEACHING_AGE) {
      findings.push({ kind: 'young_join', t, joined: t.joinedSchool });
    }
  } else if (age !== undefined && t.yearsAtSchool > age) {
    issues.push(issueAt(county, t, 'years_at_school', `本校任教${t.yearsAtSchool}年, 但截止日时只有${age}岁, 不可能; 请核对`, `${countEn(t.yearsAtSchool, 'year')} at the school at the age of ${age} on the cut-off date: impossible; check the cell`));
  } else if (age !== undefined && t.yearsAtSchool > age - MIN_TEACHING_AGE) {
    findings.push({ kind: 'years_over_age', t, years: t.yearsAtSchool, age });
  }
  return issues;
}

/**
 * Counts every teacher's years at the school from `joinedSchool` to the cut-off date, and checks
 * dates and years for plausibility. A stated `years_at_school` that differs from the count by more
 * than a year is a warning (the date is used): naming the row when a file has a few, one line for
 * the file when it has many (a file made for another year).
 */
export function applyCutoff(county: County, p: Policy): CutoffResult {
  const issues: InputIssue[] = [];
  const findings: CutoffFinding[] = [];
  const teachers = county.teachers.map((t): Teacher => {
    issues.push(...teacherIssues(county, t, p.cutoff, findings));
    if (!t.joinedSchool) return t;
    const years = yearsSince(t.joinedSchool, p.cutoff);
    const stated = t.statedYearsAtSchool;
    if (stated !== undefined && Math.abs(stated - years) > 1) findings.push({ kind: 'years_differ', t, stated, counted: years, joined: t.joinedSchool });
    return years === t.yearsAtSchool ? t : { ...t, yearsAtSchool: years };
  });
  const terms = { cutoff: p.cutoff, planYear: p.planYear };
  const warnings = cutoffLines(county, findings.filter((f) => f.kind !== 'joined_late'), terms);
  const late = cutoffLines(county, findings.filter((f) => f.kind === 'joined_late'), terms);
  if (issues.length > 0 || late.length > 0) return { ok: false, issues: [...issues, ...late], warnings };
  return { ok: true, county: { ...county, teachers }, warnings };
}
