import { describe, expect, it } from 'vitest';
import { PARAMETERS, rangeText } from '../../src/domain/parameters.js';
import { resolvePolicy } from '../../src/domain/policy.js';
import { subjectKey } from '../../src/domain/subjects.js';
import { formatIssues } from '../../src/schema/format-issue.js';

const resolve = (key: string, value: string, file = '--set', row?: number) => resolvePolicy([{ key, value, file, ...(row !== undefined ? { row } : {}) }], 2026, subjectKey);

describe('every number parameter has a range in the policy table', () => {
  it('each number, integer, share and list of shares states its range, and its default is inside it', () => {
    for (const p of PARAMETERS) {
      if (p.type === 'boolean' || p.type === 'choice' || p.type === 'date' || p.type === 'text' || p.name === 'subjects.scarce' || p.name === 'rules.scope') continue;
      expect(rangeText(p), p.name).not.toBe('');
    }
    expect(resolvePolicy([], 2026, subjectKey).ok).toBe(true);
  });

  it('refuses values outside the range or not finite, naming where they were set', () => {
    const cases: [string, string][] = [
      ['weights.moves', `1${'0'.repeat(400)}`],
      ['weights.shortage', '1e300'],
      ['weights.moves', '20000'],
      ['norm.students_per_post_primary', '0'],
      ['solver.time_limit', '0'],
      ['plan.year', '0'],
      ['plan.year', '99999'],
      ['eligibility.term_years', '0'],
      ['norm.subject_shares', '语文:5'],
    ];
    for (const [key, value] of cases) {
      const r = resolve(key, value);
      expect(r.ok, `${key}=${value}`).toBe(false);
      if (!r.ok) expect(formatIssues(r.issues)[0], key).toMatch(new RegExp(`^--set ${key.replace(/\./gu, '\\.')}: `, 'u'));
    }
    const fromFile = resolve('plan.year', '99999', '参数.csv', 7);
    expect(fromFile.ok ? [] : formatIssues(fromFile.issues)).toEqual(['参数.csv 第7行「plan.year」: 应在2000到2100之间, 实为「99999」 / row 7 plan.year: expected a value from 2000 to 2100, found "99999"']);
  });

  it('answers a number written another way that is out of range (1e300, -1) with the range, not "expected a number ≥ 0"', () => {
    for (const [key, value, range] of [['weights.shortage', '1e300', '0到10,000'], ['weights.moves', '-1', '0到10,000'], ['eligibility.min_years', '-3', '0到40'], ['eligibility.min_years', '1e5', '0到40']] as const) {
      const r = resolve(key, value);
      expect(r.ok ? [] : formatIssues(r.issues), `${key}=${value}`).toEqual([expect.stringContaining(`应在${range}之间, 实为「${value}」`)]);
    }
    const words = resolve('weights.moves', '很多');
    expect(words.ok ? [] : formatIssues(words.issues)).toEqual(['--set weights.moves: 应为不小于0的数, 实为「很多」 / expected a number ≥ 0, found "很多"']);
  });

  it('accepts the ends of each range', () => {
    for (const p of PARAMETERS) {
      if (p.type !== 'number' && p.type !== 'integer') continue;
      for (const v of [p.min, p.max]) expect(resolve(p.name, String(v)).ok, `${p.name}=${v}`).toBe(true);
    }
  });
});

describe('a list of values given to plan\'s --set', () => {
  it('points to rotate sweep, which compares several values', () => {
    const r = resolve('weights.indicator_keep', '0,5,10');
    expect(r.ok ? [] : formatIssues(r.issues)).toEqual([
      '--set weights.indicator_keep: 应为不小于0的数, 实为「0,5,10」; 一个 --set 只设一个取值, 比较几个取值请用 rotate sweep（如 rotate sweep 县/*.csv --set weights.indicator_keep=0,5,10） / expected a number ≥ 0, found "0,5,10"; a --set sets one value: to compare several, use rotate sweep (rotate sweep county/*.csv --set weights.indicator_keep=0,5,10)',
    ]);
    // In a policy file a list is only a wrong value.
    const file = resolve('weights.indicator_keep', '0,5,10', '参数.csv', 4);
    expect(file.ok ? [] : formatIssues(file.issues)[0]).not.toContain('rotate sweep');
  });
});
