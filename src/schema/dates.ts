/**
 * Date cells in every form county staff and the national system write them (DOMAIN.md):
 * `198001`, `19800115`, `1980-01`, `1980-1-15`, `1980/01`, `1980.01`, `1980.1.15`, `1980年1月`,
 * `1980年1月15日`, a year alone `1980`, a date-time `1980-01-15 00:00:00`, and an Excel serial
 * number (`29221` = 1980-01-01) when a workbook cell holds a date as a number. `1980.1` is refused:
 * it may be January or October (see parseDate).
 */
import { daysInMonth, type CalendarDate } from '../domain/calendar.js';
import { expected, ok, type CellParser } from './values.js';

/** Earliest and latest years a date cell may hold (anything outside is a typing error). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** Excel's day 0 is 1899-12-30 for every serial after its phantom 29 February 1900 (serial 60). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** The date of an Excel serial number (the time of day dropped), or null outside 1900–2100. */
export function excelSerialDate(serial: number): CalendarDate | null {
  if (!Number.isFinite(serial) || serial < 61) return null;
  const d = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
  const year = d.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return { year, month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function build(year: number, month?: number, day?: number): CalendarDate | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (month === undefined) return { year };
  if (month < 1 || month > 12) return null;
  if (day === undefined) return { year, month };
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

const num = (s: string | undefined): number | undefined => (s === undefined || s === '' ? undefined : Number(s));

/** The forms, each a pattern whose groups are year, month, day (month and day optional). */
const FORMS: readonly RegExp[] = [
  /^(\d{4})(\d{2})(\d{2})?$/u, // 198001, 19800115
  /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/u, // 1980-01, 1980/1/15, 1980.01, with a time
  /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$/u, // 1980年, 1980年1月, 1980年1月15日
  /^(\d{4})$/u, // 1980
];

/**
 * A date cell: year, and month and day when given. Rejects month 13, 31 February, years
 * outside 1900–2100 and words; the message lists the accepted forms.
 */
export const parseDate: CellParser<CalendarDate> = (text) => {
  const s = text.normalize('NFKC').trim().replace(/\s*([年月日])\s*/gu, '$1');
  // 1970.10 typed in Excel or WPS is stored as the number 1970.1, and so is every CSV saved from
  // that cell: January and October cannot be told apart, and the month decides exemptions near
  // retirement and ends of exchanges. The other months are not ambiguous (1970.2 is never 1970.20).
  if (/^\d{4}\.1$/u.test(s)) {
    const year = s.slice(0, 4);
    return {
      ok: false,
      zh: `「${s}」可能是${year}年1月, 也可能是${year}年10月（在Excel或WPS中输入的 ${year}.10 会存为数字 ${year}.1）; 请写作 ${year}01 或 ${year}10（也可写 ${year}-01、${year}-10, 或把该列设为文本后重新输入）`,
      en: `"${s}" may be January ${year} or October ${year} (${year}.10 typed in Excel or WPS is stored as the number ${year}.1): write ${year}01 or ${year}10 (or ${year}-01, ${year}-10, or format the column as text and type it again)`,
    };
  }
  for (const form of FORMS) {
    const m = form.exec(s);
    if (!m) continue;
    const d = build(Number(m[1]), num(m[2]), num(m[3]));
    if (d) return ok(d);
    break;
  }
  // A workbook cell holding a date as a number: five digits (1927–2173), perhaps with a time fraction.
  if (/^\d{5}(\.\d+)?$/u.test(s)) {
    const d = excelSerialDate(Number(s));
    if (d) return ok(d);
  }
  return expected(
    '日期（如 198001、1980-01、1980-01-15、1980年1月、1980.01）',
    'a date (like 198001, 1980-01, 1980-01-15, 1980年1月 or 1980.01)',
    text,
  );
};
