/**
 * A teachers file that still has a teacher at the exchange school a year after the term ended (the
 * 2025 roster given for the plan of 2026, or a return never recorded) was taken as a return of this
 * year, with a reason that read like any other: "交流期满（2025年7月结束, 不晚于截止日期 2026年8月31日）".
 * Last year's plan had already sent the teacher home, unless a stay lock kept him or her there a year
 * more. The reason and one warning per file now say so.
 */
import { describe, expect, it } from 'vitest';
import { eligibility } from '../../src/domain/eligibility.js';
import { endedByLastCutoff, returnsFromExchange, withExchangeNames } from '../../src/domain/exchange.js';
import { staleExchangeWarnings } from '../../src/domain/stale-exchanges.js';
import { county, policy, school, teacher } from '../helpers/make-county.js';

const p = policy({ 'plan.year': '2026' });
const at = (t: ReturnType<typeof teacher>, row: number) => ({ ...t, source: { file: '教师.csv', row } });

function returned() {
  const c = county(
    [school('H', 'urban'), school('X', 'rural')],
    [
      at(teacher('T1', 'X', '语文', { exchangeHomeSchool: 'H', exchangeEnd: { year: 2025, month: 7 } }), 2),
      at(teacher('T2', 'X', '语文', { exchangeHomeSchool: 'H', exchangeEnd: { year: 2026, month: 7 } }), 3),
      at(teacher('T3', 'X', '语文', { exchangeHomeSchool: 'H', exchangeEnd: { year: 2025, month: 8 } }), 4),
      at(teacher('T4', 'X', '语文', { exchangeHomeSchool: 'H', exchangeEnd: { year: 2025, month: 9 } }), 5),
    ],
    [],
  );
  return withExchangeNames(returnsFromExchange(c, p.cutoff).county);
}

describe('an exchange that ended by last year\'s cut-off date', () => {
  it('is told apart from one ending this year: by the last day of its month against 2025-08-31', () => {
    const [t1, t2, t3, t4] = returned().teachers;
    expect([t1, t2, t3, t4].map((t) => t !== undefined && endedByLastCutoff(t, p.cutoff))).toEqual([true, false, true, false]);
  });

  it('the returned teacher\'s reason says the term ended by last year\'s cut-off date', () => {
    const [t1, t2] = returned().teachers;
    expect(t1 && eligibility(t1, p).zh).toBe('在 学校X（X） 的交流期满（2025年7月结束, 不晚于上一年截止日期 2025年8月31日, 上一年已期满）, 返回原学校, 本年不再交流');
    expect(t1 && eligibility(t1, p).en).toBe("back at the home school after an exchange at school X (学校X) that ended 2025-07 (by last year's cut-off date 2025-08-31: ended a year ago); not rotated again this year");
    // One ending this year reads as before.
    expect(t2 && eligibility(t2, p).zh).toBe('在 学校X（X） 的交流期满（2026年7月结束, 不晚于截止日期 2026年8月31日）, 返回原学校, 本年不再交流');
  });

  it('one warning per file names their rows and what to correct', () => {
    const w = staleExchangeWarnings(returned(), p);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ file: '教师.csv', row: 2, column: '交流结束年月' });
    expect(w[0]?.zh).toBe('注意: 2 名教师的交流结束年月不晚于上一年的截止日期 2025年8月31日, 却仍在交流学校（第2、4行）: 上一年已期满, 除非上一年锁定留任, 应已返回原学校; 本方案让其今年返回, 本年不再交流; 如已返回, 请将学校代码改为原学校, 并清空交流原学校代码、交流结束年月');
    expect(w[0]?.en).toContain("2 teachers whose exchange_end is on or before last year's cut-off date 2025-08-31 are still at the exchange school (rows 2, 4)");
    // Nobody on an exchange ending before this year: no warning.
    const fresh = county([school('H', 'urban'), school('X', 'rural')], [teacher('T2', 'X', '语文', { exchangeHomeSchool: 'H', exchangeEnd: { year: 2026, month: 7 } })], []);
    expect(staleExchangeWarnings(returnsFromExchange(fresh, p.cutoff).county, p)).toEqual([]);
  });
});
