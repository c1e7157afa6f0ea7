/**
 * How many posts a synthetic school has per subject, and how many teachers it really holds:
 * the pattern of a real county, where city and town schools carry surplus 语文/数学/英语
 * teachers and rural or weak schools lack teachers, most of all in the scarce subjects.
 */
import type { Policy } from '../domain/policy.js';
import type { Stage } from '../domain/types.js';
import type { Rng } from './random.js';

export const MAIN_SUBJECTS: readonly string[] = ['语文', '数学', '英语'];
export const PRIMARY_SUBJECTS: readonly string[] = ['语文', '数学', '英语', '科学', '道德与法治', '体育', '音乐', '美术', '信息科技', '劳动', '心理健康'];
export const JUNIOR_ONLY_SUBJECTS: readonly string[] = ['物理', '化学', '生物', '历史', '地理'];

/**
 * Junior secondary shares of posts, from the weekly hours of grades 7–9 in
 * 义务教育课程方案（2022年版）. The policy's own table (used for primary here) mixes both stages.
 */
const JUNIOR_SHARES: Readonly<Record<string, number>> = {
  语文: 0.15, 数学: 0.14, 英语: 0.12, 物理: 0.07, 化学: 0.04, 生物: 0.05, 历史: 0.06, 地理: 0.05,
  道德与法治: 0.06, 体育: 0.09, 音乐: 0.03, 美术: 0.03, 信息科技: 0.03, 劳动: 0.03, 心理健康: 0.02, 科学: 0.03,
};

/**
 * Primary shares of posts for the synthetic counties, as the policy's single table had them
 * before the table was split by stage: kept here so that a seed gives the same county as before.
 */
const PRIMARY_SHARES: readonly [string, number][] = [['语文', 0.22], ['数学', 0.18], ['英语', 0.12], ['科学', 0.05], ['道德与法治', 0.05], ['体育', 0.08], ['音乐', 0.06], ['美术', 0.06], ['信息科技', 0.04], ['劳动', 0.03], ['心理健康', 0.02]];

/** Pupils of a nine-year school in grades 1–6 (the rest are in grades 7–9). */
export const NINE_YEAR_PRIMARY_PART = 2 / 3;

export function subjectsOf(stage: Stage): readonly string[] {
  return stage === 'primary' ? PRIMARY_SUBJECTS : [...PRIMARY_SUBJECTS, ...JUNIOR_ONLY_SUBJECTS];
}

/** Posts per subject as a function of the number of pupils, for one stage. */
export interface PostRule {
  subjects: readonly string[];
  /** Posts per pupil for each subject, in the order of `subjects`. */
  perPupil: number[];
}

export function postRule(stage: Stage, policy: Policy): PostRule {
  const shares = new Map(PRIMARY_SHARES);
  const primaryTotal = PRIMARY_SUBJECTS.reduce((a, s) => a + (shares.get(s) ?? 0), 0);
  const primaryShare = (s: string): number => (primaryTotal > 0 ? (shares.get(s) ?? 0) / primaryTotal : 0);
  const juniorShare = (s: string): number => JUNIOR_SHARES[s] ?? 0;
  const nP = policy.studentsPerPost.primary;
  const nJ = policy.studentsPerPost.junior;
  const subjects = subjectsOf(stage);
  const perPupil = subjects.map((s) => {
    if (stage === 'primary') return primaryShare(s) / nP;
    if (stage === 'junior') return juniorShare(s) / nJ;
    return (NINE_YEAR_PRIMARY_PART * primaryShare(s)) / nP + ((1 - NINE_YEAR_PRIMARY_PART) * juniorShare(s)) / nJ;
  });
  return { subjects, perPupil };
}

/**
 * Posts for a school of `students` pupils: the staffing norm times the subject's share,
 * rounded, and at least one post per subject of the stage (the county grants small
 * village schools a post in every subject of the curriculum).
 */
export function postsFor(rule: PostRule, students: number): number[] {
  return rule.perPupil.map((k) => Math.max(1, Math.round(students * k)));
}

/** Whether a school gives teachers (城镇, not weak) or takes them (乡村 or 薄弱). */
export type Profile = 'strong' | 'rural' | 'weak_rural' | 'weak_town';

export type SubjectKind = 'main' | 'scarce' | 'other';

export function subjectKind(subject: string, scarce: ReadonlySet<string>): SubjectKind {
  if (MAIN_SUBJECTS.includes(subject)) return 'main';
  return scarce.has(subject) ? 'scarce' : 'other';
}

/** Two uniform draws per subject, fixed per school, so teacher counts are a function of posts. */
export type Draws = readonly (readonly [number, number])[];

export function drawsFor(rng: Rng, n: number): Draws {
  return Array.from({ length: n }, () => [rng.float(), rng.float()] as const);
}

/** Chance that a needy school has nobody in a scarce subject with one or two posts. */
const SCARCE_EMPTY: Record<Exclude<Profile, 'strong'>, number> = { rural: 0.5, weak_rural: 0.6, weak_town: 0.35 };

/**
 * Teachers a school holds in one subject with `p` posts. Non-decreasing in `p` for fixed
 * draws, so a school's head count grows with its pupils.
 *  - strong, main subjects: posts + 1..3 (overstaffed);
 *  - strong, elsewhere: roughly full (posts, sometimes one fewer or one more);
 *  - needy, main and other: 10–30% short;
 *  - needy, scarce: often nobody against 1–2 posts, otherwise 30–80% short.
 */
export function teachersFor(p: number, kind: SubjectKind, profile: Profile, [u, v]: readonly [number, number]): number {
  if (profile === 'strong') {
    if (kind === 'main') return p + 1 + Math.floor(u * 3);
    const low = kind === 'scarce' ? 0.2 : 0.15;
    if (u < low) return Math.max(0, p - 1);
    if (u > 0.9) return p + 1;
    return p;
  }
  if (kind === 'scarce') {
    if (p <= 2) return v < SCARCE_EMPTY[profile] ? 0 : 1;
    return Math.max(0, p - Math.max(1, Math.round(p * (0.3 + 0.5 * u))));
  }
  const short = Math.round(p * (0.1 + 0.2 * u));
  return Math.max(0, p - (kind === 'other' && v < 0.3 ? Math.max(1, short) : short));
}
