/**
 * The lines for the teachers rows that look wrong at the plan's cut-off date (applyCutoff): the
 * error of joining after it, and the warnings of a stated 本校任教年限 that differs from what
 * 进本校年月 gives, joining before the age of 18, more years at the school than the age minus 18. A
 * few rows of a file are named one by one; from {@link ONE_LINE_FROM} rows of one kind, the file
 * gets one line for them all: how many, the first rows, one of them as an example, and what to do.
 * A teachers file made for another year than the plan's (plan.year) makes every stated 本校任教年限
 * differ by the years between, or, planned for an earlier year, every recent 进本校年月 fall after
 * the cut-off date: a line per teacher would bury everything else. Their line says which year the
 * file looks made for and what to do. Pure.
 */
import { compareDates, dateEn, dateZh, type CalendarDate, type FullDate } from '../domain/calendar.js';
import { countEn } from '../domain/plural.js';
import { rowsAt } from '../domain/rows-by-file.js';
import { joinDay } from '../domain/school-years.js';
import type { County, InputIssue, Teacher } from '../domain/types.js';
import { columnSpec } from './columns.js';

/** Youngest age at which someone may have joined a school as a teacher. */
export const MIN_TEACHING_AGE = 18;

/** Rows of one file and kind named one by one below this many; from it on, one line for them all. */
export const ONE_LINE_FROM = 4;

/** Share of the differing rows that must be counted to about the same other year for the line to name it. */
const SAME_YEAR_SHARE = 0.9;

/** One row that looks wrong at the cut-off date, kept until every row is seen. */
export type CutoffFinding =
  /** 本校任教年限 says `stated`; 进本校年月 `joined` gives `counted` at the cut-off date. */
  | { kind: 'years_differ'; t: Teacher; stated: number; counted: number; joined: CalendarDate }
  /** Joined the school at `joined`, after the cut-off date: an error. */
  | { kind: 'joined_late'; t: Teacher; joined: CalendarDate }
  /** Joined the school at `joined`, before the age of 18. */
  | { kind: 'young_join'; t: Teacher; joined: CalendarDate }
  /** `years` at the school (no 进本校年月) at `age` on the cut-off date: more than age − 18. */
  | { kind: 'years_over_age'; t: Teacher; years: number; age: number };

type Kind = CutoffFinding['kind'];
type Of<K extends Kind> = Extract<CutoffFinding, { kind: K }>;
type Text = { zh: string; en: string };

/** The column each kind of finding sits at. */
const COLUMN: Record<Kind, string> = { joined_late: 'joined_school', years_differ: 'years_at_school', young_join: 'joined_school', years_over_age: 'years_at_school' };

/** What the cut-off date and plan year are, for the words. */
export interface CutoffTerms {
  cutoff: FullDate;
  planYear: number;
}

/** The lines of `findings` (in teacher order): one per row for a few of a file and kind, else one per file and kind. */
export function cutoffLines(county: County, findings: readonly CutoffFinding[], terms: CutoffTerms): InputIssue[] {
  const groups = new Map<string, CutoffFinding[]>();
  for (const f of findings) {
    const k = `${f.kind}\u0000${f.t.source.file}`;
    const list = groups.get(k);
    if (list) list.push(f);
    else groups.set(k, [f]);
  }
  const out: InputIssue[] = [];
  for (const found of groups.values()) {
    // Teachers come sorted by id: the rows are named in the file's order.
    const group = found.sort((a, b) => a.t.source.row - b.t.source.row);
    const [first] = group;
    if (!first) continue;
    const column = county.lang === 'zh' ? columnSpec('teachers', COLUMN[first.kind]).zh : COLUMN[first.kind];
    const at = (text: Text, row: number): InputIssue => ({ file: first.t.source.file, row, column, ...text });
    if (group.length < ONE_LINE_FROM) out.push(...group.map((f) => at(rowText(f, terms), f.t.source.row)));
    else out.push(at(groupText(group, terms), first.t.source.row));
  }
  return out;
}

