/**
 * A command that wrote its files and then could not print its summary (standard output on a full
 * device, or closed by its reader) ends with exit 5 and one line saying what it wrote and where:
 * generate, init and roster said "environment error, not done" with the files on disk, and
 * publish said "the plan was written" of its lists' folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/rotate.js');
const SAMPLE = readdirSync(join(ROOT, 'data')).map((f) => join(ROOT, 'data', f));

/** A run of rotate with standard output on /dev/full. */
function toFullDevice(args: readonly string[]): { code: number | null; stderr: string } {
  const r = spawnSync('sh', ['-c', `"$0" "$@" > /dev/full`, process.execPath, BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stderr: r.stderr.trim() };
}

const FULL = '磁盘已满（ENOSPC）';
const FULL_EN = 'no space left on the device (ENOSPC)';

describe('files written, then the summary cannot be printed', () => {
  const root = mkdtempSync(join(tmpdir(), 'rotate-written-'));

  it('generate and init say the county was written', () => {
    const county = join(root, 'county');
    const g = toFullDevice(['generate', county, '--teachers', '60', '--schools', '4']);
    expect(g.code).toBe(5);
    expect(g.stderr).toBe(`县数据已写入 ${county}，但无法输出摘要: ${FULL} / the county was written to ${county}, but its summary could not be printed: ${FULL_EN}`);
    expect(existsSync(join(county, 'teachers.csv'))).toBe(true);
    const sample = join(root, 'sample');
    const i = toFullDevice(['init', sample]);
    expect(i.code).toBe(5);
    expect(i.stderr).toBe(`县数据已写入 ${sample}，但无法输出摘要: ${FULL} / the county was written to ${sample}, but its summary could not be printed: ${FULL_EN}`);
  });

  it('publish says the lists were written, not a plan', () => {
    const lists = join(root, 'eligible');
    const p = toFullDevice(['publish', ...SAMPLE, '-o', lists]);
    expect(p.code).toBe(5);
    expect(p.stderr).toBe(`公示名册已写入 ${lists}，但无法输出摘要: ${FULL} / the published lists were written to ${lists}, but its summary could not be printed: ${FULL_EN}`);
    expect(existsSync(join(lists, 'index.html'))).toBe(true);
  }, 60_000);

  it('--help of each such command says what that line names', () => {
    for (const [command, what] of [['generate', 'the county was written'], ['init', 'the county was written'], ['publish', 'the lists were written'], ['roster', 'the roster was written'], ['plan', 'the plan was written']] as const) {
      const h = spawnSync(process.execPath, [BIN, command, '--help'], { encoding: 'utf8' }).stdout;
      const five = h.slice(h.search(/^ {2}5 {2}/mu));
      expect(five, command).toContain(`unless that line says ${what}`);
      if (command !== 'plan') expect(five, command).not.toContain('plan was written');
    }
  });
});
