/**
 * A policy value typed with a Chinese input method on (full-width digits, ％, ．) or saved so by
 * WPS is read as the half-width value, as the rosters' numbers are (values.ts folds them):
 * `rules.quota_share,１５％` was refused as "expected a share between 0 and 1".
 * `--set` takes the full-width ＝ the same IME types, and `rotate sweep` a list in full-width
 * commas (0，5，10), which it took for one fixed value.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { resolvePolicy } from '../../src/domain/policy.js';
import { subjectKey } from '../../src/domain/subjects.js';
import { parseSet } from '../../src/cli/io.js';
import { splitSweepSets } from '../../src/review/sweep-points.js';
import { runSweep } from '../../src/cli/sweep-command.js';

const resolve = (key: string, value: string) => resolvePolicy([{ key, value, file: '参数.csv', row: 2 }], 2026, subjectKey);

describe('full-width policy values', () => {
  it('reads full-width digits, ％ and ． as their half-width selves', () => {
    const r = resolve('rules.quota_share', '１５％');
    expect(r.ok && r.value.quotaShare).toBe(0.15);
    expect(r.ok && r.value.values['rules.quota_share']).toBe('15%');
    const w = resolve('weights.indicator_keep', '１０');
    expect(w.ok && w.value.weights.indicatorKeep).toBe(10);
    const d = resolve('weights.moves', '０．５');
    expect(d.ok && d.value.weights.moves).toBe(0.5);
    const y = resolve('plan.year', '２０２７');
    expect(y.ok && y.value.planYear).toBe(2027);
    const s = resolve('rules.max_outflow_share', '15 %');
    expect(s.ok && s.value.maxOutflowShare).toBe(0.15);
  });

  it('still refuses what is no number, quoting it as written', () => {
    const r = resolve('rules.quota_share', '百分之十五');
    expect(r.ok ? '' : r.issues[0]?.en).toContain('found "百分之十五"');
  });
});

describe('--set with a full-width ＝ and sweep lists in full-width commas', () => {
  it('parses name＝value', () => {
    expect(parseSet('rules.quota_share＝15％', [])).toEqual([{ key: 'rules.quota_share', value: '15％', file: '--set' }]);
  });

  it('takes 0，5，10 and 0、5、10 as a list to sweep', () => {
    for (const value of ['0，5，10', '0、5、10', '０，５，１０']) {
      const { axes, fixed } = splitSweepSets([{ key: 'weights.indicator_keep', value, file: '--set' }]);
      expect(fixed, value).toEqual([]);
      expect(axes, value).toEqual([{ key: 'weights.indicator_keep', values: ['0', '5', '10'] }]);
    }
  });

  it('sweeps such a list', async () => {
    const DATA = join(import.meta.dirname, '../../data');
    const seen: Record<string, string>[] = [];
    const r = await runSweep({ inputs: ['学校.csv', '教师.csv', '岗位.csv'].map((f) => join(DATA, f)), sets: [{ key: 'rules.quota_share', value: '１０％，１５％', file: '--set' }] }, () => 0, 2026, 'full-width', (p) => seen.push(p));
    expect(r.kind).toBe('swept');
    expect(seen).toEqual([{ 'rules.quota_share': '10%' }, { 'rules.quota_share': '15%' }]);
  }, 60_000);
});
