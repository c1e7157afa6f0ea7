/**
 * A county of a batch whose plan moves nobody (its own 参数.csv asks 40 years at the school) read
 * only ✓ 已规划 and 0 in the table: the single run's words (没有符合交流条件的教师 …) went with the
 * county's own output, which a batch does not show. Its line now says why, from its summary.json's
 * counts, as its published lists do, within 100 columns; a county that moves someone has no such line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/generate/write-county.js';
import { displayWidth } from '../../src/output/display-width.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');

describe('a batch county that moves nobody', () => {
  it('says why under its line, from its summary.json; the other county has no such line', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rotate-batch-no-moves-'));
    for (const seed of [1, 2]) await runGenerate(join(root, 'in', `县${seed}`), { teachers: 200, schools: 10, seed, lang: 'zh', encoding: 'utf8' });
    writeFileSync(join(root, 'in', '县2', '参数.csv'), '参数,取值\neligibility.min_years,40\n');
    const r = spawnSync(process.execPath, [BIN, 'plan', join(root, 'in', '县1'), join(root, 'in', '县2'), '-o', join(root, 'plans'), '-j', '1', '--set', 'plan.year=2026'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const counts = (JSON.parse(readFileSync(join(root, 'plans', '县2', 'summary.json'), 'utf8')) as { counts: Record<string, number> }).counts;
    expect(counts['moved']).toBe(0);
    // The counties' lines go to standard error as each ends (the table to standard output).
    const lines = r.stderr.split('\n');
    const at = lines.findIndex((l) => /^ {2}✓ 县2 → /u.test(l));
    expect(at).toBeGreaterThanOrEqual(0);
    const under = lines.slice(at + 1, at + 5).join('\n');
    expect(under).toContain('全县没有符合交流条件的教师');
    expect(under).toContain(`不符合条件 ${counts['not_eligible']} 人`);
    expect(under).toContain('No teacher of the county is eligible to rotate');
    const first = lines.findIndex((l) => /^ {2}✓ 县1 → /u.test(l));
    expect(lines[first + 1] ?? '').not.toContain('无人交流');
    expect(r.stderr.split('全县没有符合交流条件的教师').length - 1).toBe(1);
    for (const line of lines.slice(at + 1, at + 5)) expect(displayWidth(line), line).toBeLessThanOrEqual(100);
  }, 60_000);
});
