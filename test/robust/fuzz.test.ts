/**
 * Fuzzing the whole pipeline with files a user could hand it: a valid county whose bytes are
 * flipped, rows dropped or repeated, cells swapped, text cut or spliced in. Whatever comes in,
 * runPlan never throws: bad input is refused with messages (and nothing written), anything
 * accepted is planned, and every written plan passes the independent verifier.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../../src/schema/columns.js';
import { formatIssues } from '../../src/schema/format-issue.js';
import { brokenRules, looksLikeFormula, planCells, planInProcess } from '../helpers/plan-run.js';

const BASE = 'test/fixtures/adversarial/_base';
const IDS = ['110101199003071233', '440304198511204567', '320502197812012346'];
const schools = readFileSync(join(BASE, 'base-schools.csv'), 'utf8');
const posts = readFileSync(join(BASE, 'base-posts.csv'), 'utf8');
// The teachers carry an ID-card column: no message may ever show one of these numbers.
const teacherLines = readFileSync(join(BASE, 'base-teachers.csv'), 'utf8').trim().split('\n');
const teachers = `${teacherLines.map((l, i) => `${l},${i === 0 ? '身份证号' : IDS[i % 3]}`).join('\n')}\n`;
const FILES: Record<string, string> = { 'schools.csv': schools, 'teachers.csv': teachers, 'posts.csv': posts };
const NAMES = Object.keys(FILES);

type Mutation =
  | { op: 'flip'; at: number; byte: number }
  | { op: 'dropRow'; at: number }
  | { op: 'repeatRow'; at: number }
  | { op: 'swapRows'; a: number; b: number }
  | { op: 'swapCells'; at: number; a: number; b: number }
  | { op: 'cut'; at: number }
  | { op: 'splice'; at: number; text: string }
  | { op: 'gbk' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constantFrom('dropRow' as const, 'repeatRow' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swapRows' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('swapCells' as const), at: fc.nat(), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('splice' as const), at: fc.nat(), text: fc.oneof(fc.string(), fc.constantFrom('"', ',', '\n', '\r', ';', '\t', '=1+1', '\uFEFF', '１２', '六', '1.1E+17', '"a\nb"', ',,,,', '\u0000')) }),
  fc.constant({ op: 'gbk' as const }),
);

function mutate(bytes: Buffer, m: Mutation): Buffer {
  if (m.op === 'flip') {
    if (bytes.length === 0) return bytes;
    const b = Buffer.from(bytes);
    b[m.at % b.length] = m.byte;
    return b;
  }
  if (m.op === 'cut') return bytes.subarray(0, bytes.length === 0 ? 0 : m.at % (bytes.length + 1));
  if (m.op === 'gbk') return iconv.encode(bytes.toString('utf8'), 'gbk');
  const text = bytes.toString('utf8');
  if (m.op === 'splice') {
    const at = text.length === 0 ? 0 : m.at % (text.length + 1);
    return Buffer.from(text.slice(0, at) + m.text + text.slice(at), 'utf8');
  }
  const lines = text.split('\n');
  const n = lines.length;
  if (n < 2) return bytes;
  // Data rows only (the header stays): index 1 … n-1.
  const row = (k: number) => 1 + (k % (n - 1));
  if (m.op === 'dropRow') lines.splice(row(m.at), 1);
  else if (m.op === 'repeatRow') lines.splice(row(m.at), 0, lines[row(m.at)] ?? '');
  else if (m.op === 'swapRows') [lines[row(m.a)], lines[row(m.b)]] = [lines[row(m.b)] ?? '', lines[row(m.a)] ?? ''];
  else {
    const i = row(m.at);
    const cells = (lines[i] ?? '').split(',');
    const [a, b] = [m.a % cells.length, m.b % cells.length];
    [cells[a], cells[b]] = [cells[b] ?? '', cells[a] ?? ''];
    lines[i] = cells.join(',');
  }
  return Buffer.from(lines.join('\n'), 'utf8');
}

const mutations = fc.array(fc.record({ file: fc.nat({ max: NAMES.length - 1 }), m: mutation }), { minLength: 1, maxLength: 4 });

/** Writes the mutated county to a fresh folder; returns its input paths and the raw data rows. */
function writeCounty(ms: { file: number; m: Mutation }[]): { inputs: string[]; rows: string[]; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rotate-fuzz-'));
  const bytes = new Map<string, Buffer>(NAMES.map((n) => [n, Buffer.from(FILES[n] ?? '', 'utf8')]));
  for (const { file, m } of ms) {
    const name = NAMES[file] ?? 'teachers.csv';
    bytes.set(name, mutate(bytes.get(name) ?? Buffer.alloc(0), m));
  }
  mkdirSync(join(dir, 'in'));
  const inputs = NAMES.map((n) => join(dir, 'in', n));
  NAMES.forEach((n, i) => writeFileSync(inputs[i] ?? '', bytes.get(n) ?? Buffer.alloc(0)));
  const rows = [...bytes.values()].flatMap((b) => b.toString('utf8').split(/\r?\n/u)).filter((l) => l.split(',').length >= 4);
  return { inputs, rows, out: join(dir, 'plan') };
}

