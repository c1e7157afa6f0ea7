import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const DATA = join(ROOT, 'data');
const EXPECTED = join(ROOT, 'test/fixtures/golden/sample-expected');
const FILES = ['assignments.csv', 'schools.csv', 'teachers.csv', 'principals.csv', 'summary.json', 'explain.json', 'report.html'];
/** plan.xlsx is pinned too: its package time stamps are fixed and its compressor is plain JavaScript. */
const BINARY = ['plan.xlsx'];

/** Wall times are the one thing a rerun may change in the terminal text. */
const withoutTimes = (s: string): string => s.replace(/\d+(\.\d+)? 秒/g, 'N 秒').replace(/[^\n]*已写入[^\n]*\n/, '');

/**
 * The sample county's whole plan, pinned byte for byte: a change of structure must not change
 * one byte of what a user gets. When behaviour is meant to change, regenerate the expected files
 * with `node bin/rotate.js plan data/*.csv -o DIR --set plan.year=2026` (plan.xlsx included) and say
 * why in the commit.
 */
describe('golden: the sample county in data/', () => {
  it('writes every plan file and the terminal summary exactly as pinned', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rotate-golden-sample-')), 'plan');
    const inputs = readdirSync(DATA).sort().map((f) => join(DATA, f));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/rotate.js'), 'plan', ...inputs, '-o', out, '--set', 'plan.year=2026'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status, r.stderr).toBe(0);
    for (const f of FILES) expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(EXPECTED, f), 'utf8'));
    for (const f of BINARY) expect(readFileSync(join(out, f)).equals(readFileSync(join(EXPECTED, f))), f).toBe(true);
    expect(withoutTimes(r.stdout)).toBe(withoutTimes(readFileSync(join(EXPECTED, 'terminal.txt'), 'utf8')));
  });
});

/** What the README shows under `command` (a line of its own in a code block), up to the block's end; '' when it shows no such command. */
function readmeBlock(command: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`${command}\n`);
  return start < 0 ? '' : readme.slice(start + command.length + 1, readme.indexOf('```', start));
}

describe('the README shows the sample run as it is', () => {
  it('prints, under "What a run looks like", the pinned terminal summary of the sample county (times and the folder aside)', () => {
    const shown = readmeBlock('$ npx rotate plan data/*.csv');
    expect(shown, 'the README shows the sample run').not.toBe('');
    const pinned = readFileSync(join(EXPECTED, 'terminal.txt'), 'utf8');
    const same = (s: string): string => withoutTimes(s.replace(/… 秒/g, 'N 秒'));
    expect(same(shown)).toBe(same(pinned));
  });

  it('prints, under rotate validate, what validate prints on the sample (the plan year of the README\'s figures)', () => {
    const shown = readmeBlock('$ npx rotate validate data/*.csv');
    expect(shown, 'the README shows validate on the sample').not.toBe('');
    const inputs = readdirSync(DATA).sort().map((f) => join(DATA, f));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/rotate.js'), 'validate', ...inputs, '--set', 'plan.year=2026'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status, r.stderr).toBe(0);
    expect(shown).toBe(r.stdout);
  });
});

describe('golden: a generated 3,000-teacher county with locks (English headers, solved by HiGHS)', () => {
  it('writes every plan file with the pinned SHA-256', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-golden-3000-'));
    const gen = spawnSync(process.execPath, [join(ROOT, 'bin/rotate.js'), 'generate', join(dir, 'county'), '--teachers', '3000', '--schools', '120', '--seed', '7', '--lang', 'en', '--locks'], { encoding: 'utf8' });
    expect(gen.status, gen.stderr).toBe(0);
    const inputs = readdirSync(join(dir, 'county')).sort().map((f) => join(dir, 'county', f));
    const out = join(dir, 'plan');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/rotate.js'), 'plan', ...inputs, '-o', out, '-q', '--set', 'plan.year=2026'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const expected = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/golden/generated-3000.sha256.json'), 'utf8')) as Record<string, string>;
    for (const f of [...FILES, ...BINARY]) expect(createHash('sha256').update(readFileSync(join(out, f))).digest('hex'), f).toBe(expected[f]);
  }, 180_000);
});