/** The words for one row, as they have always been. */
function rowText(f: CutoffFinding, terms: CutoffTerms): Text {
  if (f.kind === 'joined_late') {
    return { zh: `进本校年月 ${dateZh(f.joined)} 晚于截止日 ${dateZh(terms.cutoff, true)}; 请核对`, en: `joined the school ${dateEn(f.joined)}, after the cut-off date ${dateEn(terms.cutoff, true)}; check the cell` };
  }
  if (f.kind === 'years_differ') {
    return {
      zh: `注意: 本校任教年限填${f.stated}年, 按进本校年月 ${dateZh(f.joined)} 计算到截止日为${f.counted}年, 相差超过1年; 按进本校年月计`,
      en: `note: years_at_school says ${f.stated}, but joined_school ${dateEn(f.joined)} gives ${f.counted} at the cut-off date, more than a year apart; the date is used`,
    };
  }
  if (f.kind === 'young_join') {
    return {
      zh: `注意: ${dateZh(f.joined)}进本校时不满${MIN_TEACHING_AGE}岁; 请核对进本校年月和出生年月`,
      en: `note: joined the school ${dateEn(f.joined)} before the age of ${MIN_TEACHING_AGE}; check joined_school and the birth date`,
    };
  }
  return {
    zh: `注意: 本校任教${f.years}年, 截止日时${f.age}岁, 多于年龄减${MIN_TEACHING_AGE}; 请核对`,
    en: `note: ${countEn(f.years, 'year')} at the school at the age of ${f.age} on the cut-off date, more than the age minus ${MIN_TEACHING_AGE}; check the cell`,
  };
}

/** The one line for many rows of one file and kind. */
function groupText(group: readonly CutoffFinding[], terms: CutoffTerms): Text {
  const [first] = group;
  const n = group.length;
  const at = rowsAt(group.map((f) => f.t.source.row));
  if (first?.kind === 'years_differ') return yearsDifferText(group as readonly Of<'years_differ'>[], terms);
  if (first?.kind === 'joined_late') return joinedLateText(group as readonly Of<'joined_late'>[], terms);
  if (first?.kind === 'young_join') {
    return {
      zh: `注意: ${n} 名教师进本校时不满${MIN_TEACHING_AGE}岁（${at.zh}; 如第${first.t.source.row}行 ${dateZh(first.joined)}进本校）; 请核对这些行的进本校年月和出生年月（两列是否填反或错位）`,
      en: `note: ${n} teachers joined the school before the age of ${MIN_TEACHING_AGE} (${at.en}; as row ${first.t.source.row}, joined ${dateEn(first.joined)}); check joined_school and the birth date of these rows (swapped or shifted columns?)`,
    };
  }
  const f = first as Of<'years_over_age'>;
  return {
    zh: `注意: ${n} 名教师的本校任教年限多于截止日时的年龄减${MIN_TEACHING_AGE}（${at.zh}; 如第${f.t.source.row}行 本校任教${f.years}年, ${f.age}岁）; 请核对这些行的本校任教年限和出生年月`,
    en: `note: ${n} teachers have more years at the school than their age on the cut-off date minus ${MIN_TEACHING_AGE} (${at.en}; as row ${f.t.source.row}, ${countEn(f.years, 'year')} at the age of ${f.age}); check years_at_school and the birth date of these rows`,
  };
}

/**
 * The line for many stated years that differ from the count: how many, the first rows, one example,
 * by how much (the commonest differences), and, when nearly all are counted to about the same other
 * year, which year that looks like and what to do either way.
 */
function yearsDifferText(group: readonly Of<'years_differ'>[], terms: CutoffTerms): Text {
  const n = group.length;
  const [first] = group;
  const at = rowsAt(group.map((f) => f.t.source.row));
  const example = first ? { zh: `如第${first.t.source.row}行填${first.stated}年, 按进本校年月 ${dateZh(first.joined)} 为${first.counted}年`, en: `as row ${first.t.source.row}: says ${first.stated}, joined_school ${dateEn(first.joined)} gives ${first.counted}` } : { zh: '', en: '' };
  const by = shifts(group);
  const spread = spreadText(by, n);
  const cz = dateZh(terms.cutoff, true);
  const ce = dateEn(terms.cutoff, true);
  const head = {
    zh: `注意: ${n} 名教师的本校任教年限与按进本校年月计算到截止日 ${cz} 的年数相差超过1年（${at.zh}; ${example.zh}）; ${spread.zh}`,
    en: `note: ${n} teachers' years_at_school differ by more than a year from what joined_school gives at the cut-off date ${ce} (${at.en}; ${example.en}); ${spread.en}`,
  };
  const year = likelyYear(by, n, terms.planYear);
  if (year === undefined) {
    return { zh: `${head.zh}; 按进本校年月计; 请核对这些行的本校任教年限和进本校年月`, en: `${head.en}; the dates are used; check years_at_school and joined_school of these rows` };
  }
  const py = terms.planYear;
  return {
    zh: `${head.zh}: 像是计算到 ${year} 年的截止日（此表可能是 ${year} 年的花名册, 或计划年份应为 ${year}）; 方案按进本校年月计到 ${py} 年; 若要做 ${year} 年的方案, 请用 --set plan.year=${year}; 若计划年份 ${py} 无误, 可更新或删去「本校任教年限」列, 此提示即不再出现`,
    en: `${head.en}: as if counted to the cut-off date of ${year} (the file may be ${year}'s roster, or the plan year should be ${year}); the plan counts from joined_school to ${py}; to plan for ${year}, use --set plan.year=${year}; if ${py} is right, update or remove the years_at_school column and this note goes`,
  };
}

