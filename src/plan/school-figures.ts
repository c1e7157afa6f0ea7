import { ARTS_PE_SUBJECTS, isBackbone, isCountyBackbone } from '../domain/backbone.js';
import { isLeader } from '../domain/leaders.js';
import type { Policy } from '../domain/policy.js';
import { arrivalSectionOf, placesOf, sectionsOf, teacherSection } from '../domain/sections.js';
import { postsOf, type PostTable } from '../domain/staffing.js';
import { withSections } from '../domain/teacher-sections.js';
import type { County, School, Section, Teacher } from '../domain/types.js';
import type { MoveIds } from './verify.js';

/**
 * One school before and after the plan. Shortage is Σ over sections and subjects of max(0, posts −
 * teachers), teachers in subject posts only; `teachersBefore`/`teachersAfter` count every teacher
 * of the school, principals and vice principals included.
 */
export interface SchoolFigures {
  school: School;
  teachersBefore: number;
  teachersAfter: number;
  posts: number;
  shortageBefore: number;
  shortageAfter: number;
  scarceShortageBefore: number;
  scarceShortageAfter: number;
  backboneBefore: number;
  backboneAfter: number;
  countyBackboneBefore: number;
  countyBackboneAfter: number;
  outflow: number;
  inflow: number;
  /** County-level-or-higher backbone teachers per 100 students (0 when the school has no students); like `countyBackbone*`, a leader teaching no class is not counted. */
  backbonePer100Before: number;
  backbonePer100After: number;
  /** PE, music and art teachers per 100 students. */
  artsPePer100Before: number;
  artsPePer100After: number;
  /** Shortage per subject before and after, for explanations; at a school of two sections, each section's too (the school's sections' order). */
  bySubject: Map<string, SubjectShortage & { sections?: SubjectShortage[] }>;
}

/** A subject's posts and its shortage before and after the plan (at a school, or in a section of one). */
export interface SubjectShortage {
  posts: number;
  before: number;
  after: number;
}

const per100 = (n: number, students: number): number => (students > 0 ? (n * 100) / students : 0);

/**
 * One school's counts, before and after the plan (every teacher: principals and vice principals
 * too), but for the county-level backbone teachers of the 优质均衡 indicator: those count 专任教师,
 * so a principal or vice principal who teaches no class (任教学科 无) is left out of them, as
 * indicators/count-sections.ts leaves him out of the sections' figures.
 */
interface Tally {
  teachers: number;
  backbone: number;
  countyBackbone: number;
  artsPe: number;
}

const tally = (): Tally => ({ teachers: 0, backbone: 0, countyBackbone: 0, artsPe: 0 });

function count(t: Tally, teacher: Teacher, d: 1 | -1 = 1): void {
  t.teachers += d;
  if (isBackbone(teacher)) t.backbone += d;
  if (isCountyBackbone(teacher) && teacher.subject !== '') t.countyBackbone += d;
  if (ARTS_PE_SUBJECTS.includes(teacher.subject)) t.artsPe += d;
}

type BySection = Map<string, Int32Array>;

/** Where a subject's counts after the plan start: after the most sections a school has (a 十二年一贯制's three). */
const AFTER = 3;

function bump(m: BySection, subject: string, at: number, d: 1 | -1 = 1): void {
  let c = m.get(subject);
  if (!c) m.set(subject, (c = new Int32Array(2 * AFTER)));
  if (at >= 0) c[at] = (c[at] ?? 0) + d;
}

/** A school's section: its position among the school's sections (−1 when not one of them). */
const sectionAt = (s: School, sec: Section): number => sectionsOf(s).indexOf(sec);

/**
 * The county's schools before any plan, and after a plan that moves nobody: what every plan of the
 * county starts from. Teachers per subject and section: each section's position before, {@link AFTER} on after.
 */
interface FiguresGround {
  county: County;
  schools: School[];
  at: Map<string, number>;
  before: Tally[];
  bySection: BySection[];
  /** Each teacher's own section at his or her school (county order; −1 outside the county). */
  own: Int32Array;
}

/** Per county object, worked out once: a county is never changed once read. */
const grounds = new WeakMap<County, FiguresGround>();

/**
 * What {@link schoolFigures} takes from the county alone, worked out once per county: a run figures
 * several plans of one county, and works this out while the solver works (see {@link groundSchoolFigures}).
 */
function figuresGround(input: County): FiguresGround {
  const hit = grounds.get(input);
  if (hit) return hit;
  const county = withSections(input);
  const schools = [...county.schools].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const at = new Map(schools.map((s, i) => [s.id, i]));
  const before = schools.map(tally);
  const bySection: BySection[] = schools.map(() => new Map());
  const own = new Int32Array(county.teachers.length).fill(-1);
  county.teachers.forEach((t, i) => {
    const b = at.get(t.schoolId);
    if (b === undefined) return;
    count(before[b] as Tally, t);
    // Principals and vice principals hold leadership posts, not subject posts (domain/leaders.ts).
    if (isLeader(t)) return;
    const from = schools[b] as School;
    const k = sectionAt(from, teacherSection(t, from));
    own[i] = k;
    bump(bySection[b] as BySection, t.subject, k);
    bump(bySection[b] as BySection, t.subject, k < 0 ? -1 : AFTER + k);
  });
  const ground: FiguresGround = { county, schools, at, before, bySection, own };
  grounds.set(input, ground);
  return ground;
}

