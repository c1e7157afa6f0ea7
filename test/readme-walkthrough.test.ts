import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/rotate.js');

/** Every example of the README that shows a command and what it printed: `$ npx rotate …` and the lines under it, up to the fence. */
function examples(readme: string): { command: string; shown: string[] }[] {
  const out: { command: string; shown: string[] }[] = [];
  const lines = readme.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.startsWith('$ npx rotate ') || lines[i - 1] !== '```') continue;
    const shown: string[] = [];
    for (let j = i + 1; j < lines.length && lines[j] !== '```'; j++) shown.push(lines[j] ?? '');
    out.push({ command: line.slice(2).replace(/\s+#.*$/, ''), shown });
  }
  return out;
}

/**
 * Whether `shown` (an example's lines, cut where they say `…`) is what was printed: each line that
 * is not a bare `…` is found in the output, in order, with its pieces between the `…` in order on
 * one line (a line ending `… 秒` or ` / …` was cut there).
 */
function missing(shown: readonly string[], printed: readonly string[]): string | undefined {
  let at = 0;
  for (const line of shown) {
    if (line.trim() === '…' || line.trim() === '') continue;
    const pieces = line.split('…').filter((p) => p !== '');
    const fits = (p: string): boolean => {
      let from = 0;
      for (const piece of pieces) {
        const k = p.indexOf(piece, from);
        if (k < 0) return false;
        from = k + piece.length;
      }
      // An uncut line is the whole printed line; a cut one starts where the printed one does, unless the cut comes first.
      // Trailing spaces (a table's padding) are not compared: an editor may strip them from the README.
      return line.includes('…') ? line.startsWith('…') || p.startsWith(pieces[0] ?? '') : p.trimEnd() === line.trimEnd();
    };
    const found = printed.findIndex((p, k) => k >= at && fits(p));
    if (found < 0) return line;
    at = found + 1;
  }
  return undefined;
}

/** The walkthrough's files a user makes by hand (see the README): an edited copy of the plan's assignments, a locks file, an objections file. */
function handFiles(dir: string): void {
  const csv = readFileSync(join(dir, 'county/plan/assignments.csv'), 'utf8').split('\r\n');
  const head = (csv[0] ?? '').replace(/^\uFEFF/, '').split(',');
  const to = head.indexOf('交流学校代码');
  const edited = csv.filter((l) => !l.startsWith('000062,')).map((l) => {
    if (!l.startsWith('000248,')) return l;
    const cells = l.split(',');
    cells[to] = '341122016';
    return cells.join(',');
  });
  mkdirSync(join(dir, 'edited'));
  writeFileSync(join(dir, 'edited/assignments.csv'), edited.join('\r\n'));
  writeFileSync(join(dir, 'locks.csv'), '\uFEFF工号,操作,学校代码\r\n000062,留任,\r\n000047,禁止,341122027\r\n');
  writeFileSync(join(dir, '异议.csv'), '\uFEFF工号,处理结果,操作,学校代码\r\n000001,同意,留任,\r\n000047,同意,禁止,341122027\r\n000021,驳回,,\r\n');
}

/** Runs a README command in `dir`: `npx rotate` is this checkout's, `county/*.csv` the county's files, plans made for 2026 (the year the README's figures are of). */
function run(dir: string, command: string): string[] {
  return runOn(dir, 'county', command);
}

/** As `run`, with `<folder>/*.csv` the files of that folder of `dir`. */
function runOn(dir: string, folder: string, command: string): string[] {
  const files = readdirSync(join(dir, folder)).filter((f) => f.endsWith('.csv')).sort().map((f) => `${folder}/${f}`);
  const args = command.replace(/^npx rotate /, '').split(/\s+/).flatMap((a) => (a === `${folder}/*.csv` ? files : [a]));
  const planning = args[0] === 'plan' || args[0] === 'sweep' || args[0] === 'validate';
  const r = spawnSync(process.execPath, [BIN, ...args, ...(planning ? ['--set', 'plan.year=2026'] : [])], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return `${r.stdout}${r.stderr}`.split('\n');
}

/** The README's order of the review loop (its command list): the locks' plan2 is compared before the objections replace it. */
const ORDER = ['plan county/*.csv -o county/plan-x', 'explain', 'explain county/plan 341122001', 'plan county/*.csv --locks', 'plan county/*.csv locks.csv', 'diff', 'sweep county/*.csv --set weights.moves', 'sweep county/*.csv --set weights.scarce_factor', 'plan county/*.csv 异议.csv', 'roster'];

describe('the README walkthrough shows what the tool prints', () => {
  it('prints every example of the review loop, on the sample county, as the README shows it (cut where it says …)', () => {
    const all = examples(readFileSync(join(ROOT, 'README.md'), 'utf8')).filter((e) => e.command.includes('county/'));
    const ordered = ORDER.map((o) => all.find((e) => e.command.startsWith(`npx rotate ${o}`)));
    expect(ordered.every((e) => e !== undefined), 'each example of the walkthrough is in the README').toBe(true);
    expect(all.length, 'no walkthrough example goes untested').toBe(ORDER.length);
    const dir = mkdtempSync(join(tmpdir(), 'rotate-readme-'));
    expect(spawnSync(process.execPath, [BIN, 'init', 'county'], { cwd: dir, encoding: 'utf8' }).status).toBe(0);
    run(dir, 'npx rotate plan county/*.csv -o county/plan -q');
    handFiles(dir);
    for (const e of ordered) {
      if (!e) continue;
      expect(missing(e.shown, run(dir, e.command)), e.command).toBeUndefined();
    }
  }, 180_000);

  it('prints the examples run on the sample in data/ (plan, validate) as the README shows them', () => {
    const all = examples(readFileSync(join(ROOT, 'README.md'), 'utf8')).filter((e) => e.command.includes(' data/*.csv'));
    expect(all.map((e) => e.command.split(' ')[2]).sort(), 'the README shows a run of plan and of validate on data/').toEqual(['plan', 'validate']);
    const dir = mkdtempSync(join(tmpdir(), 'rotate-readme-data-'));
    cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
    for (const e of all) expect(missing(e.shown, runOn(dir, 'data', e.command)), e.command).toBeUndefined();
  }, 60_000);

  it("shows validate's message for a years-at-school cell typed in words as validate prints it", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
    const shown = readme.find((l) => l.startsWith('教师.csv 第12行「本校任教年限」'));
    expect(shown, 'the README shows the message').toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'rotate-readme-bad-'));
    cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
    const file = join(dir, 'data/教师.csv');
    const rows = readFileSync(file, 'utf8').split('\r\n');
    const column = (rows[0] ?? '').replace(/^\uFEFF/, '').split(',').indexOf('本校任教年限');
    const cells = (rows[11] ?? '').split(',');
    cells[column] = '六';
    rows[11] = cells.join(',');
    writeFileSync(file, rows.join('\r\n'));
    expect(runOn(dir, 'data', 'npx rotate validate data/*.csv')).toContain(shown);
  });
});
