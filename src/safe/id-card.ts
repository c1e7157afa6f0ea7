/**
 * The one masker of resident ID-card numbers (身份证号). Every message, plan file and report goes
 * through it, so that no ID number a user typed (into a cell, a file name, a folder name) can
 * reach an output.
 *
 * What counts as an ID number: 18 characters (17 digits and a digit or X) or 15 digits (the old
 * form), ASCII or full-width (０-９, Ｘ), written in one piece or in groups split by spaces,
 * dashes or dots (`110101 19900307 123X`), whose birth date is plausible (month 01–12, day
 * 01–31, and for 18 digits a year 1900–2099). The check digit is not required: a mistyped ID
 * number is still private. Other long numbers (a phone number, a list of school codes) are kept.
 * So is the form Excel gives a number of 15 or 18 digits typed into a cell (`6.20502E+17`,
 * `5.20102E+14`): what is left of an ID number there, its first digits, is masked all the same.
 */

const DIGITS = '0-9\uFF10-\uFF19';
const X = 'Xx\uFF38\uFF58';
/** One separator between two groups of digits. */
const SEP = ' \\-.\u00B7\u2010-\u2015\u3000\uFF0D\uFF0E_';
/** Groups of digits (the last may end with X) joined by single separators, not touching other digits. */
const RUN = new RegExp(`(?<![${DIGITS}])[${DIGITS}]+[${X}]?(?:[${SEP}][${DIGITS}]+[${X}]?)*(?![${DIGITS}])`, 'gu');
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

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** True for a valid 18-digit resident ID number: shaped like one and its check digit holds. */
export function looksLikeIdCard(s: string): boolean {
  const t = ascii(s);
  if (!idCardShaped(t) || t.length !== 18) return false;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(t[i]), 0);
  return CHECK[sum % 11] === t[17];
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
  return unscientific.replace(RUN, (run) => {
    const groups = run.match(GROUP) ?? [];
    const masked = maskedGroups(groups);
    if (!masked.includes(true)) return run;
    let g = 0;
    return run.replace(GROUP, (group) => (masked[g++] ? '*'.repeat([...group].length) : group));
  });
}

/** True when `text` holds an ID number that {@link maskIdCards} would mask. */
export function holdsIdCard(text: string): boolean {
  return maskIdCards(text) !== text;
}
