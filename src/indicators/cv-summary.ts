import type { Text } from '../domain/text.js';
import { stageCv, type CvScope } from './stage-cv.js';
import type { WeightedCv } from './weighted-cv.js';
import { INDICATOR_NAMES, SECTION_STAGES, sectionKey, type CvThresholds, type IndicatorName, type SectionStage, type SectionTally } from './types.js';

/** One entry of `indicators.cv` in summary.json. */
export interface CvEntry {
  stage: SectionStage;
  indicator: IndicatorName;
  /** The highest CV that passes for the stage. */
  threshold: number;
  /**
   * The inspectors' CV before and after the plan; null where it is not measured (see cvValue):
   * the degree indicator without 学历, fewer than two sections, or no counted teacher at all.
   */
  before: number | null;
  after: number | null;
  /** Sections the CV is computed over (the same before and after: the plan moves teachers, not students). */
  schools: number;
}

const sameSections = (a: readonly SectionTally[], b: readonly SectionTally[]): boolean => {
  const keys = (ts: readonly SectionTally[]): string =>
    ts.map((t) => `${sectionKey(t.section.schoolId, t.section.stage)}\t${t.section.students}\t${t.section.teachingPoint}`).sort().join('\n');
  return keys(a) === keys(b);
};

/**
 * The CV as summary.json gives it, or null where the inspectors' formula gives no figure to
 * judge: over fewer than two sections there is no difference between schools to measure, and with
 * no counted teacher in the stage the county mean X̄ is 0 and the formula divides by it.
 */
function cvValue(cv: WeightedCv): number | null {
  return cv.schools < 2 || cv.mean <= 0 ? null : cv.cv;
}

/**
 * `indicators.cv` of summary.json: for each stage and indicator, the CV before and after the
 * plan. Always six entries (a stage without sections has `schools: 0` and no CVs), sorted by
 * stage then indicator as strings ("junior" before "primary"; "arts_pe_per_100",
 * "backbone_per_100", "degree_per_100"). An indicator that `measured` says is not known (the
 * degree one when no teacher's 学历 is given) has no CVs either.
 * `before` and `after` are the tallies of the same sections (throws otherwise: a caller's mistake).
 */
export function cvEntries(before: readonly SectionTally[], after: readonly SectionTally[], thresholds: CvThresholds, scope: CvScope, measured: (indicator: IndicatorName) => boolean = () => true): CvEntry[] {
  if (!sameSections(before, after)) throw new Error('before and after must tally the same sections');
  return SECTION_STAGES.flatMap((stage) =>
    INDICATOR_NAMES.map((indicator) => {
      const b = stageCv(before, stage, indicator, scope);
      const a = stageCv(after, stage, indicator, scope);
      const known = measured(indicator);
      return { stage, indicator, threshold: thresholds[stage], before: known ? cvValue(b) : null, after: known ? cvValue(a) : null, schools: b.schools };
    }),
  );
}

/** True when the entry's CV, before or after the plan, is measured and above its threshold. */
export function cvOver(e: CvEntry, when: 'before' | 'after'): boolean {
  const v = e[when];
  return v !== null && v > e.threshold;
}

/** Why an entry has no CV, in both languages; null when it has one. */
export function cvMissing(e: Pick<CvEntry, 'indicator' | 'schools' | 'before' | 'after'>, degreeGiven: boolean): Text | null {
  if (e.before !== null && e.after !== null) return null;
  // Said before the 学历: a stage with no school counted has no CV whatever the files give (a county of 初中 only, no 小学).
  if (e.schools < 2) return fewSchools(e.schools);
  if (e.indicator === 'degree_per_100' && !degreeGiven) return { zh: '未提供学历', en: 'degree (学历) not given' };
  return { zh: '全县无此类教师, 无法计算', en: 'none counted in the county' };
}

/** Why a stage of fewer than two schools (sections) counted has no CV: none at all, or one. */
export function fewSchools(schools: number): Text {
  return schools === 0 ? { zh: '无计入的学校（学部）, 不计算', en: 'no school (section) counted' } : { zh: '学校不足两所, 不计算', en: 'fewer than two schools' };
}
