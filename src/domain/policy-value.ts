/**
 * One policy value as text: how it is read (full-width folded, a day recorded as YYYY-MM-DD), and
 * what is wrong with it, in both languages, quoting it as written. The checks of
 * resolvePolicy (policy.ts), one parameter's value at a time.
 */
import { dateEn, parseDayText } from './calendar.js';
import { showBound } from './parameters.js';
import type { ParamSpec } from './param-spec.js';

/** A number outside the spec's range (or not finite), in words; null when it is inside. */
export function outOfRange(spec: Pick<ParamSpec, 'min' | 'max'>, n: number, raw: string): { zh: string; en: string } | null {
  const lo = spec.min ?? 0;
  const hi = spec.max ?? Number.MAX_VALUE;
  if (Number.isFinite(n) && n >= lo && n <= hi) return null;
  return { zh: `应在${showBound(lo)}到${showBound(hi)}之间, 实为「${clip(raw)}」`, en: `expected a value from ${showBound(lo)} to ${showBound(hi)}, found "${clip(raw)}"` };
}

/** A value as quoted in a message: at most 40 characters (a 400-digit number is not printed whole). */
export function clip(raw: string): string {
  const chars = [...raw.trim()];
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : raw.trim();
}

/** Types whose values are numbers or words of a closed list: typed with a Chinese input method on, or saved so by WPS, they come in full-width. */
const FOLDED_TYPES: ReadonlySet<ParamSpec['type']> = new Set(['number', 'integer', 'share', 'boolean', 'choice', 'date']);

/**
 * A value as the checks read it: for a number, share, yes/no, choice or date, full-width digits,
 * letters and signs made half-width (`１５％` → `15%`, `０．５` → `0.5`), as the rosters' numbers are
 * read; a list or text as written. Surrounding space goes.
 */
export function typedText(spec: ParamSpec, raw: string): string {
  if (spec.type === 'date') {
    // A day in any form read is recorded as YYYY-MM-DD, the form summary.json and the later reads take.
    const day = parseDayText(raw);
    return day ? dateEn(day, true) : raw.normalize('NFKC').trim();
  }
  return FOLDED_TYPES.has(spec.type) ? raw.normalize('NFKC').trim() : raw.trim();
}

/**
 * A number written another way (`1e300`, `-1`) that lies outside the range: said as the range, since
 * "expected a number ≥ 0" is no answer to 1e300. Null for anything else (refused as not a number).
 */
function beyond(spec: ParamSpec, v: string, raw: string): { zh: string; en: string } | null {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/iu.test(v) ? outOfRange(spec, Number(v), raw) : null;
}

/** What is wrong with a value of the parameter, in both languages; null when it is a good one. */
export function checkValue(spec: ParamSpec, raw: string): { zh: string; en: string } | null {
  const v = typedText(spec, raw);
  switch (spec.type) {
    case 'integer':
      return /^\d+$/.test(v) ? outOfRange(spec, Number(v), raw) : (beyond(spec, v, raw) ?? { zh: `应为不小于0的整数, 实为「${clip(raw)}」`, en: `expected a whole number ≥ 0, found "${clip(raw)}"` });
    case 'number':
      return /^\d+(\.\d+)?$/.test(v) ? outOfRange(spec, Number(v), raw) : (beyond(spec, v, raw) ?? { zh: `应为不小于0的数, 实为「${clip(raw)}」`, en: `expected a number ≥ 0, found "${clip(raw)}"` });
    case 'share': {
      const n = parseShare(v);
      return n !== null && n >= 0 && n <= 1 ? null : { zh: `应为0到1之间的比例（如 0.1 或 10%）, 实为「${clip(raw)}」`, en: `expected a share between 0 and 1 (such as 0.1 or 10%), found "${clip(raw)}"` };
    }
    case 'boolean':
      return parseBool(v) !== null ? null : { zh: `应为 是/否, 实为「${clip(raw)}」`, en: `expected yes or no, found "${clip(raw)}"` };
    case 'choice':
      return spec.choices?.includes(v) ? null : { zh: `应为 ${spec.choices?.join(' / ')} 之一, 实为「${clip(raw)}」`, en: `expected one of ${spec.choices?.join(', ')}, found "${clip(raw)}"` };
    case 'list':
      return null;
    case 'text':
      return [...v].length <= 200 ? null : { zh: `应不超过200个字, 实为${[...v].length}个字`, en: `expected at most 200 characters, found ${[...v].length}` };
    case 'date':
      return v === '' || parseDayText(v) ? null : { zh: `应为日期（如 2026-08-31、2026/8/31、2026年8月31日）, 实为「${clip(raw)}」`, en: `expected a date (like 2026-08-31, 2026/8/31 or 2026年8月31日), found "${clip(raw)}"` };
  }
}

/**
 * For a value refused that is a good one up to a `#` (`2 # 加大`, a remark after the value as config
 * files write them): where such a remark goes, to add to the refusal. Empty for any other.
 */
export function remarkHint(spec: ParamSpec, value: string): { zh: string; en: string } {
  const at = value.search(/[#＃]/u);
  if (at <= 0 || value.slice(0, at).trim() === '' || checkValue(spec, value.slice(0, at)) !== null) return { zh: '', en: '' };
  return { zh: '; # 后的注释请另起一行（以 # 开头）或写在说明列', en: '; a remark after # goes on a line of its own (starting with #) or in the 说明 column' };
}

/** A share as a fraction: `0.15`, `15%` (and `15 %`) are 0.15; null when it is not one. */
export function parseShare(v: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(v.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] ? n / 100 : n;
}

/**
 * A recorded value (summary.json's policy, as typed) in the one form of its kind, for comparing two
 * plans' parameters: a share typed as a percentage as its fraction (`15%` → `0.15`), yes/no in any
 * of its words as yes or no, a date as YYYY-MM-DD; a number, list or text as typed (folded). A value
 * that is not of its kind comes back as typed.
 */
export function comparableText(spec: ParamSpec, raw: string): string {
  const v = typedText(spec, raw);
  if (spec.type === 'share' && /%$/u.test(v)) {
    const n = parseShare(v);
    return n === null ? v : String(Number(n.toPrecision(12)));
  }
  if (spec.type === 'boolean') {
    const b = parseBool(v);
    return b === null ? v : b ? 'yes' : 'no';
  }
  return v;
}

/** yes/no in the words a policy file may use; null for any other. */
export function parseBool(v: string): boolean | null {
  const t = v.trim().toLowerCase();
  if (['yes', 'y', 'true', '1', '是', 'on'].includes(t)) return true;
  if (['no', 'n', 'false', '0', '否', 'off'].includes(t)) return false;
  return null;
}
