/**
 * 学历 and the degree indicator: teachers "with a degree above the required one" (高于规定学历).
 * The required degree (教师法 第十一条) is 中等师范/高中 for 小学 and 专科 for 初中, so a 小学
 * section counts 专科 and above, a 初中 section 本科 and above.
 */
import type { SectionStage } from './types.js';

/** Degree levels, lowest first. */
export type DegreeLevel = 'secondary' | 'associate' | 'bachelor' | 'postgraduate';

const RANK: Readonly<Record<DegreeLevel, number>> = { secondary: 0, associate: 1, bachelor: 2, postgraduate: 3 };

/** The lowest degree counted by the degree indicator in each stage. */
export const LOWEST_COUNTED_DEGREE: Readonly<Record<SectionStage, DegreeLevel>> = { primary: 'associate', junior: 'bachelor' };

/** Whole labels (lower case, `_` and `-` read as spaces). */
const EXACT: Readonly<Record<string, DegreeLevel>> = {
  postgraduate: 'postgraduate', graduate: 'postgraduate', master: 'postgraduate', masters: 'postgraduate', "master's": 'postgraduate',
  phd: 'postgraduate', doctor: 'postgraduate', doctorate: 'postgraduate',
  bachelor: 'bachelor', "bachelor's": 'bachelor', undergraduate: 'bachelor', university: 'bachelor',
  associate: 'associate', college: 'associate', 'junior college': 'associate', diploma: 'associate',
  secondary: 'secondary', 'high school': 'secondary', 'high school or below': 'secondary', 'secondary or below': 'secondary', below: 'secondary',
};

/**
 * Chinese fragments, tried in this order: 中专 and 高中 before 专科, since 中等专科 is 中专; 高职 and
 * 高专 before 职高, since 高职高专 (a higher vocational college's 专科) holds the letters of 职高.
 */
const FRAGMENTS: readonly (readonly [string, DegreeLevel])[] = [
  ['博士', 'postgraduate'], ['硕士', 'postgraduate'], ['研究生', 'postgraduate'],
  ['本科', 'bachelor'], ['学士', 'bachelor'],
  ['中专', 'secondary'], ['中师', 'secondary'], ['中等', 'secondary'], ['中技', 'secondary'],
  ['高职', 'associate'], ['高专', 'associate'], ['高等职业', 'associate'],
  ['职高', 'secondary'], ['技校', 'secondary'],
  ['高中', 'secondary'], ['初中', 'secondary'], ['小学', 'secondary'],
  ['专科', 'associate'], ['大专', 'associate'],
];

/** First digit of the national 学历代码 (GB/T 4658): 1 研究生, 2 本科, 3 专科, 4–9 中专/高中 and below. */
function fromCode(code: string): DegreeLevel | undefined {
  const d = Number(code[0]);
  if (d === 1) return 'postgraduate';
  if (d === 2) return 'bachelor';
  if (d === 3) return 'associate';
  return d >= 4 ? 'secondary' : undefined;
}

/**
 * The level of a 学历 label: Chinese (研究生, 大学本科, 大专, 高中及以下…), English
 * (postgraduate, bachelor, associate, high school…) or a two-digit national code.
 * Undefined for an empty or unknown label: such a teacher is not counted.
 */
export function degreeLevel(label: string | undefined): DegreeLevel | undefined {
  const text = (label ?? '').trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');
  if (text === '') return undefined;
  if (/^\d{2}$/.test(text)) return fromCode(text);
  const exact = EXACT[text];
  if (exact) return exact;
  return FRAGMENTS.find(([f]) => text.includes(f))?.[1];
}

/** True when a teacher with this 学历 counts toward the degree indicator of a section of this stage. */
export function countsForDegree(label: string | undefined, stage: SectionStage): boolean {
  const level = degreeLevel(label);
  return level !== undefined && RANK[level] >= RANK[LOWEST_COUNTED_DEGREE[stage]];
}
