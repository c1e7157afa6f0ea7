import { describe, expect, it } from 'vitest';
import { eligibility } from '../../src/domain/eligibility.js';
import { returnsFromExchange } from '../../src/domain/exchange.js';
import { county, lock, policy, school, teacher } from '../helpers/make-county.js';

const cutoff = { year: 2026, month: 8, day: 31 };

describe('returnsFromExchange', () => {
  const c = county(
    [school('H', 'urban'), school('X', 'rural')],
    [
      teacher('T1', 'X', '语文', { exchangeHomeSchool: 'H', exchangeEnd: { year: 2026, month: 7 } }),
      teacher('T2', 'X', '语文', { exchangeHomeSchool: 'H', exchangeEnd: { year: 2026, month: 8 } }),
      teacher('T3', 'X', '语文', { exchangeHomeSchool: 'H', exchangeEnd: { year: 2026, month: 9 } }),
      teacher('T4', 'X', '语文', { exchangeHomeSchool: 'H', exchangeEnd: { year: 2026, month: 7 } }),
      teacher('T5', 'X', '语文'),
    ],
    [],
    [lock('T4', 'stay')],
  );

  it('moves back every teacher whose term ends by the cut-off date, flagged, unless a stay lock keeps him', () => {
    const r = returnsFromExchange(c, cutoff);
    expect(r.returns).toEqual([
      { teacherId: 'T1', fromSchoolId: 'X', toSchoolId: 'H', end: { year: 2026, month: 7 } },
      { teacherId: 'T2', fromSchoolId: 'X', toSchoolId: 'H', end: { year: 2026, month: 8 } },
    ]);
    expect(r.county.teachers.map((t) => [t.id, t.schoolId, t.returned ?? false])).toEqual([
      ['T1', 'H', true],
      ['T2', 'H', true],
      ['T3', 'X', false],
      ['T4', 'X', false],
      ['T5', 'X', false],
    ]);
    // Pure: the county passed in is unchanged.
    expect(c.teachers[0]?.schoolId).toBe('X');
  });

  it('an exchange ending on a given day counts that day; none ending leaves the county as it was', () => {
    const one = county([school('H', 'urban'), school('X', 'rural')], [teacher('T1', 'X', '语文', { exchangeHomeSchool: 'H', exchangeEnd: { year: 2026, month: 9, day: 1 } })], []);
    expect(returnsFromExchange(one, cutoff).returns).toEqual([]);
    expect(returnsFromExchange(one, cutoff).county).toBe(one);
    expect(returnsFromExchange(one, { year: 2026, month: 9, day: 1 }).returns).toHaveLength(1);
  });

  it('a teacher kept at the exchange school by a lock is still not eligible, and the reason says the term has ended', () => {
    const t = returnsFromExchange(c, cutoff).county.teachers.find((x) => x.id === 'T4');
    expect(t && eligibility(t, policy({ 'plan.year': '2026' })).zh).toBe('正在交流中（原学校 H, 2026年7月结束；已期满, 仍留在交流学校）, 不参加本年交流');
  });
});
