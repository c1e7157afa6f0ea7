/**
 * The 优质均衡 teacher indicators (教督〔2017〕6号) are judged per school section: a 小学 or
 * 初中 school is one section, a 九年一贯制 school has a 小学部 and a 初中部, a 完全中学 has its
 * 初中部 (its 高中部 is not judged). These types are the indicators' own view of a county,
 * independent of how the schools and teachers files are read.
 */
import type { Backbone } from '../domain/types.js';

/** The stage a section is judged in. */
export type SectionStage = 'primary' | 'junior';

/** The three teacher indicators, each counted teachers per 100 students. */
export type IndicatorName = 'degree_per_100' | 'backbone_per_100' | 'arts_pe_per_100';

/** Every stage, sorted as strings (the order of every list these files return). */
export const SECTION_STAGES: readonly SectionStage[] = ['junior', 'primary'];

/** Every indicator, sorted as strings (the order of every list these files return). */
export const INDICATOR_NAMES: readonly IndicatorName[] = ['arts_pe_per_100', 'backbone_per_100', 'degree_per_100'];

/** One school section. Invariant: at most one section per (schoolId, stage). */
export interface Section {
  schoolId: string;
  stage: SectionStage;
  /** Students enrolled in this section (for a 一贯制 school, its 小学部学生数 or 初中部学生数), ≥ 0. */
  students: number;
  /** A 教学点 (teaching point); left out of the CV when it has fewer students than the policy's minimum. */
  teachingPoint: boolean;
}

/** Counted teachers of one section, per indicator (whole numbers ≥ 0). */
export type IndicatorCounts = Readonly<Record<IndicatorName, number>>;

/** A section with its counted teachers. */
export interface SectionTally {
  section: Section;
  counts: IndicatorCounts;
}

/** What the indicators need to know of one teacher, at the section where he or she teaches. */
export interface IndicatorTeacher {
  schoolId: string;
  /** The stage taught (任教学段); in a 小学 school 'primary', in a 初中 school 'junior'. */
  stage: SectionStage;
  /** 学历 as written (研究生, 本科, 专科, 高中及以下, or the English or national-code forms); undefined when not given. */
  degree?: string;
  backbone: Backbone;
  /** Canonical subject key (体育, 音乐, 美术, …); '' for a leader who teaches no class (no 专任教师: counted in no indicator). */
  subject: string;
}

/** Per stage, each indicator's minimum, in teachers per 100 students (defaults: degree 4.2 小学 / 5.3 初中, backbone 1.0, PE and arts 0.9). */
export type IndicatorThresholds = Readonly<Record<SectionStage, Readonly<Record<IndicatorName, number>>>>;

/** Per stage, the highest coefficient of variation that passes (defaults: 0.50 小学, 0.45 初中). */
export type CvThresholds = Readonly<Record<SectionStage, number>>;

/** A key naming one section, for maps. */
export function sectionKey(schoolId: string, stage: SectionStage): string {
  return `${stage}\t${schoolId}`;
}

/** Compares text by UTF-16 code units, the order every list here is sorted in. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders sections by school id, then stage. */
export function compareSections(a: Section, b: Section): number {
  return compareText(a.schoolId, b.schoolId) || compareText(a.stage, b.stage);
}
