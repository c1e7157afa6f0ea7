/**
 * The teachers of a synthetic county: for each school and subject, as many people as the
 * staffing gave, each with an age, gender, years at the school, title, backbone level, rural
 * service, and now and then an exemption reason or wished-for schools.
 */
import type { Backbone, Lang, Role, Stage, Teacher, Title } from '../domain/types.js';
import { personName, pickLang } from './names.js';
import { Rng, WeightedTable } from './random.js';
import type { SchoolLayout, Township } from './layout-schools.js';
import type { Staffing } from './staff-school.js';
import { EXEMPT_REASONS, subjectLabel } from './vocabulary.js';

export interface TeacherContext {
  seed: number;
  /** The year ages are counted in. */
  year: number;
  lang: Lang;
  townships: readonly Township[];
  schools: readonly SchoolLayout[];
  staffing: readonly Staffing[];
  /** Head count of the whole county, for the width of the ids. */
  total: number;
}

const FEMALE_BY_STAGE: Record<Stage, number> = { primary: 0.72, junior: 0.58, senior: 0.55, nine_year: 0.62, complete: 0.55, twelve_year: 0.6 };
const FEMALE_BY_SUBJECT: Readonly<Record<string, number>> = { 体育: 0.3, 物理: 0.4, 信息科技: 0.45, 音乐: 0.82, 美术: 0.6, 语文: 0.8, 英语: 0.85 };
/** Share of teachers under 31 (rural schools take the young 特岗 teachers). */
const YOUNG = { strong: 0.12, rural: 0.3, weak_rural: 0.3, weak_town: 0.2 } as const;
/** Chance of some backbone level, before the age factor. */
const BACKBONE_BASE = { urban: 0.26, town: 0.17, rural: 0.085 } as const;
const BACKBONE_LEVELS = {
  urban: new WeightedTable<Backbone>([['school', 50], ['county', 30], ['city', 15], ['province', 5]]),
  town: new WeightedTable<Backbone>([['school', 55], ['county', 33], ['city', 10], ['province', 2]]),
  rural: new WeightedTable<Backbone>([['school', 65], ['county', 30], ['city', 5]]),
};
const EXEMPT_SHARE = 0.02;
const PREFERENCE_SHARE = { strong: 0.13, needy: 0.05 } as const;
const PREFERENCE_COUNT = new WeightedTable<number>([[1, 50], [2, 30], [3, 20]]);
const HOME_KNOWN = 0.92;

function titleFor(rng: Rng, age: number, rural: boolean): Title {
  const x = rng.float() + (rural ? 0.1 : 0);
  if (age < 25) return x < 0.5 ? 'none' : 'junior';
  if (age <= 30) return x < 0.05 ? 'none' : x < 0.75 ? 'junior' : 'intermediate';
  if (age <= 40) return x < 0.15 ? 'senior' : x < 0.75 ? 'intermediate' : 'junior';
  if (age <= 50) return x < 0.02 ? 'full_senior' : x < 0.3 ? 'senior' : x < 0.9 ? 'intermediate' : 'junior';
  return x < 0.04 ? 'full_senior' : x < 0.45 ? 'senior' : x < 0.92 ? 'intermediate' : 'junior';
}

function backboneAgeFactor(age: number): number {
  if (age < 28) return 0.15;
  if (age <= 35) return 0.8;
  if (age <= 50) return 1.35;
  return 1.0;
}

/** Indexes of rural or weak schools by subject, and by township and subject, for wishes. */
function needyIndex(schools: readonly SchoolLayout[], staffing: readonly Staffing[]): { bySubject: Map<string, number[]>; byPlace: Map<string, number[]> } {
  const bySubject = new Map<string, number[]>();
  const byPlace = new Map<string, number[]>();
  schools.forEach((s, i) => {
    if (s.profile === 'strong') return;
    for (const subject of staffing[i]?.subjects ?? []) {
      const a = bySubject.get(subject) ?? [];
      a.push(i);
      bySubject.set(subject, a);
      const key = `${s.township}|${subject}`;
      const b = byPlace.get(key) ?? [];
      b.push(i);
      byPlace.set(key, b);
    }
  });
  return { bySubject, byPlace };
}

