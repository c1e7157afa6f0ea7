/**
 * Teachers back from an exchange (returnsFromExchange) whose term ended by last year's cut-off
 * date: last year's plan already sent them home (unless a stay lock kept them a year more), yet the
 * teachers file still has them at the exchange school. Either the file is last year's roster, the
 * return was never recorded, or a lock kept them; the plan
 * sends them home now and does not rotate them this year, and one warning per file names the rows
 * so that the county can check which it is.
 */
import { addMonths, dateEn, dateZh } from './calendar.js';
import { endedByLastCutoff } from './exchange.js';
import { plural } from './plural.js';
import type { Policy } from './policy.js';
import { rowsAt, rowsByFile } from './rows-by-file.js';
import type { County, InputIssue } from './types.js';

/** The warnings, one per teachers file, in the order the teachers come; none when no such teacher. */
export function staleExchangeWarnings(county: County, p: Policy): InputIssue[] {
  const rows = rowsByFile(county.teachers, (t) => t.returned === true && endedByLastCutoff(t, p.cutoff));
  const last = addMonths(p.cutoff, -12);
  const zh = county.lang === 'zh';
  return [...rows].map(([file, r]) => {
    const n = r.length;
    const at = rowsAt(r);
    return {
      file,
      row: r[0] ?? 0,
      column: zh ? '交流结束年月' : 'exchange_end',
      zh: `注意: ${n} 名教师的交流结束年月不晚于上一年的截止日期 ${dateZh(last, true)}, 却仍在交流学校（${at.zh}）: 上一年已期满, 除非上一年锁定留任, 应已返回原学校; 本方案让其今年返回, 本年不再交流; 如已返回, 请将学校代码改为原学校, 并清空交流原学校代码、交流结束年月`,
      en: `note: ${n} ${plural(n, 'teacher')} whose exchange_end is on or before last year's cut-off date ${dateEn(last, true)} ${plural(n, 'is', 'are')} still at the exchange school (${at.en}): the term ended a year ago, and unless kept there by a lock last year, ${plural(n, 'the teacher', 'they')} should be back home; this plan sends ${plural(n, 'the teacher', 'them')} home now, not rotated this year; if back already, give the home school as school_id and clear exchange_home_school and exchange_end`,
    };
  });
}