/** Column names a random file may have: every header the tool knows, and some it does not. */
const HEADERS = [
  ...new Set([...Object.values(COLUMNS).flatMap((cols) => cols.flatMap((c) => [c.key, c.zh])), '身份证号', '序号', '备注', '']),
];
const CELLS = ['S1', 'S2', 'R1', 'R2', 'T0001', 'T0002', '000123', '语文', '数学', '音乐', 'primary', '小学', 'urban', '乡村', 'rural', 'yes', '否', '8', '１２', '-3', '3.5', '1.1E+17', '六', '', ' ', '县级', 'stay', '调往', 'move', 'forbid', 'rules.quota_share', '0.1', '=1+1', '"', '""', 'a,b', IDS[0] ?? ''];

/** A random CSV file: a random header from known and unknown names, random cells, a random delimiter and encoding. */
const randomFile = fc
  .record({
    header: fc.array(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 9 }),
    rows: fc.array(fc.array(fc.constantFrom(...CELLS), { minLength: 0, maxLength: 10 }), { maxLength: 12 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    encoding: fc.constantFrom('utf8', 'utf8-bom', 'gbk', 'utf16le'),
  })
  .map(({ header, rows, delimiter, eol, encoding }) => {
    const quote = (c: string) => (/[",;\t\r\n]/u.test(c) ? `"${c.replace(/"/gu, '""')}"` : c);
    const text = [header, ...rows].map((r) => r.map(quote).join(delimiter)).join(eol) + eol;
    if (encoding === 'gbk') return iconv.encode(text, 'gbk');
    if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    return Buffer.from(encoding === 'utf8-bom' ? `\uFEFF${text}` : text, 'utf8');
  });

describe('fuzzed files through the whole pipeline', () => {
  it('random files, alone or beside a valid county: never a throw, and a written plan keeps every hard rule', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(randomFile, { minLength: 1, maxLength: 3 }), fc.boolean(), async (files, withBase) => {
        const dir = mkdtempSync(join(tmpdir(), 'rotate-rand-'));
        const inputs = files.map((bytes, i) => {
          const path = join(dir, `random-${i}.csv`);
          writeFileSync(path, bytes);
          return path;
        });
        if (withBase) NAMES.forEach((n) => writeFileSync(join(dir, n), FILES[n] ?? ''));
        const all = withBase ? [...NAMES.map((n) => join(dir, n)), ...inputs] : inputs;
        const out = join(dir, 'plan');
        const outcome = await planInProcess(all, out);
        expect(['written', 'bad-input', 'infeasible']).toContain(outcome.kind);
        if (outcome.kind === 'written') expect(await brokenRules(out, all)).toEqual([]);
        else expect(existsSync(out)).toBe(false);
        if (outcome.kind === 'bad-input') for (const line of formatIssues(outcome.issues)) for (const id of IDS) expect(line).not.toContain(id);
      }),
      { seed: 4242, numRuns: 120 },
    );
  });

  it('never throws; refuses with messages that quote no whole row and no ID number, or writes a plan that keeps every hard rule', async () => {
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(mutations, async (ms) => {
        const { inputs, rows, out } = writeCounty(ms);
        const outcome = await planInProcess(inputs, out);
        seen.set(outcome.kind, (seen.get(outcome.kind) ?? 0) + 1);
        expect(['written', 'bad-input', 'infeasible']).toContain(outcome.kind);
        if (outcome.kind === 'written') {
          expect(await brokenRules(out, inputs)).toEqual([]);
          for (const [file, cells] of planCells(out)) expect(cells.filter(looksLikeFormula), file).toEqual([]);
        } else {
          expect(existsSync(out)).toBe(false);
        }
        if (outcome.kind === 'bad-input') {
          const lines = formatIssues(outcome.issues);
          expect(lines.length).toBeGreaterThan(0);
          for (const line of lines) {
            expect(line).toContain(' / ');
            for (const id of IDS) expect(line).not.toContain(id);
            for (const row of rows) expect(line.includes(row), `a whole row quoted: ${line}`).toBe(false);
          }
        }
      }),
      { seed: 6_2026, numRuns: 150 },
    );
    // The mutations reach both sides: some counties are refused, some still planned.
    expect(seen.get('bad-input') ?? 0).toBeGreaterThan(10);
    expect(seen.get('written') ?? 0).toBeGreaterThan(10);
  });

  it('as a user runs it: exit 0, 2 or 3 with words, never a stack trace or an internal error', () => {
    const bin = join(import.meta.dirname, '../../bin/rotate.js');
    fc.assert(
      fc.property(mutations, (ms) => {
        const { inputs, out } = writeCounty(ms);
        const p = spawnSync(process.execPath, [bin, 'plan', ...inputs, '-o', out, '-q'], { encoding: 'utf8' });
        expect([0, 2, 3]).toContain(p.status);
        expect(p.stderr).not.toMatch(/internal error|内部错误|\n\s+at |Error:/u);
        if (p.status !== 0) expect(existsSync(out)).toBe(false);
      }),
      { seed: 77, numRuns: 12 },
    );
  });
});
