/**
 * The rulebook's columns of issue 10 on a generated roster, drawn from a stream of their own so
 * that every other draw stays as it was: when each teacher joined the school (进本校年月, agreeing
 * with the years at the school) and the birth month (出生年月), the certificate (教师资格种类), the
 * stage taught in a 九年一贯制 (任教学段), a few staff not at their post (病休, 借调), a few 特岗
 * teachers at rural schools, and a few teachers on an exchange from a 城镇 school (交流原学校代码,
 * 交流结束年月; some of them ending this year, so that they return).
 */
import { isQuotaSchool, isNeedySchool } from '../domain/direction.js';
import type { School, Section, Teacher } from '../domain/types.js';
import { Rng } from './random.js';

/** Subjects taught only in 初中 (the rest are taught in both sections of a 九年一贯制). */
const JUNIOR_ONLY = new Set(['物理', '化学', '生物', '历史', '地理']);
const SICK = 0.008;
const SECONDED = 0.005;
const SPECIAL_POST = 0.2;
const ON_EXCHANGE = 0.2;
/** A primary teacher holding a 初级中学 certificate (a certificate covers its level and those below). */
const PRIMARY_WITH_JUNIOR = 0.25;

/** The section a teacher teaches in: the school's when it has one, else drawn by subject. */
function sectionOf(rng: Rng, s: School, subject: string): Section {
  if (s.stage === 'nine_year') return JUNIOR_ONLY.has(subject) || rng.chance(0.4) ? 'junior' : 'primary';
  if (s.stage === 'complete') return rng.chance(0.5) ? 'junior' : 'senior';
  if (s.stage === 'twelve_year') return JUNIOR_ONLY.has(subject) ? (rng.chance(0.5) ? 'junior' : 'senior') : rng.chance(0.5) ? 'primary' : rng.chance(0.5) ? 'junior' : 'senior';
  return s.stage;
}

/** Adds the rulebook's columns to `teachers` (in place), drawn from their own stream of `seed`. */
export function addStaffFacts(seed: number, year: number, schools: readonly School[], teachers: Teacher[]): void {
  const rng = Rng.stream(seed, 7);
  const byId = new Map(schools.map((s) => [s.id, s]));
  const homes = schools.filter(isQuotaSchool);
  for (const t of teachers) {
    const s = byId.get(t.schoolId);
    if (!s) continue;
    // Joined in a month up to August: the years counted to 31 August are the years at the school.
    t.joinedSchool = { year: year - t.yearsAtSchool, month: rng.int(1, 8) };
    if (t.birthYear !== undefined) t.birthDate = { year: t.birthYear, month: rng.int(1, 12) };
    const section = sectionOf(rng, s, t.subject);
    if (s.stage === 'nine_year' || s.stage === 'complete') t.teachingStage = section;
    t.certificate = section === 'primary' && rng.chance(PRIMARY_WITH_JUNIOR) ? 'junior' : section;
    if (t.role !== 'teacher') continue;
    const r = rng.float();
    if (r < SICK) t.state = 'sick_leave';
    else if (r < SICK + SECONDED) t.state = 'seconded';
    if (s.area === 'rural' && t.yearsAtSchool <= 2 && year - (t.birthYear ?? year) < 30 && rng.chance(SPECIAL_POST)) t.employment = 'special_post';
    if (isNeedySchool(s) && t.state === undefined && t.employment === undefined && t.yearsAtSchool >= 1 && t.yearsAtSchool <= 3 && homes.length > 0 && rng.chance(ON_EXCHANGE)) {
      const home = homes[rng.int(0, homes.length - 1)] as School;
      t.exchangeHomeSchool = home.id;
      // A three-year term begun when the teacher came: ends in July of the year it began plus three.
      t.exchangeEnd = { year: year - t.yearsAtSchool + 3, month: 7 };
    }
  }
}