/** Works out ahead what every plan of this county is figured against (a caller with time to spare, as while the solver works). */
export function groundSchoolFigures(county: County): void {
  figuresGround(county);
}

export function schoolFigures(input: County, p: Policy, posts: PostTable, moves: readonly MoveIds[]): SchoolFigures[] {
  const { county, schools, at, before, bySection: base, own } = figuresGround(input);
  const dest = new Map(moves.map((m) => [m.teacherId, m.toSchoolId]));
  // From the county as it is, only the movers change: each is taken out where he or she was and
  // counted where he or she goes (a section by the stage rule).
  const after = before.map((t) => ({ ...t }));
  const bySection: BySection[] = base.map((m) => new Map([...m].map(([j, c]) => [j, c.slice()])));
  county.teachers.forEach((t, i) => {
    const toId = dest.get(t.id);
    if (toId === undefined) return;
    const b = at.get(t.schoolId);
    const a = at.get(toId);
    if (b !== undefined) count(after[b] as Tally, t, -1);
    if (a !== undefined) count(after[a] as Tally, t);
    if (isLeader(t)) return;
    const from = b === undefined ? undefined : schools[b];
    if (!from || b === undefined) {
      // A teacher of no school of the county counts in no section, but names his or her subject where he or she arrives.
      if (a !== undefined) bump(bySection[a] as BySection, t.subject, -1);
      return;
    }
    const dSchool = a === undefined ? undefined : schools[a];
    if (a === undefined || !dSchool) return;
    bump(bySection[b] as BySection, t.subject, (own[i] ?? -1) < 0 ? -1 : AFTER + (own[i] ?? 0), -1);
    bump(bySection[a] as BySection, t.subject, AFTER + Math.max(0, sectionAt(dSchool, arrivalSectionOf(t, from, dSchool, p) ?? (sectionsOf(dSchool)[0] as Section))));
  });
  const known = new Set(county.teachers.map((t) => t.id));
  const outflow = new Map<string, number>();
  const inflow = new Map<string, number>();
  for (const m of moves) {
    if (!known.has(m.teacherId)) continue;
    outflow.set(m.fromSchoolId, (outflow.get(m.fromSchoolId) ?? 0) + 1);
    inflow.set(m.toSchoolId, (inflow.get(m.toSchoolId) ?? 0) + 1);
  }
  const scarce = new Set(p.scarce);
  return schools.map((s, i) => {
    const b = before[i] as Tally;
    const a = after[i] as Tally;
    const counts = bySection[i] as BySection;
    const places = placesOf(s).map(([place]) => place);
    const bySubject: SchoolFigures['bySubject'] = new Map();
    let sb = 0, sa = 0, xb = 0, xa = 0, totalPosts = 0;
    const subjects = new Set(counts.keys());
    for (const place of places) for (const j of posts.get(place)?.keys() ?? []) subjects.add(j);
    for (const j of [...subjects].sort()) {
      // Σ over the school's sections of max(0, posts − teachers).
      const c = counts.get(j);
      let n = 0, gb = 0, ga = 0;
      const sections = places.map((place, k): SubjectShortage => {
        const q = postsOf(posts, place, j);
        const section = { posts: q, before: Math.max(0, q - (c?.[k] ?? 0)), after: Math.max(0, q - (c?.[AFTER + k] ?? 0)) };
        n += q;
        gb += section.before;
        ga += section.after;
        return section;
      });
      totalPosts += n;
      bySubject.set(j, { posts: n, before: gb, after: ga, ...(places.length > 1 ? { sections } : {}) });
      sb += gb;
      sa += ga;
      if (scarce.has(j)) {
        xb += gb;
        xa += ga;
      }
    }
    return {
      school: s,
      teachersBefore: b.teachers,
      teachersAfter: a.teachers,
      posts: totalPosts,
      shortageBefore: sb,
      shortageAfter: sa,
      scarceShortageBefore: xb,
      scarceShortageAfter: xa,
      backboneBefore: b.backbone,
      backboneAfter: a.backbone,
      countyBackboneBefore: b.countyBackbone,
      countyBackboneAfter: a.countyBackbone,
      outflow: outflow.get(s.id) ?? 0,
      inflow: inflow.get(s.id) ?? 0,
      backbonePer100Before: per100(b.countyBackbone, s.students),
      backbonePer100After: per100(a.countyBackbone, s.students),
      artsPePer100Before: per100(b.artsPe, s.students),
      artsPePer100After: per100(a.artsPe, s.students),
      bySubject,
    };
  });
}
