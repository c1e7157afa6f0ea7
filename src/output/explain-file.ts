import { createHash } from 'node:crypto';
import type { Explanation } from '../plan/explain.js';
import type { OutputFile } from './write-folder.js';

/** What explain.json says about itself, in both languages. */
export const EXPLAIN_ABOUT = {
  zh: '每个备选的代价 = 只改这一名教师的去向（其余不变）后重算的目标函数各项之差, 未重新优化; 正数表示更差',
  en: 'each alternative is the objective recomputed term by term with only this teacher changed and everything else as planned, not re-optimised; positive means worse',
};

const round = (_k: string, v: unknown): unknown => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toFixed(6)) : v);
const line = (v: unknown): string => JSON.stringify(v, round);

/**
 * explain.json: the explanation, with the SHA-256 of the plan's tables it was computed with,
 * so that `rotate explain` can tell when a table was edited after the plan was written.
 * One teacher or school per line keeps the file small and easy to search; numbers are rounded
 * to 6 decimals so that float noise never changes the bytes.
 */
export function explainJson(e: Explanation, tables: readonly OutputFile[]): string {
  const files: Record<string, string> = {};
  for (const f of tables) files[f.name] = createHash('sha256').update(f.content).digest('hex');
  const head = { about: EXPLAIN_ABOUT, files, relaxed: e.relaxed, terms: e.terms, total: e.total };
  const fields = Object.entries(head).map(([k, v]) => `  ${line(k)}: ${line(v)}`);
  const list = (items: readonly unknown[]): string => (items.length === 0 ? '[]' : `[\n${items.map((x) => `    ${line(x)}`).join(',\n')}\n  ]`);
  return `{\n${[...fields, `  "teachers": ${list(e.teachers)}`, `  "schools": ${list(e.schools)}`].join(',\n')}\n}\n`;
}
