/**
 * Parsers of single cells. Each takes the trimmed text of a cell and returns the value or a
 * bilingual problem phrased "expected …, found …"; the caller adds file, row and column.
 * None of them throws.
 */
import { showEn, showZh } from './show-value.js';
import { holdsIdCard, maskIdCards } from '../safe/id-card.js';
import { saysNone } from '../domain/none-words.js';

/** The one ID-card masker and check, re-exported where the cell parsers have always offered them. */
export { looksLikeIdCard, maskIdCards } from '../safe/id-card.js';

/** A parsed cell: the value, or what was wrong with it in both languages. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; zh: string; en: string };

/** A cell parser. `text` is the cell as read (already trimmed; '' when empty). */
export type CellParser<T> = (text: string) => Parsed<T>;

/** A successful parse. */
export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

/** A failed parse: `应为{expectedZh}, 实为「text」` / `expected {expectedEn}, found "text"`. */
export function expected<T>(expectedZh: string, expectedEn: string, text: string): Parsed<T> {
  return { ok: false, zh: `应为${expectedZh}, 实为${showZh(text)}`, en: `expected ${expectedEn}, found ${showEn(text)}` };
}

/** Full-width digits and letters become half-width (１２ → 12); surrounding space goes. */
function fold(text: string): string {
  return text.normalize('NFKC').trim();
}

/**
 * A value without the code the national teacher information system writes before its label:
 * `1-男` → `男`, `21-大学本科` → `大学本科`, `111－主城区` → `主城区`. Null when there is no such code.
 */
export function withoutCodePrefix(text: string): string | null {
  const m = /^\d{1,4}\s*[-－—–.．、:：]\s*(\D.*)$/su.exec(fold(text));
  return m?.[1] === undefined ? null : m[1].trim();
}

/** An empty cell gives `undefined`; anything else goes to `parse`. */
export function optional<T>(parse: CellParser<T>): CellParser<T | undefined> {
  return (text) => (fold(text) === '' ? ok(undefined) : parse(text));
}

/**
 * A cell that says "none" (无, 否, 暂无, -, /, N/A …; none-words.ts) is read by `parse` as an empty one:
 * for the optional cells whose mere presence decides something, where a sheet that writes 无 in
 * every blank would otherwise exempt every teacher (免交流原因) or refuse every row (交流结束年月).
 */
export function noneIsEmpty<T>(parse: CellParser<T>): CellParser<T> {
  return (text) => parse(saysNone(text) ? '' : text);
}

/** An empty cell gives `fallback`; anything else goes to `parse`. */
export function orDefault<T>(parse: CellParser<T>, fallback: T): CellParser<T> {
  return (text) => (fold(text) === '' ? ok(fallback) : parse(text));
}

/** A count's unit as county sheets write it after the number (`8年`, `1200人`, `12个班`). */
const UNIT = /\s*(年|人|名|个|个班|班|所|岗)$/u;

/** Whole number ≥ 0: `12`, `１２`, `6.0`, `1,234`, with a unit after it (`8年`, `1200人`). Rejects `六`, `-3`, `3.5`, `3个月` and an empty cell. */
export const parseWholeNumber: CellParser<number> = (text) => {
  const s = fold(text).replace(UNIT, '');
  if (/^(\d+|\d{1,3}(,\d{3})+)(\.0+)?$/u.test(s)) {
    const n = Number(s.replace(/,/gu, ''));
    if (Number.isSafeInteger(n)) return ok(n);
  }
  return expected('不小于0的整数', 'a whole number ≥ 0', text);
};

/**
 * The values of a cell that lists several (`小学、初级中学`, `初中/高中`, `小学+初中`, `小学和初中`), or
 * null for a cell of one. For the closed vocabularies (学段, 教师资格种类), none of whose words holds
 * these marks; a subject's name may (道德与法治), so subjects are split by their own rule (subjects.ts).
 */
export function listedValues(text: string): string[] | null {
  const parts = text.split(/\s*[、，,；;/／+＋&和及与]\s*/u).filter((p) => p.trim() !== '');
  return parts.length < 2 ? null : parts;
}

/** Years and a part of one: `4.5`, `4.5年`, `4年半`, `4年6个月`, `4年零6个月`; the whole years are group 1. */
const PART_YEARS = /^(\d+)(?:\.\d+年?|年(?:半|零?(?:[1-9]|1[01])个?月))$/u;

/**
 * Years served as full years (满N年), which the rules ask about (满6年, 乡村任教满1年): a whole
 * number as {@link parseWholeNumber} reads it, or years and a part of one (`4.5`, `4年6个月`),
 * counted as the full years (4), which answer every question of full years exactly.
 */
export const parseFullYears: CellParser<number> = (text) => {
  const whole = parseWholeNumber(text);
  if (whole.ok) return whole;
  const full = PART_YEARS.exec(fold(text))?.[1];
  return full === undefined ? expected('不小于0的年数（如 8、8年、4.5、4年6个月）', 'a number of years ≥ 0 (8, 4.5, 4年6个月)', text) : ok(Number(full));
};

