/**
 * A teacher on an exchange ending by the cut-off date who also reaches the statutory retirement
 * date by then (a man born January 1966: 60 years 4 months, May 2026) was counted twice: among the
 * returns (交流期满返回原校, summary.json's returned_from_exchange, the report's 不符合条件 …, 其中交流期满
 * 返回原校 …, though he is in no 不符合条件) and among the retirees. He is now a retiree only.
 */
import { describe, expect, it } from 'vitest';
import { returnsFromExchange } from '../../src/domain/exchange.js';
import { withoutRetirees } from '../../src/domain/retirees.js';
import { county, policy, school, teacher } from '../helpers/make-county.js';

const p = policy({ 'plan.year': '2026' });

describe('a retiree back from an exchange', () => {
  it('is listed as retiring at the home school, not also as returned', () => {
    const c = county(
      [school('H', 'urban'), school('X', 'rural')],
      [
        teacher('T1', 'X', '语文', { gender: 'M', birthDate: { year: 1966, month: 1 }, exchangeHomeSchool: 'H', exchangeEnd: { year: 2026, month: 7 } }),
        teacher('T2', 'X', '语文', { gender: 'M', birthDate: { year: 1980, month: 1 }, exchangeHomeSchool: 'H', exchangeEnd: { year: 2026, month: 7 } }),
      ],
      [],
    );
    const out = withoutRetirees(returnsFromExchange(c, p.cutoff).county, p);
    expect(out.retired?.map((t) => [t.id, t.schoolId, t.retiring, t.returned ?? false])).toEqual([['T1', 'H', true, false]]);
    // The other comes back as before.
    expect(out.teachers.map((t) => [t.id, t.schoolId, t.returned ?? false])).toEqual([['T2', 'H', true]]);
  });
});
