/**
 * A policy value mistyped in one of the ways a clerk mistypes it (an extra =, quotes, Chinese
 * digits, a unit, a share without its %, 不 for 否…), and the value meant: what a refusal shows as
 * the line to type. Nothing here reads a value as other than written: the value meant is only shown.
 */
import { checkValue } from './policy-value.js';
import type { ParamSpec } from './param-spec.js';

/** The digits a year or number is written with in Chinese, one character each (`二〇二六`). */
const HAN_DIGITS: Readonly<Record<string, string>> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** Words a clerk types for no and for yes that are neither here: read as 否 and 是 only to show the line meant. */
const NO_WORDS: ReadonlySet<string> = new Set(['不', '不是', '关', '关闭', '停用', '禁用', '无', '没有', '不要', '不用', '非', '假', '×', '✗']);
const YES_WORDS: ReadonlySet<string> = new Set(['开', '开启', '打开', '启用', '有', '对', '要', '真', '√', '✓']);

/** One way a value is mistyped: the value with it undone (unchanged when it is not there), and what was wrong, in both languages. */
type Slip = (spec: ParamSpec, v: string) => { value: string; zh: string; en: string };

/**
 * The choice a word stands for: the choice in another case (`Movers`), or the one whose wording in
 * the parameter's description (`movers=交流人数`) is, or holds, the word; null for none or several.
 */
function choiceOf(spec: ParamSpec, word: string): string | null {
  const choices = spec.choices ?? [];
  const cased = choices.find((c) => c.toLowerCase() === word.toLowerCase());
  if (cased !== undefined || [...word].length < 2) return cased ?? null;
  const worded = [...spec.zh.matchAll(/([A-Za-z]+|\p{Script=Han}+)\s*=\s*([^,，;；（(]+)/gu)].filter((m) => choices.includes(m[1] ?? '') && (m[2] ?? '').trim().includes(word));
  return worded.length === 1 ? (worded[0]?.[1] ?? null) : null;
}

/** The slips, in the order they are undone: one value may carry several (`="2"`, `二〇二六年`). */
const SLIPS: readonly Slip[] = [
  (_, v) => ({ value: v.replace(/^\s*[=＝]+\s*/u, ''), zh: '多打了一个等号', en: 'an extra = was typed' }),
  (_, v) => {
    // `"2"`: quotes a Windows shell or a spreadsheet left in place.
    const m = /^\s*(["'“”‘’「『])(.*)(["'“”‘’」』])\s*$/u.exec(v);
    return { value: m ? (m[2] ?? '') : v, zh: '取值不加引号', en: 'a value takes no quotes' };
  },
  (spec, v) => {
    // `二〇二六`: a year written digit by digit in Chinese (a number with 十 or 百 is not read).
    // Its digits are read before a unit after them (`二〇二六年`), for the unit's slip below to drop.
    const t = v.trim();
    const digits = (spec.type === 'integer' || spec.type === 'number') && /^[〇零一二三四五六七八九]+[^〇零一二三四五六七八九十百千万]*$/u.test(t);
    return { value: digits ? [...t].map((c) => HAN_DIGITS[c] ?? c).join('') : v, zh: '数请用阿拉伯数字写', en: 'write a number in digits' };
  },
  (spec, v) => {
    // `2,`: a comma or full stop left at the end, as after an item of a list.
    const m = spec.type === 'list' || spec.type === 'text' ? null : /^(.*?\S)\s*([,，、;；。.]+)\s*$/u.exec(v);
    return { value: m ? (m[1] ?? '') : v, zh: `末尾多了「${m?.[2] ?? ''}」`, en: `a stray "${m?.[2] ?? ''}" at the end` };
  },
  (spec, v) => {
    // `0。5`: the full stop a Chinese input method types for the point.
    const numeric = spec.type === 'integer' || spec.type === 'number' || spec.type === 'share';
    return { value: numeric ? v.replace(/(?<=\d)\s*[。｡]\s*(?=\d)/gu, '.') : v, zh: '小数点请用「.」, 不用句号「。」', en: 'a decimal point is ".", not the full stop "。"' };
  },
  (spec, v) => {
    // `2026年`, `60岁`, `60秒`: a number with the unit the parameter counts in (its description says which).
    const m = spec.type === 'integer' || spec.type === 'number' ? /^(\d+(?:\.\d+)?)\s*(年|周岁|岁|人|名|个|天|日|秒|s|sec)$/iu.exec(v.normalize('NFKC').trim()) : null;
    return { value: m ? (m[1] ?? '') : v, zh: `数后不写单位${m ? `「${m[2] ?? ''}」` : ''}`, en: `a number takes no unit${m ? ` ("${m[2] ?? ''}")` : ''}` };
  },
  (spec, v) => {
    // `10` for a share: a percentage without its %, as the county's document writes 10%.
    const t = v.normalize('NFKC').trim();
    const n = spec.type === 'share' && /^\d+(\.\d+)?$/u.test(t) ? Number(t) : NaN;
    const fraction = String(Number((n / 100).toPrecision(12)));
    return { value: n > 1 && n <= 100 ? `${t}%` : v, zh: `比例写作百分数要带 %（或写作小数 ${fraction}）`, en: `a share written as a percentage takes its % (or is written ${fraction})` };
  },
  (spec, v) => {
    // `不`, `关`: a no that is none of the words read for it.
    const t = v.normalize('NFKC').trim();
    const word = spec.type !== 'boolean' ? v : NO_WORDS.has(t) ? '否' : YES_WORDS.has(t) ? '是' : v;
    return { value: word, zh: '是/否 参数请写 是 或 否', en: 'a yes/no parameter takes 是 or 否 (yes or no)' };
  },
  (spec, v) => {
    // `交流人数` for movers: the choice as the description words it, or in another case.
    const meant = spec.type === 'choice' ? choiceOf(spec, v.normalize('NFKC').trim()) : null;
    return { value: meant ?? v, zh: '选项请写其名称', en: 'a choice is written by its name' };
  },
];

/**
 * For a value refused that is a good one once a slip or two is undone (`=2`, an extra = typed;
 * `"2"`, quoted; `二〇二六` in Chinese digits; `2026年` with a unit; `10` for a share meant as
 * 10%; `不` or `关` for 否; `交流人数` for movers): the value meant and what was wrong, to show the
 * line to type. Null for any other.
 */
export function meantValue(spec: ParamSpec, raw: string): { value: string; zh: string; en: string } | null {
  if (checkValue(spec, raw) === null) return null;
  let value = raw;
  const zh: string[] = [];
  const en: string[] = [];
  for (const slip of SLIPS) {
    const undone = slip(spec, value);
    if (undone.value === value) continue;
    value = undone.value;
    zh.push(undone.zh);
    en.push(undone.en);
  }
  return zh.length > 0 && checkValue(spec, value) === null ? { value: value.trim(), zh: zh.join('、'), en: en.join('; ') } : null;
}
