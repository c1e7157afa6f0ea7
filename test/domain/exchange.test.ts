import { describe, expect, it } from 'vitest';
import { eligibility } from '../../src/domain/eligibility.js';
import { returnsFromExchange, withExchangeNames } from '../../src/domain/exchange.js';
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

  it('an exchange ending on a given day counts that day; none ending leaves everyone where they were, and a county without exchanges as it was', () => {
    const one = county([school('H', 'urban'), school('X', 'rural')], [teacher('T1', 'X', '语文', { exchangeHomeSchool: 'H', exchangeEnd: { year: 2026, month: 9, day: 1 } })], []);
    expect(returnsFromExchange(one, cutoff).returns).toEqual([]);
    expect(returnsFromExchange(one, cutoff).county.teachers.map((t) => [t.schoolId, t.returned ?? false])).toEqual([['X', false]]);
    const none = county([school('H', 'urban')], [teacher('T1', 'H', '语文')], []);
    expect(returnsFromExchange(none, cutoff).county).toBe(none);
    expect(returnsFromExchange(one, { year: 2026, month: 9, day: 1 }).returns).toHaveLength(1);
  });

  it('a teacher kept at the exchange school by a lock is still not eligible, and the reason says the term has ended', () => {
    const t = withExchangeNames(returnsFromExchange(c, cutoff).county).teachers.find((x) => x.id === 'T4');
    expect(t && eligibility(t, policy({ 'plan.year': '2026' })).zh).toBe('正在交流中（原学校 学校H（H）, 2026年7月结束；已期满, 仍留在交流学校）, 不参加本年交流');
  });

  it('names the schools of the exchange in the reasons, the one a teacher came back from too', () => {
    const back = withExchangeNames(returnsFromExchange(c, cutoff).county).teachers.find((x) => x.id === 'T1');
    const p = policy({ 'plan.year': '2026' });
    expect(back && eligibility(back, p).zh).toBe('在 学校X（X） 的交流期满（2026年7月结束, 不晚于截止日期 2026年8月31日）, 返回原学校, 本年不再交流');
    expect(back && eligibility(back, p).en).toBe('back at the home school after an exchange at school X (学校X) that ended 2026-07 (by the cut-off date 2026-08-31); not rotated again this year');
  });
});

describe('an exchange whose 交流结束年月 gives only the year', () => {
  const c = county(
    [school('H', 'urban'), school('X', 'rural')],
    [
      teacher('T1', 'X', '语文', { exchangeHomeSchool: 'H', exchangeEnd: { year: 2026 } }),
      teacher('T2', 'X', '语文', { exchangeHomeSchool: 'H', exchangeEnd: { year: 2027 } }),
    ],
    [],
  );
  const p = policy({ 'plan.year': '2026' });
  const after = withExchangeNames(returnsFromExchange(c, cutoff).county).teachers;

  it('says the end of August was assumed, where "2026年结束, 不晚于截止日期 2026年8月31日" read as a contradiction', () => {
    const back = after.find((x) => x.id === 'T1');
    expect(back?.returned).toBe(true);
    expect(back && eligibility(back, p).zh).toBe('在 学校X（X） 的交流期满（交流结束年月只填了年份2026, 按2026年8月底结束计, 不晚于截止日期 2026年8月31日）, 返回原学校, 本年不再交流');
    expect(back && eligibility(back, p).en).toBe('back at the home school after an exchange at school X (学校X) that ended 2026-08 (only the year 2026 given: August assumed; by the cut-off date 2026-08-31); not rotated again this year');
  });

  it('and so does the reason of one still on the exchange', () => {
    const on = after.find((x) => x.id === 'T2');
    expect(on && eligibility(on, p).zh).toBe('正在交流中（原学校 学校H（H）, 交流结束年月只填了年份2027, 按2027年8月底结束计）, 不参加本年交流');
    expect(on && eligibility(on, p).en).toBe('on an exchange from school H (学校H) until 2027-08 (only the year 2027 given: August assumed); not rotated this year');
  });
});
