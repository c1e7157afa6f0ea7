/**
 * What the terminal says of a roster written: how many moves, the two policy values every row
 * carries and the term, in the words the roster's own cells use (the plan's language), so that an
 * English roster's terminal does not read 交流 and 否 beside a file that says exchange and no; then
 * the person columns (性别, 出生年月 …) filled from the teachers file, or how to add them.
 */
import { dateEn } from '../domain/calendar.js';
import type { Lang } from '../domain/types.js';
import { exchangeTypeText, type RosterTerms } from '../plan-folder/roster-file.js';
import { PERSON_COLUMNS, PERSON_HEADERS, type PersonColumn } from '../plan-folder/roster-person.js';

/** `  交流 108 人, 交流轮岗类型 交流, 是否调动人事关系 否, 期限 term 2026-09 – 2029-08`, or its English. */
export function rosterSummary(moves: number, lang: Lang, r: RosterTerms): string {
  const span = `${dateEn(r.term.start)} – ${dateEn(r.term.end)}`;
  const type = exchangeTypeText(r.exchangeType, lang);
  return lang === 'zh'
    ? `  交流 ${moves} 人, 交流轮岗类型 ${type}, 是否调动人事关系 ${r.transferPersonnel ? '是' : '否'}, 期限 term ${span}`
    : `  ${moves} ${moves === 1 ? 'move' : 'moves'}, exchange_type ${type}, transfer_personnel ${r.transferPersonnel ? 'yes' : 'no'}, term ${span}`;
}

/**
 * The line under the summary on the person columns: which ones the teachers file filled (and which
 * it does not give), or, without `--teachers`, how to add them, naming the plan's teachers file.
 */
export function rosterPeopleLine(r: RosterTerms, files: { given: readonly string[]; recorded: readonly string[] }): string {
  const zh = (cs: readonly PersonColumn[]): string => cs.map((c) => PERSON_HEADERS[c].zh).join('、');
  const en = (cs: readonly PersonColumn[]): string => cs.map((c) => PERSON_HEADERS[c].en).join(', ');
  if (!r.people) {
    const option = files.recorded.length > 0 ? files.recorded.map((f) => `--teachers ${f}`).join(' ') : '--teachers 教师表';
    return `  加 ${option}（制定方案的教师表）可填入 ${zh(PERSON_COLUMNS)} / add ${option} (the plan's teachers file) to fill in ${en(PERSON_COLUMNS)}`;
  }
  const filled = r.people.columns;
  const absent = PERSON_COLUMNS.filter((c) => !filled.includes(c));
  const from = files.given.join(', ');
  if (filled.length === 0) return `  ${from} 没有 ${zh(PERSON_COLUMNS)} 列, 花名册未增加列 / ${from} has no ${en(PERSON_COLUMNS)} column: no column added`;
  const lack = absent.length > 0 ? [`（教师表无 ${zh(absent)} 列）`, ` (it has no ${en(absent)} column)`] : ['', ''];
  return `  ${zh(filled)} 取自 ${from}${lack[0]} / ${en(filled)} from ${from}${lack[1]}`;
}
