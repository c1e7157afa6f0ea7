/**
 * What is said of a publication period (公示期) that cannot be what the bureau meant: one that
 * starts more than a year before the plan's cut-off date (a year typed wrong: 2025-06-01 for a 2026
 * plan), one that ends after the cut-off date (the exchange term begins the month after it, so the
 * objections would come in after the teachers have moved), and a start on a weekend, which the
 * period moves to the next working day. Notes, not errors: the pages are written as asked.
 */
import { compareDates, dateEn, dateZh, type FullDate } from '../domain/calendar.js';
import type { InputIssue } from '../domain/types.js';
import { weekday } from '../domain/working-days.js';
import type { Notice } from './notice.js';
import { roundName } from './posting-round.js';

const DAY_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const DAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const zh = (d: FullDate): string => dateZh(d, true);
const en = (d: FullDate): string => dateEn(d, true);

/** The notes on the period of `notice`, begun at `start` (`publish.start`), against the plan's cut-off date. */
export function periodNotes(start: FullDate | undefined, notice: Notice, cutoff: FullDate): InputIssue[] {
  const { from, to } = notice;
  if (!start || !from || !to) return [];
  const out: InputIssue[] = [];
  const period = { zh: `公示期${zh(from)}至${zh(to)}`, en: `the publication period ${en(from)} to ${en(to)}` };
  if (compareDates(from, { ...cutoff, year: cutoff.year - 1 }) <= 0) {
    out.push({
      file: 'publish.start',
      zh: `注意: ${period.zh}比截止日期${zh(cutoff)}早一年以上（计划年份 ${notice.year}）; 请核对 publish.start 的年份`,
      en: `note: ${period.en} is more than a year before the cut-off date ${en(cutoff)} (plan year ${notice.year}): check the year of publish.start`,
    });
  }
  if (compareDates(to, cutoff) > 0) {
    out.push({
      file: 'publish.start',
      zh: `注意: ${period.zh}在截止日期${zh(cutoff)}之后结束, 交流自次月开始; 请核对 publish.start`,
      en: `note: ${period.en} ends after the cut-off date ${en(cutoff)}, the month after which the exchange begins: check publish.start`,
    });
  }
  if (compareDates(from, start) !== 0) {
    const w = weekday(start);
    out.push({
      file: 'publish.start',
      zh: `注意: ${en(start)} 是${DAY_ZH[w] ?? ''}, 公示期从下一个工作日${zh(from)}起`,
      en: `note: ${en(start)} is a ${DAY_EN[w] ?? ''}: the period starts on the next working day, ${en(from)}`,
    });
  }
  return out;
}

/**
 * On a re-posting, a period taken from the plan's own parameters (publish.start in the policy file
 * the plan was made with, not `--set` to publish): the county's parameter file keeps the first
 * posting's date, and the re-posted lists would give a period already over, silently. `typed`:
 * publish.start was set to publish this time.
 */
export function repostPeriodNote(notice: Notice, typed: boolean): InputIssue[] {
  const { from, to, round } = notice;
  if (round === undefined || typed || !from || !to) return [];
  return [{
    file: 'publish.start',
    zh: `注意: 本次为${roundName(round, 'zh')}（重新公示）, 公示期${zh(from)}至${zh(to)}取自方案的参数（publish.start）, 可能是前次公示的日期; 重新公示另有本次公示期, 请核对, 用 --set publish.start=YYYY-MM-DD 设定`,
    en: `note: this is a re-posting (${roundName(round, 'en')}) and its period ${en(from)} to ${en(to)} is the plan's own parameter (publish.start), which may be the previous posting's date; a re-posting has its own period: check it, and set it with --set publish.start=YYYY-MM-DD`,
  }];
}