/** Counted minus stated years → how many rows, commonest first (then the smaller difference). */
function shifts(group: readonly Of<'years_differ'>[]): [number, number][] {
  const by = new Map<number, number>();
  for (const f of group) {
    const d = f.counted - f.stated;
    by.set(d, (by.get(d) ?? 0) + 1);
  }
  return [...by].sort((a, b) => b[1] - a[1] || Math.abs(a[0]) - Math.abs(b[0]) || a[0] - b[0]);
}

/** 都少填2年 / all say 2 years fewer; or the three commonest differences and their rows. */
function spreadText(by: readonly [number, number][], n: number): Text {
  const word = (d: number): Text => ({ zh: `${d > 0 ? '少' : '多'}${Math.abs(d)}年`, en: `${countEn(Math.abs(d), 'year')} ${d > 0 ? 'fewer' : 'more'}` });
  const [top] = by;
  if (top && by.length === 1) {
    const w = word(top[0]);
    return { zh: `所填都比按日期算的正好${w.zh}`, en: `all ${n} say exactly ${w.en} than the dates give` };
  }
  const shown = by.slice(0, 3).map(([d, k]) => ({ zh: `${word(d).zh} ${k} 行`, en: `${word(d).en}, ${countEn(k, 'row')}` }));
  const more = by.length > 3 ? { zh: '等', en: ', …' } : { zh: '', en: '' };
  return {
    zh: `所填比按日期算的${shown.map((s) => s.zh).join('、')}${more.zh}`,
    en: `they say ${shown.map((s) => s.en).join('; ')}${more.en} than the dates give`,
  };
}

/**
 * The year the stated years look counted to: the plan year minus the commonest difference, when
 * nearly all the rows (SAME_YEAR_SHARE) differ by it or by a year more or less in the same direction
 * (a roster counted on another day of that year); undefined when they scatter.
 */
function likelyYear(by: readonly [number, number][], n: number, planYear: number): number | undefined {
  const [top] = by;
  if (!top) return undefined;
  const d = top[0];
  const near = by.filter(([x]) => Math.sign(x) === Math.sign(d) && Math.abs(x - d) <= 1).reduce((s, [, k]) => s + k, 0);
  return near >= SAME_YEAR_SHARE * n ? planYear - d : undefined;
}

/**
 * The line for many joined after the cut-off date: how many, the first rows, the latest date, and
 * the first plan year whose cut-off date they all fall on or before (the file's year, likely).
 */
function joinedLateText(group: readonly Of<'joined_late'>[], terms: CutoffTerms): Text {
  const n = group.length;
  const [first] = group;
  const at = rowsAt(group.map((f) => f.t.source.row));
  const latest = group.reduce((a, f) => (compareDates(joinDay(f.joined), joinDay(a)) > 0 ? f.joined : a), first?.joined ?? terms.cutoff);
  const { month, day } = terms.cutoff;
  const year = compareDates(joinDay(latest), { year: latest.year, month, day }) > 0 ? latest.year + 1 : latest.year;
  const planYear = terms.planYear + (year - terms.cutoff.year);
  const ex = first ? { zh: `如第${first.t.source.row}行 ${dateZh(first.joined)}`, en: `as row ${first.t.source.row}: ${dateEn(first.joined)}` } : { zh: '', en: '' };
  return {
    zh: `${n} 名教师的进本校年月晚于截止日 ${dateZh(terms.cutoff, true)}（${at.zh}; ${ex.zh}; 最晚 ${dateZh(latest)}）, 截止日时尚未进本校; 此表像是 ${planYear} 年或以后的花名册: 若是, 计划年份应不早于 ${planYear}（--set plan.year=${planYear}）; 若计划年份 ${terms.planYear} 无误, 请核对这些行的进本校年月`,
    en: `${n} teachers joined the school after the cut-off date ${dateEn(terms.cutoff, true)} (${at.en}; ${ex.en}; the latest ${dateEn(latest)}), not yet at the school by then; the file looks like a roster of ${planYear} or later: if so, the plan year should be ${planYear} or later (--set plan.year=${planYear}); if ${terms.planYear} is right, check joined_school in these rows`,
  };
}
