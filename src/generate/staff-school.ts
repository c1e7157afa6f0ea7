/**
 * Sizes one synthetic school: given its head count, finds the number of pupils whose posts,
 * under the school's staffing pattern, take exactly that many teachers.
 */
import type { Stage } from '../domain/types.js';
import { postsFor, subjectKind, teachersFor, type Draws, type PostRule, type Profile, type SubjectKind } from './staffing-plan.js';

export interface Staffing {
  students: number;
  classes: number;
  subjects: readonly string[];
  /** Posts per subject, in the order of `subjects`. */
  posts: number[];
  /** Teachers per subject, in the order of `subjects`; they add up to the head count. */
  teachers: number[];
}

/** Fewest pupils a school of the stage has (a village primary school can be very small). */
const MIN_STUDENTS: Record<Stage, number> = { primary: 150, junior: 250, senior: 300, nine_year: 250, complete: 300, twelve_year: 400 };
const MAX_STUDENTS = 8000;

export interface SchoolPattern {
  stage: Stage;
  profile: Profile;
  area: 'urban' | 'town' | 'rural';
  rule: PostRule;
  draws: Draws;
  scarce: ReadonlySet<string>;
  /** A uniform draw in [0, 1) that places the pupils within the range giving the same posts. */
  jitter: number;
}

function kinds(p: SchoolPattern): SubjectKind[] {
  return p.rule.subjects.map((s) => subjectKind(s, p.scarce));
}

function countAt(p: SchoolPattern, ks: SubjectKind[], students: number): { posts: number[]; teachers: number[]; total: number } {
  const posts = postsFor(p.rule, students);
  let total = 0;
  const teachers = posts.map((n, j) => {
    const c = teachersFor(n, ks[j] ?? 'other', p.profile, p.draws[j] ?? [0.5, 0.5]);
    total += c;
    return c;
  });
  return { posts, teachers, total };
}

/** The head count of the smallest school of this pattern. */
export function minimumHeadCount(p: SchoolPattern): number {
  return countAt(p, kinds(p), MIN_STUDENTS[p.stage]).total;
}

/** Index maximising `score` among those passing `ok`, or -1 (ties to the first). */
function best(n: number, ok: (j: number) => boolean, score: (j: number) => number): number {
  let at = -1;
  let top = -Infinity;
  for (let j = 0; j < n; j++) {
    if (!ok(j)) continue;
    const s = score(j);
    if (s > top) {
      top = s;
      at = j;
    }
  }
  return at;
}

/**
 * The school's pupils, posts and teachers per subject for a head count of `headCount`.
 * The smallest pupil number reaching the head count is found by bisection (the count grows
 * with pupils); the few teachers the last step overshoots are taken from where the pattern
 * allows: surplus main-subject teachers in strong schools, the biggest groups in needy ones.
 */
export function staffSchool(p: SchoolPattern, headCount: number): Staffing {
  const ks = kinds(p);
  let lo = MIN_STUDENTS[p.stage];
  let hi = MAX_STUDENTS;
  if (countAt(p, ks, hi).total < headCount) lo = hi;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (countAt(p, ks, mid).total >= headCount) hi = mid;
    else lo = mid + 1;
  }
  const { posts, teachers } = countAt(p, ks, lo);
  const students = spread(p, lo, posts);
  const n = posts.length;
  const strong = p.profile === 'strong';
  const isMain = (j: number): boolean => ks[j] === 'main';
  const c = (j: number): number => teachers[j] ?? 0;
  const q = (j: number): number => posts[j] ?? 0;
  let total = teachers.reduce((a, b) => a + b, 0);

  while (total > headCount) {
    let j = strong ? best(n, (i) => isMain(i) && c(i) > q(i) + 1, (i) => c(i) - q(i)) : best(n, (i) => isMain(i) && c(i) > 0, c);
    if (j < 0) j = best(n, (i) => !isMain(i) && c(i) > 0 && (!strong || c(i) >= q(i)), c);
    if (j < 0) j = best(n, (i) => c(i) > 0, c);
    if (j < 0) break;
    teachers[j] = c(j) - 1;
    total--;
  }
  while (total < headCount) {
    const rank: Record<SubjectKind, number> = { main: 3, other: 2, scarce: 1 };
    let j = strong ? best(n, isMain, (i) => -(c(i) - q(i))) : best(n, (i) => c(i) < q(i), (i) => rank[ks[i] ?? 'other'] * 1000 - c(i));
    if (j < 0) j = best(n, isMain, (i) => -c(i));
    teachers[j] = c(j) + 1;
    total++;
  }
  return { students, classes: classesFor(p, students), subjects: p.rule.subjects, posts, teachers };
}

/**
 * Any pupil number from `lo` up to the next change of posts gives the same posts; one of
 * them is drawn, so that schools of one size class do not all show the same number.
 */
function spread(p: SchoolPattern, lo: number, posts: readonly number[]): number {
  let next = MAX_STUDENTS + 1;
  p.rule.perPupil.forEach((k, j) => {
    if (k > 0) next = Math.min(next, Math.ceil(((posts[j] ?? 0) + 0.5) / k));
  });
  const top = Math.max(lo, Math.min(MAX_STUDENTS, next - 1));
  const s = lo + Math.floor(p.jitter * (top - lo + 1));
  const same = postsFor(p.rule, s).every((n, j) => n === posts[j]);
  return same ? s : lo;
}

const GRADES: Record<Stage, number> = { primary: 6, junior: 3, senior: 3, nine_year: 9, complete: 6, twelve_year: 12 };
/** Pupils per class by area, primary and secondary (大班额 in the city, small classes in villages). */
const CLASS_SIZE: Record<SchoolPattern['area'], readonly [number, number]> = { urban: [45, 50], town: [42, 48], rural: [30, 40] };

function classesFor(p: SchoolPattern, students: number): number {
  const [primary, secondary] = CLASS_SIZE[p.area];
  const size = p.stage === 'junior' ? secondary : primary;
  return Math.max(Math.min(GRADES[p.stage], Math.ceil(students / 20)), Math.round(students / size));
}
