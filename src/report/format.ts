/** Number formats of the report. Fixed digits, no locale, so that the same plan gives the same bytes. */

/** A count or a value with at most `digits` decimals, trailing zeros dropped (12, 0.5, 1.33). */
export function num(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return '—';
  const s = n.toFixed(digits);
  const t = s.includes('.') ? s.replace(/0+$/u, '').replace(/\.$/u, '') : s;
  return t === '-0' ? '0' : t;
}

/** A value with exactly `digits` decimals (0.380, 1.00). */
export function fixed(n: number, digits: number): string {
  if (!Number.isFinite(n)) return '—';
  const s = n.toFixed(digits);
  return /^-0\.?0*$/u.test(s) ? s.slice(1) : s;
}

/** Raw value for a data-* attribute, which tests read back: rounded to 6 decimals as in summary.json, so float noise never shows. */
export function raw(n: number): string {
  const r = Number.isInteger(n) ? n : Number(n.toFixed(6));
  return Object.is(r, -0) ? '0' : String(r);
}

/** A share as a percentage with one decimal (0.2 → 20.0%). */
export function pct(share: number): string {
  return `${fixed(share * 100, 1)}%`;
}