/** Builds every teacher, school by school in id order; ids are 6-digit (or wider) text. */
export function buildTeachers(ctx: TeacherContext): Teacher[] {
  const { year, lang, townships, schools, staffing } = ctx;
  const width = Math.max(6, String(ctx.total).length);
  const needy = needyIndex(schools, staffing);
  const outerTownships = townships.flatMap((t, i) => (t.kind === 'urban' ? [] : [i]));
  const urbanTownships = townships.flatMap((t, i) => (t.kind === 'urban' ? [i] : []));
  const reasonTable = new WeightedTable(EXEMPT_REASONS.map((r) => [r, r.weight] as const));
  const out: Teacher[] = [];

  schools.forEach((school, si) => {
    const rng = Rng.stream(ctx.seed, 3, si);
    const st = staffing[si];
    if (!st) return;
    const strong = school.profile === 'strong';
    const first = out.length;
    st.subjects.forEach((subject, j) => {
      for (let k = 0; k < (st.teachers[j] ?? 0); k++) {
        const pF = Math.min(0.92, Math.max(0.15, (FEMALE_BY_SUBJECT[subject] ?? FEMALE_BY_STAGE[school.stage]) - (school.area === 'rural' ? 0.1 : 0)));
        const female = rng.chance(pF);
        const maxAge = female ? 55 : 60;
        const age = rng.chance(YOUNG[school.profile]) ? rng.int(23, 30) : rng.int(31, maxAge);
        const room = Math.max(0, age - 22);
        const years = Math.min(room, rng.chance(0.52) ? rng.int(0, 5) : 6 + Math.floor(20 * Math.pow(rng.float(), 1.4)));
        const title = titleFor(rng, age, school.area === 'rural');
        const bbChance = BACKBONE_BASE[school.area] * backboneAgeFactor(age) * (title === 'senior' || title === 'full_senior' ? 1.3 : 1) * (school.weak ? 0.6 : 1);
        const backbone: Backbone = rng.chance(bbChance) ? BACKBONE_LEVELS[school.area].draw(rng) : 'none';
        const before = room - years;
        let ruralYears = 0;
        if (school.area === 'rural') ruralYears = years + (rng.chance(0.5) ? rng.int(0, before) : 0);
        else if (rng.chance(school.area === 'town' ? 0.45 : 0.2) && before > 0) ruralYears = rng.int(1, Math.min(school.area === 'town' ? 10 : 6, before));
        let exempt: string | undefined;
        if (rng.chance(EXEMPT_SHARE)) {
          let reason = reasonTable.draw(rng);
          if (reason.femaleUnder !== undefined && !(female && age < reason.femaleUnder)) reason = EXEMPT_REASONS[1] ?? reason;
          exempt = lang === 'zh' ? reason.zh : reason.en;
        }
        let home: number | undefined;
        if (rng.chance(HOME_KNOWN)) {
          const own = rng.chance(school.area === 'urban' ? 0.45 : school.area === 'town' ? 0.6 : 0.65);
          home = own ? school.township : school.area === 'urban' && rng.chance(0.3) ? rng.pick(urbanTownships) : rng.pick(outerTownships);
        }
        const wishes = rng.chance(strong ? PREFERENCE_SHARE.strong : PREFERENCE_SHARE.needy) ? wishedSchools(rng, si, subject, home, needy) : [];
        const name = personName(rng, female);
        out.push({
          id: String(out.length + 1).padStart(width, '0'),
          name: pickLang(name, lang),
          schoolId: school.id,
          subject,
          subjectLabel: subjectLabel(subject, lang),
          yearsAtSchool: years,
          gender: female ? 'F' : 'M',
          birthYear: year - age,
          backbone,
          title,
          ruralYears,
          role: 'teacher',
          exempt,
          preferences: wishes.map((i) => schools[i]?.id ?? ''),
          homeTownship: home === undefined ? undefined : pickLang((townships[home] as Township).name, lang),
          source: { file: 'teachers.csv', row: out.length + 2 },
        });
      }
    });
    appointLeaders(rng, out.slice(first), year, school.area === 'rural');
  });
  return out;
}

/** 1–3 rural or weak schools teaching the subject, those in the home township first. */
function wishedSchools(rng: Rng, own: number, subject: string, home: number | undefined, needy: ReturnType<typeof needyIndex>): number[] {
  const want = PREFERENCE_COUNT.draw(rng);
  const near = home === undefined ? [] : (needy.byPlace.get(`${home}|${subject}`) ?? []);
  const all = needy.bySubject.get(subject) ?? [];
  const chosen: number[] = [];
  for (let tries = 0; chosen.length < want && tries < 12; tries++) {
    const pool = tries < 3 && near.length > 0 ? near : all;
    if (pool.length === 0) break;
    const i = rng.pick(pool);
    if (i !== own && !chosen.includes(i)) chosen.push(i);
  }
  return chosen;
}

/**
 * One principal and one or two vice principals (two from 30 teachers), chosen among the older
 * teachers, principals preferably of 语文 or 数学. Their years at the school are redrawn,
 * since heads are posted by the county on terms of three years.
 */
function appointLeaders(rng: Rng, staff: Teacher[], year: number, rural: boolean): void {
  if (staff.length < 3) return;
  const age = (t: Teacher): number => year - (t.birthYear ?? year);
  const pick = (ok: (t: Teacher) => boolean, role: Role): void => {
    const free = staff.filter((t) => t.role === 'teacher');
    const pool = free.filter(ok);
    const t = pool.length > 0 ? rng.pick(pool) : free.reduce((a, b) => (age(b) > age(a) ? b : a));
    t.role = role;
    t.yearsAtSchool = rng.int(0, Math.min(12, Math.max(0, age(t) - 24)));
    if (t.title === 'none' || t.title === 'junior') t.title = 'intermediate';
    t.ruralYears = rural ? Math.max(t.ruralYears, t.yearsAtSchool) : Math.min(t.ruralYears, Math.max(0, age(t) - 22 - t.yearsAtSchool));
  };
  pick((t) => age(t) >= 38 && (t.subject === '语文' || t.subject === '数学'), 'principal');
  const vices = staff.length >= 30 ? 2 : 1;
  for (let v = 0; v < vices; v++) pick((t) => age(t) >= 32, 'vice_principal');
}
