/**
 * Load: a 200,000-row teachers file (generated here, never committed) is refused with one clear
 * line in bounded memory, and a file at the limit (100,000 rows) is read. Memory is reported
 * by the child process itself (peak RSS); the bounds are generous guards, not benchmarks.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DATA_ROWS } from '../../src/input/limits.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');
const ROOT = join(import.meta.dirname, '../..');
const SUBJECTS = ['语文', '数学', '英语', '音乐', '体育', '美术', '科学'];
const AREAS = ['urban', 'town', 'rural'];

/** A county of `teachers` rows over 400 schools, with an ID-card column, written to a fresh folder. */
function county(teachers: number): { dir: string; inputs: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'rotate-load-'));
  const schools = ['school_id,name,stage,area,students,weak'];
  for (let i = 0; i < 400; i++) schools.push(`S${String(i).padStart(4, '0')},学校${i},primary,${AREAS[i % 3]},${600 + (i % 7) * 100},${i % 5 === 0 ? 'yes' : 'no'}`);
  const rows = ['teacher_id,name,school_id,subject,years_at_school,gender,birth_year,backbone,title,身份证号'];
  for (let i = 0; i < teachers; i++) {
    rows.push(`T${String(i).padStart(6, '0')},教师${i},S${String(i % 400).padStart(4, '0')},${SUBJECTS[i % 7]},${i % 15},${i % 2 ? 'M' : 'F'},${1965 + (i % 35)},${i % 9 === 0 ? 'county' : 'none'},intermediate,110101199003071233`);
  }
  writeFileSync(join(dir, 'schools.csv'), `${schools.join('\n')}\n`);
  writeFileSync(join(dir, 'teachers.csv'), `${rows.join('\n')}\n`);
  return { dir, inputs: [join(dir, 'schools.csv'), join(dir, 'teachers.csv')] };
}

/** Loads the files in a child process; returns what it printed: ok, teachers or issues, peak RSS in MB. */
function loadInChild(inputs: string[]): { ok: boolean; count: number; lines: string[]; rssMb: number } {
  const script = `
    const { loadCounty } = await import(${JSON.stringify(join(ROOT, 'dist/schema/load-county.js'))});
    const { formatIssues } = await import(${JSON.stringify(join(ROOT, 'dist/schema/format-issue.js'))});
    const r = await loadCounty(${JSON.stringify(inputs)});
    console.log(JSON.stringify({ ok: r.ok, count: r.ok ? r.value.teachers.length : r.issues.length, lines: r.ok ? [] : formatIssues(r.issues), rssMb: process.resourceUsage().maxRSS / 1024 }));`;
  const p = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  expect(p.status, p.stderr).toBe(0);
  return JSON.parse(p.stdout) as { ok: boolean; count: number; lines: string[]; rssMb: number };
}

describe('large inputs', () => {
  it('refuses a 200,000-row teachers file with one clear line, exit 2, nothing written, in bounded memory', () => {
    const { dir, inputs } = county(200_000);
    const out = join(dir, 'plan');
    const p = spawnSync(process.execPath, [BIN, 'plan', ...inputs, '-o', out, '-q'], { encoding: 'utf8' });
    expect(p.status).toBe(2);
    expect(p.stderr.trimEnd().split('\n')).toEqual([
      '输入有误, 未写入任何文件 / bad input, nothing was written (1):',
      'teachers.csv: 数据行超过100,000行的上限，未读取此文件（一个县的教师通常不超过几万人；是否选错了文件？） / more than 100,000 data rows, the most one file may have; the file was not read (a county rarely has more than a few tens of thousands of teachers: is it the right file?)',
    ]);
    expect(existsSync(out)).toBe(false);
    const child = loadInChild(inputs);
    expect(child.ok).toBe(false);
    // Reading stops at the limit: measured about 220 MB here.
    expect(child.rssMb).toBeLessThan(1024);
    rmSync(dir, { recursive: true, force: true });
  });

  it(`reads a file of exactly ${MAX_DATA_ROWS.toLocaleString('en')} rows, ID-card column and all`, () => {
    const { dir, inputs } = county(MAX_DATA_ROWS);
    const child = loadInChild(inputs);
    rmSync(dir, { recursive: true, force: true });
    expect(child.lines).toEqual([]);
    expect(child.count).toBe(MAX_DATA_ROWS);
    // Measured about 370 MB here.
    expect(child.rssMb).toBeLessThan(1536);
  });
});
