/**
 * What tells an 18-character ID number (身份证号, GB 11643) inside a longer number from any 18
 * digits of it: its province, its birth date and its check digit. The masker (id-card.ts) asks
 * this only of runs of 19 characters or more, where the shape alone would be chance.
 */

/** The first two digits of an address code (GB/T 2260): provinces, autonomous regions and municipalities, 71 Taiwan, 81 Hong Kong, 82 Macao, 83 (residence permits of Taiwan residents). */
const PROVINCES = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83']);
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const EIGHTEEN = /^\d{17}[\dX]$/u;

/** True when the check digit of 18 ASCII characters (17 digits, then a digit or X) holds. */
export function checkDigitHolds(t: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (WEIGHTS[i] ?? 0) * Number(t[i]);
  return CHECK[sum % 11] === t[17];
}

/** True when 18 ASCII characters (17 digits, then a digit or X) begin with a province and hold a birth date (1900–2099) that exists. */
export function provinceAndBirth(t: string): boolean {
  if (!EIGHTEEN.test(t) || !PROVINCES.has(t.slice(0, 2))) return false;
  const y = Number(t.slice(6, 10));
  const m = Number(t.slice(10, 12));
  const d = Number(t.slice(12, 14));
  if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 || d > (DAYS[m - 1] ?? 0)) return false;
  return m !== 2 || d < 29 || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
}

/**
 * Where ID numbers start in `flat` (ASCII digits and X, a run's separators left out): every 18
 * characters with a province and a birth date that either start or end a group of the run
 * (`edge(first, last)`, the indexes of their first and last character), as an ID number with a
 * prefix or a suffix does, or whose check digit holds besides.
 */
export function gluedIdCards(flat: string, edge: (first: number, last: number) => boolean): number[] {
  const out: number[] = [];
  for (let s = 0; s + 18 <= flat.length; s++) {
    const t = flat.slice(s, s + 18);
    if (provinceAndBirth(t) && (edge(s, s + 17) || checkDigitHolds(t))) out.push(s);
  }
  return out;
}
