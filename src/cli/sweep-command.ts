import type { PolicySetting } from '../domain/policy.js';
import { PARAMETERS } from '../domain/parameters.js';
import type { InputIssue } from '../domain/types.js';
import { writeFileAtomically } from '../output/write-file.js';
import { sideOutputIssue } from '../output/side-output.js';
import { contextOf, datedOf, policyOf, readCounty } from '../pipeline/prepare.js';
import { solverFor } from '../pipeline/solver-for.js';
import { sweepText } from '../text/sweep-text.js';
import { sweepCsv } from '../review/sweep-csv.js';
import { TERMS_TOTAL_FORMERLY } from '../review/sweep-columns.js';
import { beforeRow, commonBefore } from '../review/sweep-before.js';
import { splitSweepSets, sweepListText, sweepPoints, sweepRow, sweepSizeIssue, type SweepAxis, type SweepRow } from '../review/sweep-points.js';

/** `before`: the county before any plan, the table's first row; null when the swept parameter changes it (sweep-before.ts). */
export type SweepOutcome = { kind: 'swept'; rows: SweepRow[]; before: SweepRow | null; lines: string[] } | { kind: 'bad-input'; issues: InputIssue[] };

export interface SweepOptions {
  inputs: string[];
  /** The inputs given with --policy, in order: read after the others, their rows win. */
  policyFiles?: string[];
  sets: PolicySetting[];
  /** CSV file to write the table to. */
  out?: string;
  /** Write `out` even over a file rotate did not write, an input or inside a plan folder. */
  force?: boolean;
}

/**
 * The first line of every sweep CSV ends with the figures' headers, whatever the swept parameters;
 * one written before the last column was named 各项合计 terms_total ends with its former name.
 */
const SWEEP_TAILS = (['zh', 'en'] as const).flatMap((lang) => {
  const tail = sweepCsv([], [], lang).replace(/^\uFEFF/u, '').split('\r\n')[0] ?? '';
  return [tail, tail.replace(/[^,]*$/u, TERMS_TOTAL_FORMERLY[lang])];
});

/** The parameters whose values are numbers: a list of them with another separator was meant as a sweep. */
const NUMERIC: ReadonlySet<string> = new Set(PARAMETERS.filter((p) => p.type === 'number' || p.type === 'integer' || p.type === 'share').map((p) => p.name));

const usage = (zh: string, en: string): SweepOutcome => ({ kind: 'bad-input', issues: [{ file: '--set', zh, en }] });

/**
 * `rotate sweep FILES --set weights.moves=0.5,1,2,4 [--set rules.max_backbone_outflow_share=0.1,0.3]`:
 * plans the county at every combination of one or two swept parameters (any numeric one: a weight,
 * a rule's threshold) with the pure core and tabulates the trade-offs. Nothing but the table (and
 * the CSV, when asked for) is written.
 */
