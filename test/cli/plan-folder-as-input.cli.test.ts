/**
 * A plan folder, or the files rotate wrote in it, given where the county's input files are meant
 * (rotate plan plan, rotate validate plan/*.csv, rotate plan data/*.csv plan/teachers.csv): a clerk
 * who mixed up the folders was told only 缺少教师表, or had the plan's teachers.csv read as a second
 * teachers file. Now it is said to be a plan rotate wrote, with what to give instead; exit 2 and
 * nothing written. The plan's lists given back as locks beside the county's files stay accepted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/generate/write-county.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');

describe('a plan folder given as the county input', () => {
  it('is refused as a plan rotate wrote, saying what to give instead', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rotate-plan-as-input-'));
    const county = join(root, 'county');
    await runGenerate(county, { teachers: 120, schools: 6, seed: 1, lang: 'zh', encoding: 'utf8' });
    const inputs = readdirSync(county).filter((f) => f.endsWith('.csv')).map((f) => join(county, f));
    const plan = join(root, 'plan');
    const rotate = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(rotate('plan', ...inputs, '-o', plan, '-q').status).toBe(0);
    const planCsv = readdirSync(plan).filter((f) => f.endsWith('.csv')).map((f) => join(plan, f));
    const out = join(root, 'out');
    for (const args of [
      ['plan', plan, '-o', out],
      ['plan', ...planCsv, '-o', out],
      ['validate', ...planCsv],
      ['validate', plan],
      ['sweep', plan, '--set', 'weights.moves=1,2', '--out', join(out, 'sweep.csv')],
      ['plan', ...inputs, join(plan, 'teachers.csv'), '-o', out],
    ]) {
      const r = rotate(...args);
      const what = args.slice(0, 2).join(' ');
      expect(r.status, what).toBe(2);
      expect(r.stderr, what).toContain('是 rotate 写出的方案');
      expect(r.stderr, what).toContain(`请给县的输入文件（学校表、教师表等, 如 rotate ${args[0]} data/*.csv）; 查看此方案用 rotate explain / diff / publish`);
      expect(r.stderr, what).toContain("not the county's input files");
      expect(r.stderr, what).not.toContain('缺少教师表');
      expect(existsSync(out), what).toBe(false);
    }
    // The plan's list of moves, given back beside the county's files, is read as locks as before.
    expect(rotate('plan', ...inputs, join(plan, 'assignments.csv'), '-o', out, '-q').status).toBe(0);
  }, 120_000);
});
