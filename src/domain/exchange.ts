/**
 * Exchanges in progress (交流原学校代码 + 交流结束年月): a teacher on an exchange is not eligible;
 * one whose term ends by the cut-off date goes back to the home school's post before the plan
 * is made ("交流轮岗任教时间应不少于两年…回原学校工作"), unless a lock "stay" keeps him.
 */
import { addMonths, compareDates, dateEn, dateZh, daysInMonth, monthNameEn, type CalendarDate, type FullDate } from './calendar.js';
import type { Policy } from './policy.js';
import type { Reason } from './retirement-exemption.js';
import type { County, Teacher } from './types.js';

/** The last day of an exchange: the day given, else the end of the month (of August with a year alone). */
export function exchangeEndDay(end: CalendarDate): FullDate {
  const month = end.month ?? 8;
  return { year: end.year, month, day: end.day ?? daysInMonth(end.year, month) };
}

/** True when the teacher is on an exchange whose term ends on or before the cut-off date. */
export function endsByCutoff(t: Teacher, cutoff: FullDate): boolean {
  return t.exchangeHomeSchool !== undefined && t.exchangeEnd !== undefined && compareDates(exchangeEndDay(t.exchangeEnd), cutoff) <= 0;
}

/**
 * True when the teacher is on an exchange that ended by the cut-off date a year earlier, last
 * year's plan's: that plan already sent the teacher home unless a stay lock kept him or her, so a
 * teachers file that still has the teacher at the exchange school may be last year's roster, or the
 * return was not recorded.
 */
export function endedByLastCutoff(t: Teacher, cutoff: FullDate): boolean {
  return t.exchangeHomeSchool !== undefined && t.exchangeEnd !== undefined && compareDates(exchangeEndDay(t.exchangeEnd), addMonths(cutoff, -12)) <= 0;
}

/** One teacher sent back to the home school. */
export interface ExchangeReturn {
  teacherId: string;
  /** The school of the exchange, where the teacher was. */
  fromSchoolId: string;
  /** The home school, where the teacher now counts. */
  toSchoolId: string;
  end: CalendarDate;
}

/**
 * The county with every teacher whose exchange ends by the cut-off date moved back to the home
 * school (`schoolId` = home school, `returned: true`), and the list of those returns in teacher
 * order. A teacher with a lock "stay" is left where he is (still on the exchange, not eligible).
 * Pure: the county passed in is not changed.
 */
export function returnsFromExchange(county: County, cutoff: FullDate): { county: County; returns: ExchangeReturn[] } {
  const stays = new Set(county.locks.filter((l) => l.action === 'stay').map((l) => l.teacherId));
  const returns: ExchangeReturn[] = [];
  const teachers = county.teachers.map((t): Teacher => {
    if (!endsByCutoff(t, cutoff) || stays.has(t.id) || t.exchangeHomeSchool === undefined || t.exchangeEnd === undefined) return t;
    returns.push({ teacherId: t.id, fromSchoolId: t.schoolId, toSchoolId: t.exchangeHomeSchool, end: t.exchangeEnd });
    return { ...t, schoolId: t.exchangeHomeSchool, returned: true, exchangeSchool: t.schoolId };
  });
  return { county: returns.length === 0 ? county : { ...county, teachers }, returns };
}

/**
 * Every teacher on an exchange, or back from one, with the names of its schools, for the reasons
 * (exchangeExclusion): the home school's, and the exchange school's once back. Pure; the county
 * itself when nobody is on an exchange.
 */
export function withExchangeNames(county: County): County {
  if (!county.teachers.some((t) => t.exchangeHomeSchool !== undefined)) return county;
  const nameOf = new Map(county.schools.map((s) => [s.id, s.name]));
  const teachers = county.teachers.map((t): Teacher => {
    if (t.exchangeHomeSchool === undefined) return t;
    const home = t.returned ? undefined : nameOf.get(t.exchangeHomeSchool);
    const exchange = t.exchangeSchool === undefined ? undefined : nameOf.get(t.exchangeSchool);
    return { ...t, exchangeNames: { ...(home !== undefined && { home }), ...(exchange !== undefined && { exchange }) } };
  });
  return { ...county, teachers };
}

/** A school as a reason names it: `城关第一小学（341122001）`, or the code alone without a name. */
const named = (name: string | undefined, id: string): string => (name ? `${name}（${id}）` : id);

/**
 * The end of an exchange as a reason says it: `2026年7月结束` / `2026-07`; with only the year
 * given, the month assumed too (`交流结束年月只填了年份2026, 按2026年8月底结束计` / `2026-08`, note
 * `only the year 2026 given: August assumed`), where "2026年结束, 不晚于截止日期 2026年8月31日"
 * read as a contradiction.
 */
function endWords(end: CalendarDate): { zh: string; en: string; enNote?: string } {
  if (end.month !== undefined) return { zh: `${dateZh(end)}结束`, en: dateEn(end) };
  const day = exchangeEndDay(end);
  return {
    zh: `交流结束年月只填了年份${end.year}, 按${end.year}年${day.month}月底结束计`,
    en: dateEn({ year: day.year, month: day.month }),
    enNote: `only the year ${end.year} given: ${monthNameEn(day.month)} assumed`,
  };
}

/** Why a teacher on an exchange, or just back from one, does not rotate this year; null otherwise. */
export function exchangeExclusion(t: Teacher, p: Policy): Reason | null {
  if (t.exchangeHomeSchool === undefined || t.exchangeEnd === undefined) return null;
  const end = endWords(t.exchangeEnd);
  if (t.returned) {
    const at = t.exchangeSchool === undefined ? { zh: '', en: '' } : { zh: `在 ${named(t.exchangeNames?.exchange, t.exchangeSchool)} 的`, en: ` at school ${t.exchangeSchool}${t.exchangeNames?.exchange ? ` (${t.exchangeNames.exchange})` : ''}` };
    const last = addMonths(p.cutoff, -12);
    const stale = endedByLastCutoff(t, p.cutoff);
    const cut = stale ? { zh: `不晚于上一年截止日期 ${dateZh(last, true)}, 上一年已期满`, en: `by last year's cut-off date ${dateEn(last, true)}: ended a year ago` } : { zh: `不晚于截止日期 ${dateZh(p.cutoff, true)}`, en: `by the cut-off date ${dateEn(p.cutoff, true)}` };
    const by = [end.enNote, cut.en].filter((x) => x !== undefined).join('; ');
    return { zh: `${at.zh}交流期满（${end.zh}, ${cut.zh}）, 返回原学校, 本年不再交流`, en: `back at the home school after an exchange${at.en} that ended ${end.en} (${by}); not rotated again this year` };
  }
  const due = endsByCutoff(t, p.cutoff) ? { zh: '；已期满, 仍留在交流学校', en: '; the term has ended, the teacher stays there' } : { zh: '', en: '' };
  return {
    zh: `正在交流中（原学校 ${named(t.exchangeNames?.home, t.exchangeHomeSchool)}, ${end.zh}${due.zh}）, 不参加本年交流`,
    en: `on an exchange from school ${t.exchangeHomeSchool}${t.exchangeNames?.home ? ` (${t.exchangeNames.home})` : ''} until ${end.en}${end.enNote ? ` (${end.enNote})` : ''}${due.en}; not rotated this year`,
  };
}
