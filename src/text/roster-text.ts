/**
 * What the terminal says of a roster written: how many moves, the two policy values every row
 * carries and the term, in the words the roster's own cells use (the plan's language), so that an
 * English roster's terminal does not read 交流 and 否 beside a file that says exchange and no.
 */
import { dateEn } from '../domain/calendar.js';
import type { Lang } from '../domain/types.js';
import { exchangeTypeText, type RosterTerms } from '../plan-folder/roster-file.js';

/** `  交流 108 人, 交流轮岗类型 交流, 是否调动人事关系 否, 期限 term 2026-09 – 2029-08`, or its English. */
export function rosterSummary(moves: number, lang: Lang, r: RosterTerms): string {
  const span = `${dateEn(r.term.start)} – ${dateEn(r.term.end)}`;
  const type = exchangeTypeText(r.exchangeType, lang);
  return lang === 'zh'
    ? `  交流 ${moves} 人, 交流轮岗类型 ${type}, 是否调动人事关系 ${r.transferPersonnel ? '是' : '否'}, 期限 term ${span}`
    : `  ${moves} ${moves === 1 ? 'move' : 'moves'}, exchange_type ${type}, transfer_personnel ${r.transferPersonnel ? 'yes' : 'no'}, term ${span}`;
}
