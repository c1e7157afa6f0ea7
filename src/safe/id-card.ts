/**
 * The one masker of resident ID-card numbers (身份证号). Every message, plan file and report goes
 * through it, so that no ID number a user typed (into a cell, a file name, a folder name) can
 * reach an output.
 *
 * What counts as an ID number: 18 characters (17 digits and a digit or X) or 15 digits (the old
 * form), ASCII or full-width (０-９, Ｘ), written in one piece or in groups split by one to three
 * spaces (a tab and no-break spaces too), dashes or dots (`110101 19900307 123X`,
 * `110101 - 19900307 - 123X`), or in thousands as Excel's `#,##0` shows a number cell
 * (`110,101,199,003,071,000`), whose birth date is plausible (month 01–12, day 01–31, and for 18
 * digits a year 1900–2099). The check digit is not required: a mistyped ID number is still
 * private. Other long numbers (a phone number, a list of school codes) are kept.
 * So is the form Excel gives a number of 15 or 18 digits typed into a cell (`6.20502E+17`,
 * `5.20102E+14`): what is left of an ID number there, its first digits, is masked all the same.
 *
 * An 18-character ID number glued to other digits (`110101199003074512001`, a 工号 made of one
 * with a suffix; `0110…`) is found by stronger evidence, since any 18 digits of a long number
 * could be read as one: its province (the first two digits, GB/T 2260: 11–15, 21–23, 31–37,
 * 41–46, 50–54, 61–65, 71, 81–83) and a birth date that exists (1900–2099, 30 February not).
 * Where it starts or ends a group of the run (the other digits on one side only, as a prefix or
 * a suffix makes them), that suffices, as the shape does for one alone; in the middle of a group
 * its check digit (GB 11643) must hold too. By chance about 1 in 4,000 windows of 18 digits
 * passes the first test and 1 in 40,000 both, so school codes (9–10 digits), 工号 (6–12) glued
 * together, bank card numbers and 统一社会信用代码 (18 characters, with letters) are kept. A
 * 15-digit number glued to others is kept: two digits of year and no check digit are no evidence.
 */

import { checkDigitHolds, gluedIdCards } from './id-card-evidence.js';

const DIGITS = '0-9\uFF10-\uFF19';
const X = 'Xx\uFF38\uFF58';
/** A separator between two groups of digits: spaces (a tab, no-break and other Unicode spaces among them), dashes, dots, an underscore. */
const SEP = ' \\t\u00A0\u2000-\u200A\u202F\u205F\\-.\u00B7\u2010-\u2015\u3000\uFF0D\uFF0E_';
/** Digits and X, starting with a digit, in pieces joined by one to three separators (`341122 - 19870516`), not touching other digits. */
const RUN = new RegExp(`(?<![${DIGITS}])[${DIGITS}][${DIGITS}${X}]*(?:[${SEP}]{1,3}[${DIGITS}][${DIGITS}${X}]*)*`, 'gu');
/** A whole number shown with thousands separators, as Excel's `#,##0` shows a number cell: `341,122,198,705,160,000`. */
const THOUSANDS = /(?<![0-9,.])[1-9]\d{0,2}(?:,\d{3}){4,5}(?![0-9]|,\d)/gu;
/** A group of a run: digits, the last maybe X (an X followed by digits ends a group, as a separator does). */
const GROUP = new RegExp(`[${DIGITS}]+[${X}]?`, 'gu');
/** A number of 15 or 18 digits in scientific notation, as Excel shows it: one digit, maybe a fraction, E+14 or E+17. */
const SCIENTIFIC = new RegExp(
  `(?<![${DIGITS}.\uFF0E])[1-9\uFF11-\uFF19](?:[.\uFF0E][${DIGITS}]{1,16})?[Ee\uFF25\uFF45][+\uFF0B]?(?:1|\uFF11)(?:[47]|\uFF14|\uFF17)(?![${DIGITS}])`,
  'gu',
);