/** Any finite decimal number: `3.5`, `-0.25`, `１２`. */
export const parseNumber: CellParser<number> = (text) => {
  const s = fold(text).replace(/−/gu, '-');
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/u.test(s)) {
    const n = Number(s);
    if (Number.isFinite(n)) return ok(n);
  }
  return expected('数字', 'a number', text);
};

/** A number within [min, max], e.g. a latitude. */
export function numberBetween(min: number, max: number): CellParser<number> {
  return (text) => {
    const r = parseNumber(text);
    if (r.ok && r.value >= min && r.value <= max) return r;
    return expected(`${min}到${max}之间的数`, `a number from ${min} to ${max}`, text);
  };
}

/** A share in [0, 1]: `0.2`, `20%`, `２０％`. */
export const parseShare: CellParser<number> = (text) => {
  const s = fold(text);
  const percent = s.endsWith('%');
  const r = parseNumber(percent ? s.slice(0, -1) : s);
  if (r.ok) {
    const v = percent ? r.value / 100 : r.value;
    if (v >= 0 && v <= 1) return ok(v);
  }
  return expected('0到1之间的比例（如 0.2 或 20%）', 'a share from 0 to 1 (like 0.2 or 20%)', text);
};

/** A year of birth, 1900–2100. */
export const parseYear: CellParser<number> = (text) => {
  const r = parseWholeNumber(text);
  if (r.ok && r.value >= 1900 && r.value <= 2100) return r;
  return expected('四位年份（如 1980）', 'a four-digit year like 1980', text);
};

const YES = new Set(['yes', 'y', 'true', '1', '是', '√', '✓', '✔', '对']);
const NO = new Set(['no', 'n', 'false', '0', '否', '×', '✗', '✘', '不是']);

/** yes/no/y/n/true/false/1/0/是/否 (any case). */
export const parseYesNo: CellParser<boolean> = (text) => {
  const s = fold(text).toLowerCase();
  if (YES.has(s)) return ok(true);
  if (NO.has(s)) return ok(false);
  const label = withoutCodePrefix(text);
  if (label !== null && label !== text) return parseYesNo(label);
  return expected('是或否', 'yes or no', text);
};

/**
 * A yes/no column that some sheets fill with what it asks (薄弱学校: 薄弱 / 非薄弱; 教学点: 教学点):
 * those words are read as yes and no beside the plain ones.
 */
export function yesNoWith(yes: readonly string[], no: readonly string[]): CellParser<boolean> {
  const y = new Set(yes.map((w) => fold(w)));
  const n = new Set(no.map((w) => fold(w)));
  return (text) => {
    const s = fold(text);
    if (y.has(s)) return ok(true);
    if (n.has(s)) return ok(false);
    return parseYesNo(text);
  };
}

/**
 * Text that must not be empty (a name, a subject, an exemption reason). A resident ID number
 * (身份证号) typed into it is masked, so that it can reach no output.
 */
export const parseText: CellParser<string> = (text) => {
  const s = maskIdCards(text.trim());
  return s === '' ? expected('非空内容', 'some text', text) : ok(s);
};

/**
 * An id: text, trimmed, full-width folded, leading zeros kept. An id that Excel turned into
 * a number in scientific notation (`1.1E+05`) is an error, and so is one that is a resident ID
 * number (it would end up in the published plan), in that form too (`1.10101E+17`, shown masked).
 */
export const parseId: CellParser<string> = (text) => {
  const s = fold(text);
  if (s === '') return expected('编号', 'an id', text);
  if (/^[+-]?\d+(\.\d+)?e[+-]?\d+$/iu.test(s)) {
    if (holdsIdCard(s)) {
      return {
        ok: false,
        zh: `${showZh(s)}像是被Excel转成了数字的身份证号（15或18位）；请把该列设为文本格式，填写工号或学校代码`,
        en: `${showEn(s)} looks like an ID-card number Excel turned into a number (15 or 18 digits); format the column as text and use the staff number or school code`,
      };
    }
    return {
      ok: false,
      zh: `${showZh(s)}像是被Excel转成了数字的编号；请把该列设为文本格式后重新填写`,
      en: `${showEn(s)} looks like Excel turned the id into a number; format the column as text and type the ids again`,
    };
  }
  if (holdsIdCard(s)) {
    return { ok: false, zh: '像是身份证号，请填写工号或学校代码', en: 'looks like an ID-card number; use the staff number or school code' };
  }
  return ok(s);
};

/** School ids separated by `;` `；` `、` `,` `，`; empty parts and repeats dropped, order kept. */
export const parsePreferences: CellParser<string[]> = (text) => {
  const ids: string[] = [];
  for (const part of text.split(/[;；、,，]/u)) {
    if (part.trim() === '') continue;
    const r = parseId(part);
    if (!r.ok) return r;
    if (!ids.includes(r.value)) ids.push(r.value);
  }
  return ok(ids);
};