export async function runSweep(opts: SweepOptions, now: () => number, currentYear: number, tag: string, progress: (point: Record<string, string>) => void): Promise<SweepOutcome> {
  const { axes, fixed } = splitSweepSets(opts.sets);
  // A list of a weight, or with a number in it, that is not all numbers was meant as a sweep: say
  // which value, not that none was given (a list parameter, subjects.scarce=音乐,体育, is not one).
  const list = fixed.find((s) => {
    const text = sweepListText(s.value);
    const meant = text.includes(',') && (s.key.trim().startsWith('weights.') || text.split(',').some((v) => /^\s*\d+(\.\d+)?\s*%?\s*$/u.test(v)));
    // `1;2;4`, `1 2 4`: numbers of a number parameter with another separator.
    return meant || (NUMERIC.has(s.key.trim()) && meantList(s.value) !== null);
  });
  if (list) {
    const meant = meantList(list.value);
    const zh = meant === null ? '' : `; ${meant.zh}, 应为 --set ${list.key.trim()}=${meant.list}`;
    const en = meant === null ? '' : `; ${meant.en}: meant --set ${list.key.trim()}=${meant.list}`;
    return { kind: 'bad-input', issues: [{ file: `--set ${list.key.trim()}`, zh: `扫描取值应为用逗号分开的数值（如 0.5,1,2,4）, 实为「${list.value}」${zh}`, en: `the values to sweep must be numbers separated by commas (like 0.5,1,2,4), found "${list.value}"${en}` }] };
  }
  if (axes.length === 0 && fixed.length > 0) return usage('需要一到两个扫描参数: 只有一个取值的 --set 是固定参数, 扫描的参数要给两个以上取值, 如 --set weights.moves=0.5,1,2,4', 'give one or two swept parameters: a --set with one value is fixed; a swept one takes two or more, such as --set weights.moves=0.5,1,2,4');
  // A parameter swept twice, or swept and also fixed: each point would keep one of its values and the table name both.
  const twice = axes.find((a, i) => axes.findIndex((b) => b.key === a.key) !== i || fixed.some((f) => f.key.trim() === a.key));
  if (twice) {
    const lists = opts.sets.filter((s) => s.key.trim() === twice.key).map((s) => s.value.trim());
    const all = [...new Set(lists.flatMap((l) => l.split(',').map((v) => v.trim())))].join(',');
    const zhLists = lists.join(' 和 ');
    const enLists = lists.join(' and ');
    return { kind: 'bad-input', issues: [{ file: `--set ${twice.key}`, zh: `扫描参数给了两次（${zhLists}）, 每个参数只能扫描一次, 取值写在一个逗号列表里, 如 --set ${twice.key}=${all}`, en: `the parameter is swept twice (${enLists}): sweep each parameter once, its values in one comma list, such as --set ${twice.key}=${all}` }] };
  }
  const repeated = repeatedValue(axes);
  if (repeated) return { kind: 'bad-input', issues: [{ file: `--set ${repeated.key}`, zh: `扫描取值「${repeated.value}」与「${repeated.first}」重复, 每个取值只写一次`, en: `the value "${repeated.value}" to sweep repeats "${repeated.first}": give each value once` }] };
  if (axes.length === 0) return usage('需要一到两个扫描参数, 如 --set weights.moves=0.5,1,2,4', 'give one or two swept parameters, such as --set weights.moves=0.5,1,2,4');
  if (axes.length > 2) return usage(...tooManyAxes(axes));
  const tooMany = sweepSizeIssue(axes);
  if (tooMany) return { kind: 'bad-input', issues: [tooMany] };
  if (opts.out !== undefined) {
    const side = await sideOutputIssue(opts.out, { option: 'sweep -o', extension: '.csv', inputs: opts.inputs, force: opts.force === true, ours: (line) => SWEEP_TAILS.some((t) => t !== '' && line.endsWith(t)) });
    if (side) return { kind: 'bad-input', issues: [side] };
  }
  const read = await readCounty(opts.inputs, undefined, opts.policyFiles);
  if (!read.ok) return { kind: 'bad-input', issues: read.issues };
  const points = sweepPoints(axes);
  const issues: InputIssue[] = [];
  const policies = points.map((point) => {
    // Each point's value is one of its list: a message showing the line to type shows the whole list.
    const swept = Object.entries(point).map(([key, value]) => ({ key, value, file: '--set', typed: axes.find((a) => a.key === key)?.values.join(',') ?? value }));
    const r = policyOf(read.value.county, [...fixed, ...swept], currentYear);
    if (!r.ok) issues.push(...r.issues);
    if (!r.ok) return null;
    // Years at the school count to each point's cut-off date.
    const dated = datedOf(read.value, r.value);
    if (!dated.ok) issues.push(...dated.issues);
    return dated.ok ? { policy: r.value, inputs: dated.value.inputs } : null;
  });
  if (issues.length > 0) return { kind: 'bad-input', issues: dedupe(issues) };
  // The same solver choice as `rotate plan` (auto), so that each row is the plan that command would write.
  const solver = await solverFor('auto');
  const rows: SweepRow[] = [];
  const befores: SweepRow[] = [];
  points.forEach((point, i) => {
    const at = policies[i];
    if (!at) return;
    progress(point);
    const ctx = contextOf(at.inputs, at.policy);
    befores.push(beforeRow(ctx));
    rows.push(sweepRow(ctx, point, now, solver));
  });
  const before = commonBefore(befores);
  if (opts.out !== undefined) await writeFileAtomically(opts.out, sweepCsv(axes, rows, read.value.county.lang, before), tag);
  return { kind: 'swept', rows, before, lines: sweepText(axes, rows, before) };
}

/**
 * A list to sweep that is one of numbers once an empty item (`1,2,`, `1,,2`: a comma too many) or
 * an extra = before it (`=1,2`) is dropped, or its values are parted by commas, not by `;`, `/` or
 * spaces (`1;2;4`, `1 2 4`): the list meant and what was wrong; null for any other.
 */
function meantList(value: string): { list: string; zh: string; en: string } | null {
  const text = sweepListText(value).trim();
  const zh: string[] = [];
  const en: string[] = [];
  const unequalled = text.replace(/^=+\s*/u, '');
  if (unequalled !== text) {
    zh.push('多打了一个等号');
    en.push('an extra = was typed');
  }
  if (/[;；/／]|[\d%]\s+\d/u.test(unequalled)) {
    zh.push('取值用逗号分开');
    en.push('the values are separated by commas');
  }
  const items = unequalled.split(/\s*[,;；/／]\s*|\s+/u);
  const kept = items.filter((v) => v !== '');
  if (kept.length !== items.length) {
    zh.push('多了逗号');
    en.push('a comma too many');
  }
  const numbers = kept.length > 1 && kept.every((v) => /^\d+(\.\d+)?\s*%?$/u.test(v));
  return numbers && zh.length > 0 ? { list: kept.join(','), zh: zh.join('、'), en: en.join('; ') } : null;
}

/** What to say of more than two swept parameters: which they are, and how to keep one of them fixed. */
function tooManyAxes(axes: readonly SweepAxis[]): [string, string] {
  const last = axes[axes.length - 1];
  const fixed = last ? `--set ${last.key}=${last.values[0] ?? ''}` : '';
  return [
    `扫描参数有 ${axes.length} 个（${axes.map((a) => a.key).join('、')}）, 至多两个: 其余参数只给一个取值（固定）, 如 ${fixed}`,
    `${axes.length} swept parameters (${axes.map((a) => a.key).join(', ')}), at most two: give the others one value each (fixed), such as ${fixed}`,
  ];
}

/** The first value of an axis that repeats an earlier one (`1` and `1.0` are one number), with that one; null when none does. */
function repeatedValue(axes: readonly SweepAxis[]): { key: string; value: string; first: string } | null {
  for (const a of axes) {
    const seen = new Map<string, string>();
    for (const v of a.values) {
      const same = /^\d+(\.\d+)?$/u.test(v) ? String(Number(v)) : v.toLowerCase();
      const first = seen.get(same);
      if (first !== undefined) return { key: a.key, value: v, first };
      seen.set(same, v);
    }
  }
  return null;
}

function dedupe(issues: InputIssue[]): InputIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.file}|${i.row}|${i.column}|${i.en}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
