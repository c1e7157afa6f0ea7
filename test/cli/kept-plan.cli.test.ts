/**
 * A clerk tries a setting that makes the rules conflict, or types a wrong value, and plans into
 * the folder of the previous run: nothing is written, and the folder still holds the earlier
 * plan. The message said only 未写入任何文件, and report.html opened after it could be taken for the
 * plan of the setting just tried; it now says the folder still holds the earlier plan, and how
 * many it moves.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');
const DATA = join(import.meta.dirname, '../../data');
const SAMPLE = readdirSync(DATA).filter((f) => f.endsWith('.csv')).map((f) => join(DATA, f));

function rotate(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('a run that writes nothing into the folder of an earlier plan', () => {
  it('says the folder still holds the earlier plan, untouched; nothing of the kind into a new folder', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'rotate-kept-')), 'plan');
    const first = rotate(['plan', ...SAMPLE, '-o', dir, '--set', 'plan.year=2026']);
    expect(first.code).toBe(0);
    const moved = (JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { counts: { moved: number } }).counts.moved;
    const before = readFileSync(join(dir, 'assignments.csv'));

    const conflict = rotate(['plan', ...SAMPLE, '-o', dir, '--set', 'plan.year=2026', '--set', 'rules.quota_share=60%']);
    expect(conflict.code).toBe(3);
    const lines = conflict.stderr.trimEnd().split('\n');
    expect(lines.at(-2)).toBe('未写入任何文件 / nothing was written');
    expect(lines.at(-1)).toBe(`${dir}/ 中仍是之前的方案（交流 ${moved} 人）, 未改动 / ${dir}/ still holds the earlier plan (${moved} moves), untouched`);

    const typo = rotate(['plan', ...SAMPLE, '-o', dir, '--set', 'plan.year=2026', '--set', 'rules.quota_share=60']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain(`${dir}/ 中仍是之前的方案（交流 ${moved} 人）, 未改动`);
    expect(readFileSync(join(dir, 'assignments.csv')).equals(before)).toBe(true);

    const fresh = rotate(['plan', ...SAMPLE, '-o', join(dir, '..', 'new'), '--set', 'plan.year=2026', '--set', 'rules.quota_share=60']);
    expect(fresh.code).toBe(2);
    expect(fresh.stderr).not.toContain('仍是之前的方案');
    expect(fresh.stderr.endsWith('\n\n')).toBe(false);
  });
});
