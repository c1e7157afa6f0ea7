/**
 * English messages built with a count agree with it: `1 teacher is`, `2 teachers are`. Chinese
 * needs no agreement (1 人, 2 人) and is left as it was.
 */
import { describe, expect, it } from 'vitest';
import { plural } from '../../src/domain/plural.js';
import { postsCapacity } from '../../src/rules/posts-capacity.js';
import { schoolQuota } from '../../src/rules/school-quota.js';
import { batchCountyLines } from '../../src/text/batch-county-lines.js';
import { missingSectionLines } from '../../src/text/county-standing.js';
import { context, county, lock, post, school, teachers } from '../helpers/make-county.js';

describe('plural', () => {
  it('gives the one form for 1 only, the many form (by default with an s) for 0 and more', () => {
    expect([0, 1, 2].map((n) => `${n} ${plural(n, 'teacher')}`)).toEqual(['0 teachers', '1 teacher', '2 teachers']);
    expect([1, 3].map((n) => plural(n, 'is', 'are'))).toEqual(['is', 'are']);
  });
});

describe('English messages with a count of one', () => {
  it('the school quota: "1 urban/town school that is not weak rotates", not "1 … schools … each rotate"', () => {
    const one = context(county([school('U', 'urban'), school('R', 'rural')], [...teachers('u', 10, 'U', '语文'), ...teachers('r', 2, 'R', '语文')], [post('U', '语文', 10), post('R', '语文', 4)]));
    expect(schoolQuota.needs?.(one)[0]?.en).toBe('rule: 1 urban/town school that is not weak rotates ≥ 10% of its eligible teachers (rounded down), 1 in all');
    const two = context(county([school('U', 'urban'), school('V', 'town'), school('R', 'rural')], [...teachers('u', 10, 'U', '语文'), ...teachers('v', 10, 'V', '语文')], [post('U', '语文', 10), post('V', '语文', 10), post('R', '语文', 4)]));
    expect(schoolQuota.needs?.(two)[0]?.en).toBe('rule: 2 urban/town schools that are not weak each rotate ≥ 10% of their eligible teachers (rounded down), 2 in all');
  });

  it('locks into full posts: "1 teacher is locked into", the posts and teachers each agreeing', () => {
    const c = county([school('U', 'urban'), school('R', 'rural')], [...teachers('u', 10, 'U', '语文'), ...teachers('r', 1, 'R', '语文', { yearsAtSchool: 2 })], [post('U', '语文', 10), post('R', '语文', 1)], [lock('u003', 'move', 'R')]);
    const [p] = postsCapacity.locksTogether?.(context(c)) ?? [];
    expect(p?.failure.en).toBe('1 teacher is locked into 语文 at R (u003), which has 1 post and 1 teacher: room for 0 at most');
  });

  it('a batch county with one warning, and a failure with one more line: "1 warning", "1 more line"', () => {
    const job = { name: '甲县', folder: '甲县', inputs: [], outDir: 'plans/甲县' };
    expect(batchCountyLines({ job, code: 0, seconds: 1, errors: ['w'], lines: 1 }, false)[1]).toContain('/ 1 warning:');
    expect(batchCountyLines({ job, code: 2, seconds: 1, errors: ['e'], lines: 2 }, false).at(-1)).toContain('/ 1 more line; plan this county alone');
  });

  it('one two-section school without its sections\' students: "1 complete secondary school lacks … and is left out"', () => {
    expect(missingSectionLines([{ schoolId: 'B', stage: 'complete', columns: ['junior_students'] }], 'en')).toEqual(['  1 complete secondary school lacks per-section students (junior_students) and is left out: B']);
    const two = missingSectionLines([{ schoolId: 'A', stage: 'complete', columns: ['junior_students'] }, { schoolId: 'B', stage: 'complete', columns: ['junior_students'] }], 'en');
    expect(two).toEqual(['  2 complete secondary schools lack per-section students (junior_students) and are left out: A, B']);
    // A nine-year school given its primary section's students is judged on it: only its junior section is left out.
    const one = missingSectionLines([{ schoolId: 'A', stage: 'nine_year', columns: ['junior_students'] }, { schoolId: 'B', stage: 'complete', columns: ['junior_students'] }], 'en');
    expect(one).toEqual(['  1 nine-year school lacks per-section students (junior_students) and its junior section is left out: A', '  1 complete secondary school lacks per-section students (junior_students) and is left out: B']);
  });
});
