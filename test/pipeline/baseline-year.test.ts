/**
 * A baseline plan made for another plan year (last year's folder, given by mistake) is named in a
 * warning; one of this run's year is not. So is a baseline folder whose assignments.csv was edited
 * since, unless that edited list is among the inputs (the README's round trip in the folder itself).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/pipeline/prepare.js';
import { planInProcess, YEAR } from '../helpers/plan-run.js';

const data = join(import.meta.dirname, '../../data');
const inputs = readdirSync(data).filter((f) => f.endsWith('.csv')).map((f) => join(data, f));

describe('a baseline of another plan year', () => {
  it('is named in a warning, and one of this year is not', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'rotate-baseline-year-')), 'plan');
    const planned = await planInProcess(inputs, dir);
    expect(planned.kind).toBe('written');
    const at = async (year: number) => {
      const r = await prepare({ inputs, sets: [{ key: 'plan.year', value: String(year), file: '--set' }], baseline: dir }, YEAR);
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      return r.value.warnings.filter((w) => w.zh.startsWith('基准方案是')).map((w) => w.zh);
    };
    expect(await at(YEAR + 1)).toEqual([`基准方案是 ${YEAR} 年的方案, 本次规划的是 ${YEAR + 1} 年: 若本次也是 ${YEAR} 年的规划, 请加 --set plan.year=${YEAR}; 否则请换用本年的方案作基准`]);
    expect(await at(YEAR)).toEqual([]);
    const list = join(dir, 'assignments.csv');
    writeFileSync(list, readFileSync(list, 'utf8').replace(/[^\n]*\r\n$/u, ''));
    const edited = async (extra: string[]) => {
      const r = await prepare({ inputs: [...inputs, ...extra], sets: [], baseline: dir }, YEAR);
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      return r.value.warnings.filter((w) => w.zh.startsWith('基准方案的此文件')).map((w) => w.file);
    };
    expect(await edited([])).toEqual([list]);
    expect(await edited([list])).toEqual([]);
  }, 60_000);
});
