/**
 * The adversarial corpus (test/fixtures/adversarial): every case's files through the input
 * stage or the CLI, compared with the exact outcome its manifest states. Built by build.mjs;
 * cases.json is the contract.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { County } from '../../src/domain/types.js';
import { formatIssues } from '../../src/schema/format-issue.js';
import { loadCounty } from '../../src/schema/load-county.js';
import { brokenRules, looksLikeFormula, planCells, planInProcess, readPlanCsv } from '../helpers/plan-run.js';

/** Relative to the repository root, where the tests run: messages quote paths as given. */
const DIR = 'test/fixtures/adversarial';
const BIN = join(import.meta.dirname, '../../bin/rotate.js');

type Facts = Record<string, Record<string, unknown>>;
interface Accepted {
  counts: { schools: number; teachers: number; posts: number | null; locks: number };
  encodings: Record<string, string>;
  lang?: 'zh' | 'en';
  teachers?: Facts;
  schools?: Facts;
  locks?: { teacherId: string; action: string }[];
}
interface CliExpect {
  exit: number;
  stderr?: string[];
  /** Values that must be cells of the named output CSV. */
  cells?: Record<string, string[]>;
  /** Values that must not be cells of the named output CSV. */
  noCells?: Record<string, string[]>;
  /** Rows that must exist (match) with the given values (has). */
  rows?: Record<string, { match: Record<string, string>; has?: Record<string, string> }[]>;
  /** Text that must appear in no output file at all. */
  secrets?: string[];
}
interface Case {
  name: string;
  about: string;
  inputs: string[];
  via: 'load' | 'cli';
  expect: { errors: string[] } | { accepted: Accepted } | CliExpect;
}

const cases = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8')) as Case[];
const inputsOf = (c: Case) => c.inputs.map((f) => `${DIR}/${f}`);

/** A fact path like `exempt.length` read from an object. */
function at(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o === null || o === undefined ? undefined : (o as Record<string, unknown>)[k]), obj);
}

function checkFacts(items: readonly { id: string }[], facts: Facts | undefined): void {
  for (const [id, want] of Object.entries(facts ?? {})) {
    const item = items.find((x) => x.id === id);
    expect(item, id).toBeDefined();
    for (const [path, value] of Object.entries(want)) expect(at(item, path) ?? null, `${id}.${path}`).toEqual(value);
  }
}

function checkAccepted(c: County, want: Accepted): void {
  expect({ schools: c.schools.length, teachers: c.teachers.length, posts: c.posts?.length ?? null, locks: c.locks.length }).toEqual(want.counts);
  expect(Object.fromEntries(c.files.filter((f) => !f.path.includes('_base/')).map((f) => [f.name, f.encoding]))).toEqual(want.encodings);
  if (want.lang) expect(c.lang).toBe(want.lang);
  checkFacts(c.teachers, want.teachers);
  checkFacts(c.schools, want.schools);
  if (want.locks) expect(c.locks.map((l) => ({ teacherId: l.teacherId, action: l.action }))).toEqual(want.locks);
}

describe('the adversarial corpus', () => {
  it('has at least 40 cases, each with a stated outcome, and no folder without a case', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const c of cases) expect(c.expect, c.name).not.toBe('RECORD');
    const folders = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== '_base').map((d) => d.name);
    for (const f of folders) expect(cases.map((c) => c.name), f).toContain(f);
  });

  for (const c of cases.filter((x) => x.via === 'load')) {
    it(`${c.name}: ${c.about}`, async () => {
      const r = await loadCounty(inputsOf(c));
      if ('errors' in c.expect) {
        expect(r.ok ? 'accepted' : formatIssues(r.issues)).toEqual(c.expect.errors);
        // Through the whole pipeline: the same lines, exit 2, and nothing written.
        const out = join(mkdtempSync(join(tmpdir(), 'rotate-adv-')), 'plan');
        const outcome = await planInProcess(inputsOf(c), out);
        expect(outcome.kind).toBe('bad-input');
        if (outcome.kind === 'bad-input') expect(formatIssues(outcome.issues)).toEqual(c.expect.errors);
        expect(existsSync(out)).toBe(false);
      } else if ('accepted' in c.expect) {
        expect(r.ok ? null : formatIssues(r.issues)).toBeNull();
        if (r.ok) checkAccepted(r.value, c.expect.accepted);
        // An accepted county is planned, and the plan keeps every hard rule.
        const out = join(mkdtempSync(join(tmpdir(), 'rotate-adv-')), 'plan');
        const outcome = await planInProcess(inputsOf(c), out);
        expect(outcome.kind).toBe('written');
        if (outcome.kind === 'written') expect(await brokenRules(out, inputsOf(c))).toEqual([]);
      }
    });
  }

  for (const c of cases.filter((x) => x.via === 'cli')) {
    it(`${c.name} (CLI): ${c.about}`, async () => {
      const want = c.expect as CliExpect;
      const out = join(mkdtempSync(join(tmpdir(), 'rotate-adv-')), 'plan');
      const p = spawnSync(process.execPath, [BIN, 'plan', ...inputsOf(c), '-o', out, '-q'], { encoding: 'utf8' });
      expect(p.status, p.stderr).toBe(want.exit);
      if (want.exit !== 0) {
        expect(p.stderr.trimEnd().split('\n')).toEqual(want.stderr);
        expect(existsSync(out)).toBe(false);
        return;
      }
      const cells = planCells(out);
      for (const [file, values] of Object.entries(want.cells ?? {})) for (const v of values) expect(cells.get(file), `${file} ∋ ${v}`).toContain(v);
      for (const [file, values] of Object.entries(want.noCells ?? {})) for (const v of values) expect(cells.get(file), `${file} ∌ ${v}`).not.toContain(v);
      for (const [file, rows] of Object.entries(want.rows ?? {})) {
        const { rows: got } = readPlanCsv(join(out, file));
        for (const { match, has } of rows) {
          const row = got.find((r) => Object.entries(match).every(([k, v]) => r[k] === v));
          expect(row, `${file} row ${JSON.stringify(match)}`).toBeDefined();
          for (const [k, v] of Object.entries(has ?? {})) expect(row?.[k], `${file} ${k}`).toBe(v);
        }
      }
      for (const f of readdirSync(out)) {
        const text = readFileSync(join(out, f), 'utf8');
        for (const s of want.secrets ?? []) expect(text.includes(s), `${f} holds ${s}`).toBe(false);
      }
      // Every plan: no cell Excel would run as a formula, and every hard rule kept.
      for (const [file, values] of cells) expect(values.filter(looksLikeFormula), file).toEqual([]);
      expect(await brokenRules(out, inputsOf(c))).toEqual([]);
    });
  }
});
