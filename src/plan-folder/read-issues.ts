import { countEn } from '../domain/plural.js';
import type { z } from 'zod';
import type { InputIssue } from '../domain/types.js';
import { safe } from '../schema/show-value.js';

/** At most this many problems are listed per file read back: the first ones tell what is wrong. */
const MAX_LISTED = 5;

const TYPE_ZH: Record<string, string> = { number: '有限数字', string: '文字', boolean: '是或否', array: '列表', object: '对象', tuple: '列表' };

/** How a value found in a file is named in a message (clipped, ID-card numbers masked). */
function found(issue: z.core.$ZodIssue): { zh: string; en: string } {
  const received = 'received' in issue && typeof issue.received === 'string' ? issue.received : undefined;
  if (received === 'undefined' || (!('input' in issue) && received === undefined)) return { zh: '缺失', en: 'missing' };
  if (received === 'Infinity' || received === '-Infinity' || received === 'NaN') return { zh: `「${received}」（超出范围）`, en: `${received} (out of range)` };
  const input = 'input' in issue ? issue.input : undefined;
  if (input === undefined) return { zh: '缺失', en: 'missing' };
  const text = safe(typeof input === 'string' ? JSON.stringify(input) : (JSON.stringify(input) ?? String(input)));
  return { zh: `「${text}」`, en: text };
}

/** Where in the file: `counts.moved`, `teachers[3][1]`; the whole file when the path is empty. */
export function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out === '' ? '' : '.'}${String(p)}`;
  return out === '' ? '(整个文件 whole file)' : out;
}

/**
 * A file read back (summary.json, explain.json) that its schema refused, as input issues a person
 * can act on: which field, what was expected, what was found; then what to do (the file is
 * rotate's own, so it was edited, truncated, or written by another version).
 */
export function schemaIssues(file: string, error: z.ZodError): InputIssue[] {
  const listed = error.issues.slice(0, MAX_LISTED).map((i): InputIssue => {
    const where = pathText(i.path);
    const f = found(i);
    if (i.code === 'invalid_type') {
      return { file, zh: `「${where}」应为${TYPE_ZH[i.expected] ?? i.expected}, 实为${f.zh}`, en: `${where}: expected ${i.expected === 'number' ? 'a finite number' : `${/^[aeiou]/u.test(i.expected) ? 'an' : 'a'} ${i.expected}`}, found ${f.en}` };
    }
    if (i.code === 'invalid_value') {
      return { file, zh: `「${where}」应为 ${i.values.map(String).join('、')} 之一, 实为${f.zh}`, en: `${where}: expected one of ${i.values.map(String).join(', ')}, found ${f.en}` };
    }
    return { file, zh: `「${where}」不符合格式（${i.code}）`, en: `${where}: ${i.message}` };
  });
  const more = error.issues.length - listed.length;
  const tail: InputIssue = {
    file,
    zh: `${more > 0 ? `另有 ${more} 处问题; ` : ''}此文件不是本版 rotate plan 写出的原样文件（被修改、截断或由其他版本写出）; 请重新运行 rotate plan`,
    en: `${more > 0 ? `${countEn(more, 'more problem')}; ` : ''}this file is not as this version of rotate plan writes it (edited, cut short, or written by another version): run rotate plan again`,
  };
  return [...listed, tail];
}

/** A file that is not JSON at all. */
export function notJsonIssue(file: string, error: unknown): InputIssue {
  const why = error instanceof Error ? safe(error.message) : '';
  return { file, zh: `不是有效的JSON（${why}）; 请重新运行 rotate plan`, en: `not valid JSON (${why}): run rotate plan again` };
}

/**
 * Parses a JSON file read back from a plan folder through its schema: the typed value, or issues.
 * `JSON.parse` turns `1e999` into Infinity: the schemas accept finite numbers only.
 */
export function parseJsonFile<T>(text: string, file: string, schema: z.ZodType<T>): { ok: true; value: T } | { ok: false; issues: InputIssue[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, issues: [notJsonIssue(file, e)] };
  }
  const r = schema.safeParse(raw, { reportInput: true });
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: schemaIssues(file, r.error) };
}
