import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The commands that read a plan folder back (explain, diff, plan --baseline), run as a user runs
 * them: a crafted or old file is a clear bilingual message and exit 2, never a crash; a folder a
 * killed run left mid-swap is put back first, as `plan` does; a baseline of another county is refused.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'rotate.js');
const PLAN = join(ROOT, 'test', 'fixtures', 'golden', 'sample-expected');
const DATA = join(ROOT, 'data');
const inputs = readdirSync(DATA).sort().map((f) => join(DATA, f));

function rotate(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A copy of the sample county's plan folder in a fresh temporary folder. */
function planCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'rotate-read-back-')), 'plan');
  cpSync(PLAN, dir, { recursive: true });
  rmSync(join(dir, 'terminal.txt'));
  return dir;
}

/** No crash, no stack trace, no "internal error": a message and exit 2. */
function expectClearRefusal(r: ReturnType<typeof rotate>): void {
  expect(r.code, r.err).toBe(2);
  expect(r.err).not.toMatch(/internal error|内部错误|\bat .*\.js:\d+|TypeError|Cannot read/u);
  expect(r.err).toMatch(/[\u4e00-\u9fff].* \/ .*[a-z]/u);
}

describe('explain and diff read a plan folder back through its schemas', () => {
  it('explain: a crafted explain.json is a message naming the field, exit 2', () => {
    const dir = planCopy();
    const text = readFileSync(join(dir, 'explain.json'), 'utf8');
    writeFileSync(join(dir, 'explain.json'), text.replace(/"total":[^,]+,/u, '"total":1e999,'));
    const r = rotate(['explain', dir, '000001']);
    expectClearRefusal(r);
    expect(r.err).toMatch(/explain\.json.*total.*Infinity/u);

    const e = JSON.parse(text) as { teachers: unknown[] };
    writeFileSync(join(dir, 'explain.json'), JSON.stringify({ ...e, teachers: e.teachers.map(() => ['x']) }));
    expectClearRefusal(rotate(['explain', dir, '000001']));
    writeFileSync(join(dir, 'explain.json'), '{"format":2}');
    expectClearRefusal(rotate(['explain', dir, '000001']));
  });

  it('diff: a summary.json with a string for a number is a message naming the field, exit 2', () => {
    const a = planCopy();
    const b = planCopy();
    const s = readFileSync(join(b, 'summary.json'), 'utf8');
    writeFileSync(join(b, 'summary.json'), s.replace(/"moved": \d+/u, '"moved": "many"'));
    const r = rotate(['diff', a, b]);
    expectClearRefusal(r);
    expect(r.err).toMatch(/summary\.json.*counts\.moved.*"many"/u);
    expect(rotate(['diff', a, a]).code).toBe(0);
  });

  it('explain and diff put back a folder a killed run left between its two renames', () => {
    const dir = planCopy();
    // What `rotate plan` leaves when killed after moving the old plan aside and before moving the new one in.
    renameSync(dir, join(dir, '..', '.plan.old-4242'));
    expect(existsSync(dir)).toBe(false);
    const r = rotate(['explain', dir, '000001']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/教师 000001/u);
    expect(existsSync(join(dir, 'assignments.csv'))).toBe(true);
    expect(readdirSync(join(dir, '..')).filter((n) => n.startsWith('.plan.'))).toEqual([]);

    renameSync(dir, join(dir, '..', '.plan.old-4243'));
    const d = rotate(['diff', dir, dir]);
    expect(d.code, d.err).toBe(0);
    expect(d.out).toMatch(/不变 unchanged [1-9]/u);
  });

  it('a missing plan folder is one clear message', () => {
    const r = rotate(['explain', join(tmpdir(), 'rotate-no-such-plan-folder'), '000001']);
    expectClearRefusal(r);
    expect(r.err).toMatch(/不存在.*does not exist/u);
  });
});

describe('plan --baseline', () => {
  it('refuses a baseline that names schools or teachers the inputs do not have, naming the rows, and writes nothing', () => {
    const base = planCopy();
    rmSync(join(base, 'explain.json'));
    const lines = readFileSync(join(base, 'assignments.csv'), 'utf8').split('\r\n');
    const row2 = (lines[1] ?? '').split(',');
    row2[6] = '999999999';
    const row3 = (lines[2] ?? '').split(',');
    row3[0] = 'X00001';
    writeFileSync(join(base, 'assignments.csv'), [lines[0], row2.join(','), row3.join(','), ...lines.slice(3)].join('\r\n'));
    const out = join(base, '..', 'plan2');
    const r = rotate(['plan', ...inputs, '--baseline', base, '-o', out, '--set', 'plan.year=2026']);
    expectClearRefusal(r);
    expect(r.err).toMatch(/assignments\.csv 第2行.*999999999/u);
    expect(r.err).toMatch(/assignments\.csv 第3行.*X00001/u);
    expect(existsSync(out)).toBe(false);
  });

  it('plans against a baseline folder a killed run left mid-swap, as against the folder itself', () => {
    const base = planCopy();
    renameSync(base, join(base, '..', '.plan.old-77'));
    const out = join(base, '..', 'plan2');
    const r = rotate(['plan', ...inputs, '--baseline', base, '-o', out, '-q', '--set', 'plan.year=2026']);
    expect(r.code, r.err).toBe(0);
    expect(existsSync(join(base, 'explain.json'))).toBe(true);
    // Against its own plan as baseline, the county gets the same moves.
    expect(readFileSync(join(out, 'assignments.csv'), 'utf8').split('\r\n').length).toBe(readFileSync(join(base, 'assignments.csv'), 'utf8').split('\r\n').length);
  });
});
