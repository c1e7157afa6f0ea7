/**
 * A synthetic county, as domain objects: schools laid out on a map, head counts shared out by
 * size, pupils and posts that fit the head counts, then the teachers and (on request) locks.
 * Pure and seeded: the same options give the same county.
 */
import { MAX_DATA_ROWS } from '../input/limits.js';
import { resolvePolicy, type Policy } from '../domain/policy.js';
import { subjectKey } from '../domain/subjects.js';
import type { Lang, Lock, Post, School, Section, Teacher } from '../domain/types.js';
import { buildLocks } from './build-locks.js';
import { buildTeachers } from './build-teachers.js';
import { addStaffFacts } from './staff-facts.js';
import { layoutSchools } from './layout-schools.js';
import { pickLang } from './names.js';
import { Rng, apportion } from './random.js';
import { minimumHeadCount, staffSchool, type SchoolPattern, type Staffing } from './staff-school.js';
import { drawsFor, JUNIOR_ONLY_SUBJECTS, NINE_YEAR_PRIMARY_PART, postRule } from './staffing-plan.js';
import { subjectLabel } from './vocabulary.js';

export interface GenerateOptions {
  /** Head count of the county (teachers, principals included), exactly. */
  teachers: number;
  /** Number of schools, at least 3. */
  schools: number;
  /** Any safe integer; the same seed gives the same county. */
  seed: number;
  lang: Lang;
  /** Write the posts table (default yes); without it the planner derives posts from the norm. */
  posts?: boolean;
  /** Write a small table of hand decisions (default no). */
  locks?: boolean;
  /** Year the birth years are counted back from (default {@link DEFAULT_YEAR}). */
  year?: number;
}

/** The plan year the generated ages are meant for. */
export const DEFAULT_YEAR = 2026;
/** Teachers of a generated county, at most: the rows rotate reads from one file (MAX_DATA_ROWS). */
export const MAX_TEACHERS = MAX_DATA_ROWS;
export const MAX_SCHOOLS = 9999;

export interface SyntheticCounty {
  year: number;
  lang: Lang;
  schools: School[];
  teachers: Teacher[];
  /** The posts of every school and subject (written only when asked, but always known). */
  posts: Post[];
  /** Hand decisions, when asked for. */
  locks: Lock[] | null;
}

/** The policy with every default, for the given plan year. */
export function defaultPolicy(year: number): Policy {
  const r = resolvePolicy([], year, subjectKey);
  if (!r.ok) throw new Error(`the default policy does not resolve: ${r.issues.map((i) => i.en).join('; ')}`);
  return r.value;
}

function checkOptions(o: GenerateOptions): void {
  const whole = (x: number): boolean => Number.isSafeInteger(x);
  if (!whole(o.schools) || o.schools < 3 || o.schools > MAX_SCHOOLS) throw new RangeError(`schools: expected a whole number from 3 to ${MAX_SCHOOLS}, found ${o.schools} (学校数应为3到${MAX_SCHOOLS}的整数)`);
  if (!whole(o.teachers) || o.teachers < 1 || o.teachers > MAX_TEACHERS) throw new RangeError(`teachers: expected a whole number from 1 to ${MAX_TEACHERS}, found ${o.teachers} (教师数应为1到${MAX_TEACHERS}的整数)`);
  if (!whole(o.seed)) throw new RangeError(`seed: expected a whole number, found ${o.seed} (随机种子应为整数)`);
  if (o.year !== undefined && (!whole(o.year) || o.year < 1950 || o.year > 2200)) throw new RangeError(`year: expected a year such as ${DEFAULT_YEAR}, found ${o.year}`);
}

export function buildCounty(opts: GenerateOptions): SyntheticCounty {
  checkOptions(opts);
  const year = opts.year ?? DEFAULT_YEAR;
  const { seed, lang } = opts;
  const policy = defaultPolicy(year);
  const scarce = new Set(policy.scarce);
  const { townships, schools: layouts } = layoutSchools(seed, opts.schools);

  const patterns = layouts.map((s, i): SchoolPattern => {
    const rule = postRule(s.stage, policy);
    const rng = Rng.stream(seed, 2, i);
    return { stage: s.stage, profile: s.profile, area: s.area, rule, draws: drawsFor(rng, rule.subjects.length), scarce, jitter: rng.float() };
  });
  // Every school gets at least its smallest staff; the rest is shared out by size.
  const floors = patterns.map(minimumHeadCount);
  const floorSum = floors.reduce((a, b) => a + b, 0);
  if (opts.teachers < floorSum) {
    throw new RangeError(`teachers: ${opts.schools} schools need at least ${floorSum} teachers, found ${opts.teachers} (${opts.schools}所学校至少需要${floorSum}名教师)`);
  }
  const extra = apportion(opts.teachers - floorSum, layouts.map((s) => s.weight));
  const staffing: Staffing[] = patterns.map((p, i) => staffSchool(p, (floors[i] ?? 0) + (extra[i] ?? 0)));

  const schools = layouts.map((s, i): School => ({
    id: s.id,
    name: pickLang(s.name, lang),
    stage: s.stage,
    area: s.area,
    students: staffing[i]?.students ?? 0,
    weak: s.weak,
    classes: staffing[i]?.classes,
    township: pickLang((townships[s.township] ?? townships[0])?.name ?? { zh: '', en: '' }, lang),
    lat: Math.round(s.lat * 1e5) / 1e5,
    lon: Math.round(s.lon * 1e5) / 1e5,
    source: { file: 'schools.csv', row: i + 2 },
  }));
  const posts: Post[] = [];
  staffing.forEach((st, i) => {
    st.subjects.forEach((subject, j) => {
      const n = st.posts[j] ?? 0;
      // A 九年一贯制's posts name their section: the subjects of grades 7–9 alone go to 初中部, the
      // others are shared as its pupils are (two thirds in grades 1–6).
      const parts: [number, Section | undefined][] = layouts[i]?.stage !== 'nine_year' ? [[n, undefined]] : JUNIOR_ONLY_SUBJECTS.includes(subject) ? [[n, 'junior']] : [[Math.round(n * NINE_YEAR_PRIMARY_PART), 'primary'], [n - Math.round(n * NINE_YEAR_PRIMARY_PART), 'junior']];
      for (const [k, section] of parts) {
        if (k > 0) posts.push({ schoolId: layouts[i]?.id ?? '', subject, subjectLabel: subjectLabel(subject, lang), posts: k, ...(section !== undefined && { section }), source: { file: 'posts.csv', row: posts.length + 2 } });
      }
    });
  });
  const teachers = buildTeachers({ seed, year, lang, townships, schools: layouts, staffing, total: opts.teachers });
  addStaffFacts(seed, year, schools, teachers);
  const locks = opts.locks ? buildLocks(Rng.stream(seed, 4), { schools, teachers, posts }, policy) : null;
  return { year, lang, schools, teachers, posts, locks };
}
