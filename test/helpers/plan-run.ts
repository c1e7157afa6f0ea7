import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { runPlan, type Env, type PlanOptions } from '../../src/pipeline/run-plan.js';
import { resolvePolicy, type PolicySetting } from '../../src/domain/policy.js';
import { subjectKey } from '../../src/domain/subjects.js';
import { verifyPlan, type RuleCheck } from '../../src/plan/verify.js';
import { datedOf } from '../../src/pipeline/prepare.js';
import { loadCounty } from '../../src/schema/load-county.js';
import { readPlan, type PlanRecord } from '../../src/plan-folder/read-plan.js';

/** The plan year of every in-process run, so that runs are comparable whatever the date. */
export const YEAR = 2026;

let runs = 0;

/** An environment for runPlan without a terminal: a fixed clock and year, a unique tag. */
export function testEnv(over: Partial<Env> = {}): Env {
  return { now: () => 0, currentYear: YEAR, version: 'test', tag: `t${process.pid}-${++runs}`, progress: () => undefined, ...over };
}

/** runPlan with the defaults a user gets, in this process. */
export function planInProcess(inputs: string[], outDir: string, over: Partial<PlanOptions> = {}, env: Partial<Env> = {}) {
  const opts = { inputs, outDir, sets: [] as PolicySetting[], relax: false, recordTime: false, solver: 'auto', ...over } as PlanOptions;
  return runPlan(opts, testEnv(env));
}

/** A plan CSV as header + rows keyed by header (BOM dropped). */
export function readPlanCsv(path: string): { header: string[]; rows: Record<string, string>[] } {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/u, '');
  const records = parse(text, { relax_column_count: true }) as string[][];
  const [header = [], ...body] = records;
  return { header, rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) };
}

/** Every cell of every CSV in a plan folder, by file. */
export function planCells(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.csv'))) {
    const { header, rows } = readPlanCsv(join(dir, f));
    out.set(f, [...header, ...rows.flatMap((r) => Object.values(r))]);
  }
  return out;
}

/**
 * Checks a written plan folder with the independent verifier, from the files alone: the moves
 * are read back from assignments.csv (English or Chinese headers), the county from the inputs.
 * Returns the hard rules it breaks (relaxable ones are allowed in a plan marked relaxed).
 */
export async function brokenRules(dir: string, inputs: string[], sets: PolicySetting[] = []): Promise<RuleCheck[]> {
  const loaded = await loadCounty(inputs);
  if (!loaded.ok) throw new Error('the inputs of a written plan do not load');
  const county = loaded.value;
  const settings = [...county.policy.map((e) => ({ key: e.key, value: e.value, file: e.source.file, row: e.source.row })), ...sets];
  const policy = resolvePolicy(settings, YEAR, subjectKey);
  if (!policy.ok) throw new Error('the policy of a written plan does not resolve');
  // The county at the cut-off date, as every plan is made of it: teachers back from an exchange at home, those retiring left out.
  const dated = datedOf({ county, baseline: [] }, policy.value);
  if (!dated.ok) throw new Error('the inputs of a written plan do not date');
  const { rows } = readPlanCsv(join(dir, 'assignments.csv'));
  const col = (r: Record<string, string>, en: string, zh: string) => r[en] ?? r[zh] ?? '';
  const moves = rows.map((r) => ({ teacherId: col(r, 'teacher_id', '工号'), fromSchoolId: col(r, 'from_school_id', '原学校代码'), toSchoolId: col(r, 'to_school_id', '交流学校代码') }));
  const relaxed = (JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { relaxed?: boolean }).relaxed === true;
  return verifyPlan(dated.value.inputs.county, policy.value, moves).filter((c) => !c.held && !(relaxed && c.relaxable));
}

/** A cell Excel would run as a formula: =, +, @, tab or CR first, or - unless the cell is a plain number. */
export function looksLikeFormula(cell: string): boolean {
  return /^[=+@\t\r]/u.test(cell) || (cell.startsWith('-') && !/^-\d+(\.\d+)?$/u.test(cell));
}

/** The sample county's pinned plan folder, as the review commands read a plan. */
export const SAMPLE_PLAN = join(import.meta.dirname, '../fixtures/golden/sample-expected');

/** {@link SAMPLE_PLAN} read (throws if it does not read: the goldens are broken). */
export async function samplePlan(): Promise<PlanRecord> {
  const r = await readPlan(SAMPLE_PLAN);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
