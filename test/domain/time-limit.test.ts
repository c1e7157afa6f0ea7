import { describe, expect, it } from 'vitest';
import type { PolicySetting } from '../../src/domain/policy.js';
import { defaultTimeLimit } from '../../src/domain/time-limit.js';
import { policyOf } from '../../src/pipeline/prepare.js';
import { county, post, school, teachers } from '../helpers/make-county.js';

const cityOf = (n: number) => county([school('U1', 'urban')], teachers('t', n, 'U1', '语文'), [post('U1', '语文', n)]);
const limitOf = (n: number, sets: PolicySetting[] = []): { limit: number; value: string | undefined } => {
  const r = policyOf(cityOf(n), sets, 2026);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return { limit: r.value.timeLimit, value: r.value.values['solver.time_limit'] };
};

describe('the solver time limit when none is set', () => {
  it('is 60 s up to 20,000 teachers and 3 s per 1,000 above (80,000: 240 s)', () => {
    expect(defaultTimeLimit(0)).toBe(60);
    expect(defaultTimeLimit(12_000)).toBe(60);
    expect(defaultTimeLimit(20_000)).toBe(60);
    expect(defaultTimeLimit(20_334)).toBe(62);
    expect(defaultTimeLimit(80_000)).toBe(240);
  });

  it('is what the policy records for the county, and a limit the user sets wins, however large the county', () => {
    expect(limitOf(30)).toEqual({ limit: 60, value: '60' });
    expect(limitOf(25_000)).toEqual({ limit: 75, value: '75' });
    expect(limitOf(25_000, [{ key: 'solver.time_limit', value: '30', file: '--time-limit' }])).toEqual({ limit: 30, value: '30' });
  });
});
