/**
 * What every published page says at its top (公示): the county, the year, the publication period
 * and where objections go, in the input's language. Values the bureau did not set are left as
 * blanks to fill in by hand, never guessed.
 */
import type { FullDate } from '../domain/calendar.js';
import type { PublishPolicy } from '../domain/policy.js';
import type { Lang } from '../domain/types.js';
import { publicationPeriod } from '../domain/working-days.js';
import { countEn } from '../domain/plural.js';

/** The facts at the top of every page. */
export interface Notice {
  lang: Lang;
  /** The county as printed (`publish.county`, or the school ids' administrative code), or ''. */
  county: string;
  /** True when `publish.county` was not set and the county is the school ids' code (or ''). */
  countyUnset: boolean;
  /** The plan year. */
  year: number;
  /** The publication period in working days; its dates when `publish.start` is set. */
  days: number;
  from?: FullDate;
  to?: FullDate;
  /** Where objections go, or '' (a line is left to fill in). */
  objectionsTo: string;
  /** On a re-posting, which round of posting it is (2: 第二次公示; posting-round.ts). */
  round?: number;
}

/**
 * The county's name: `publish.county` when set; else the administrative division code
 * (行政区划代码) that every school id shares as its first 6 digits (national school codes are
 * 10 digits and begin with it); else ''.
 */
export function countyName(set: string, schoolIds: readonly string[], lang: Lang): string {
  if (set !== '') return set;
  const codes = new Set(schoolIds.map((id) => (/^\d{9,12}$/u.test(id) ? id.slice(0, 6) : '')));
  const [code] = [...codes];
  if (codes.size !== 1 || code === undefined || code === '') return '';
  return lang === 'zh' ? `行政区划代码 ${code}` : `county code ${code}`;
}

/** The notice of a publication: the policy's `publish.*` values, the plan year and the schools' ids. */
export function noticeOf(p: PublishPolicy, year: number, schoolIds: readonly string[], lang: Lang): Notice {
  const period = p.start ? publicationPeriod(p.start, p.workingDays) : undefined;
  return {
    lang,
    county: countyName(p.county, schoolIds, lang),
    countyUnset: p.county === '',
    year,
    days: p.workingDays,
    ...(period ? { from: period.from, to: period.to } : {}),
    objectionsTo: p.objectionsTo,
  };
}

const BLANK_ZH = '____年__月__日';
const BLANK_EN = '____-__-__';

function day(d: FullDate | undefined, lang: Lang): string {
  if (!d) return lang === 'zh' ? BLANK_ZH : BLANK_EN;
  return lang === 'zh' ? `${d.year}年${d.month}月${d.day}日` : `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** `公示期: 2026年6月1日至2026年6月5日（5个工作日）`, blanks when no start date is set. */
export function periodText(n: Notice): string {
  return n.lang === 'zh'
    ? `公示期: ${day(n.from, 'zh')}至${day(n.to, 'zh')}（${n.days}个工作日）`
    : `Publication period: ${day(n.from, 'en')} to ${day(n.to, 'en')} (${countEn(n.days, 'working day', 'working days')})`;
}

/** `异议受理: …`, a line to fill in when not set. */
export function objectionsText(n: Notice): string {
  const to = n.objectionsTo !== '' ? n.objectionsTo : '________________________________';
  return n.lang === 'zh' ? `对名单有异议的, 请在公示期内向以下单位反映: ${to}` : `Objections during the period to: ${to}`;
}

/** `定远县 2026年度`: the county (when known) and the year. */
export function countyYear(n: Notice): string {
  const year = n.lang === 'zh' ? `${n.year}年度` : `${n.year}`;
  return n.county !== '' ? `${n.county} ${year}` : year;
}

/** A caption with its count: `一、调出人员（3人）`, `1. leaving (3)`. */
export function counted(caption: string, count: number, n: Notice): string {
  return n.lang === 'zh' ? `${caption}（${count}人）` : `${caption} (${count})`;
}
