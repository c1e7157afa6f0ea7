/**
 * `--policy FILE` is read after the policy files among the inputs, and its rows win ("later
 * settings win", as plan --help says): `rotate init` writes 参数.csv with every parameter into the
 * county folder, so `rotate plan county/*.csv --policy 我的参数.csv` was refused for every row of
 * the clerk's file ("参数「weights.indicator_keep」重复，与 参数.csv 第57行相同"). A key set twice in
 * one file, or in two files among the inputs, is refused as before.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedCounty, readCounty } from '../../src/pipeline/prepare.js';
import { formatIssues } from '../../src/schema/format-issue.js';

const DATA = join(import.meta.dirname, '../../data');
const COUNTY = ['学校.csv', '教师.csv', '岗位.csv'].map((f) => join(DATA, f));

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-option-'));
  writeFileSync(join(dir, '参数.csv'), '\uFEFF参数,取值\r\nweights.indicator_keep,0\r\nrules.quota_share,0.1\r\n');
  writeFileSync(join(dir, '我的参数.csv'), '\uFEFF参数,取值\r\nweights.indicator_keep,10\r\n');
  writeFileSync(join(dir, '再改.csv'), '\uFEFF参数,取值\r\nweights.indicator_keep,20\r\n');
  return dir;
}

describe('--policy after the inputs', () => {
  it('wins over a policy file among the inputs, and a later --policy over an earlier one', async () => {
    const dir = folder();
    const read = await readCounty([...COUNTY, join(dir, '参数.csv'), join(dir, '我的参数.csv')], undefined, [join(dir, '我的参数.csv')]);
    expect(read.ok ? [] : formatIssues(read.issues)).toEqual([]);
    if (!read.ok) return;
    const policy = checkedCounty(read.value, [], 2026);
    expect(policy.ok && policy.value.policy.weights.indicatorKeep).toBe(10);
    expect(policy.ok && policy.value.policy.quotaShare).toBe(0.1);
    const two = await readCounty([...COUNTY, join(dir, '参数.csv'), join(dir, '再改.csv'), join(dir, '我的参数.csv')], undefined, [join(dir, '再改.csv'), join(dir, '我的参数.csv')]);
    const last = two.ok ? checkedCounty(two.value, [], 2026) : null;
    expect(last?.ok && last.value.policy.weights.indicatorKeep).toBe(10);
  });

  it('still refuses a key set twice among the inputs', async () => {
    const dir = folder();
    const read = await readCounty([...COUNTY, join(dir, '参数.csv'), join(dir, '我的参数.csv')]);
    expect(read.ok ? [] : formatIssues(read.issues)).toEqual(['我的参数.csv 第2行「参数」: 参数「weights.indicator_keep」重复，与 参数.csv 第2行相同 / row 2 key: parameter "weights.indicator_keep" is set twice, also on row 2 of 参数.csv']);
  });

  it('still refuses a key set twice in the --policy file itself', async () => {
    const dir = folder();
    writeFileSync(join(dir, '我的参数.csv'), '\uFEFF参数,取值\r\nweights.indicator_keep,10\r\nweights.indicator_keep,5\r\n');
    const read = await readCounty([...COUNTY, join(dir, '参数.csv'), join(dir, '我的参数.csv')], undefined, [join(dir, '我的参数.csv')]);
    expect(read.ok ? [] : formatIssues(read.issues)).toEqual(['我的参数.csv 第3行「参数」: 参数「weights.indicator_keep」重复，与第2行相同 / row 3 key: parameter "weights.indicator_keep" is set twice, also on row 2']);
  });
});