/** Full-width digits and X folded to ASCII. */
function ascii(s: string): string {
  return s.replace(/[\uFF10-\uFF19\uFF38\uFF58]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toUpperCase();
}

/** True when `s` (ASCII digits, maybe a final X) is shaped like an ID number: see the file comment. */
export function idCardShaped(s: string): boolean {
  const t = ascii(s);
  if (/^[1-9]\d{16}[\dX]$/u.test(t)) {
    const y = Number(t.slice(6, 10));
    return y >= 1900 && y <= 2099 && plausibleDate(t.slice(10, 12), t.slice(12, 14));
  }
  if (/^[1-9]\d{14}$/u.test(t)) return plausibleDate(t.slice(8, 10), t.slice(10, 12));
  return false;
}

function plausibleDate(mm: string, dd: string): boolean {
  const m = Number(mm);
  const d = Number(dd);
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** True for a valid 18-digit resident ID number: shaped like one and its check digit holds. */
export function looksLikeIdCard(s: string): boolean {
  const t = ascii(s);
  return idCardShaped(t) && t.length === 18 && checkDigitHolds(t);
}

/** The groups of one run that make up an ID number (a span of 15 or 18 characters), as a mask per group. */
function maskedGroups(groups: readonly string[]): boolean[] {
  const masked = groups.map(() => false);
  for (let i = 0; i < groups.length; i++) {
    let digits = '';
    for (let j = i; j < groups.length; j++) {
      digits += groups[j] ?? '';
      if (digits.length > 18) break;
      // An X ends an ID number: it may only be the span's last character.
      if (/[XxＸｘ]/u.test(digits.slice(0, -1))) break;
      if ((digits.length === 15 || digits.length === 18) && idCardShaped(digits)) {
        for (let k = i; k <= j; k++) masked[k] = true;
      }
    }
  }
  return masked;
}

/**
 * `text` with every ID number (see the file comment) replaced by asterisks, one per character
 * (18 for an ID number written in one piece, 11 for `6.20502E+17`); separators and everything
 * else unchanged.
 */
export function maskIdCards(text: string): string {
  if (!/[0-9\uFF10-\uFF19]/u.test(text)) return text;
  const unscientific = text.replace(SCIENTIFIC, (n) => '*'.repeat([...n].length));
  // An ID number is 15 or 18 characters: shorter text (an id, a code, a date) holds none.
  if (unscientific.length < 15) return unscientific;
  const grouped = unscientific.includes(',') ? unscientific.replace(THOUSANDS, (n) => (idCardShaped(n.replace(/,/gu, '')) ? '*'.repeat(n.length) : n)) : unscientific;
  return grouped.replace(RUN, (run) => {
    if (run.length < 15) return run;
    const groups = [...run.matchAll(GROUP)].map((m) => ({ start: m.index, text: m[0] }));
    const whole = maskedGroups(groups.map((g) => g.text));
    // Fewer than 19 characters hold no ID number glued to others.
    if (run.length < 19 && !whole.includes(true)) return run;
    // Every character of a run is one UTF-16 unit (digits, X, separators), so indexes are characters.
    const masked: boolean[] = new Array<boolean>(run.length).fill(false);
    groups.forEach((g, i) => {
      if (whole[i] === true) masked.fill(true, g.start, g.start + g.text.length);
    });
    if (run.length >= 19) maskGlued(run, groups, masked);
    if (!masked.includes(true)) return run;
    let out = '';
    for (let i = 0; i < run.length; i++) out += masked[i] === true ? '*' : run[i];
    return out;
  });
}

/** Marks in `masked` the characters of `run` that are an ID number glued to other digits (see the file comment). */
function maskGlued(run: string, groups: readonly { start: number; text: string }[], masked: boolean[]): void {
  const at: number[] = [];
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const g of groups) {
    for (let k = 0; k < g.text.length; k++) at.push(g.start + k);
    starts.add(g.start);
    ends.add(g.start + g.text.length - 1);
  }
  const flat = ascii(at.map((i) => run[i]).join(''));
  const edge = (first: number, last: number): boolean => starts.has(at[first] ?? -1) || ends.has(at[last] ?? -1);
  for (const s of gluedIdCards(flat, edge)) for (let k = s; k < s + 18; k++) masked[at[k] ?? 0] = true;
}

/** True when `text` holds an ID number that {@link maskIdCards} would mask. */
export function holdsIdCard(text: string): boolean {
  return maskIdCards(text) !== text;
}
