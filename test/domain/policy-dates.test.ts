/**
 * plan.cutoff and publish.start as a policy file saved by Excel or WPS holds them: a date typed in
 * a cell is saved in the CSV as the system shows it (2026/8/31 on a Chinese Windows), and a clerk
 * writes 2026年8月31日. Both were refused ("expected a date YYYY-MM-DD"); the rosters' dates are
 * read in all these forms. The value is recorded as YYYY-MM-DD.
 */
import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../../src/domain/policy.js';
import { subjectKey } from '../../src/domain/subjects.js';

const resolve = (key: string, value: string) => resolvePolicy([{ key, value, file: '参数.csv', row: 3 }], 2026, subjectKey);

describe('policy dates', () => {
  it('reads the forms Excel, WPS and clerks write, and records YYYY-MM-DD', () => {
    for (const text of ['2026-08-31', '2026-8-31', '2026/8/31', '2026/08/31', '2026.8.31', '20260831', '2026年8月31日', '２０２６年８月３１日', '2026/8/31 0:00:00', '2026 年 8 月 31 日']) {
      const r = resolve('plan.cutoff', text);
      expect(r.ok && r.value.cutoff, text).toEqual({ year: 2026, month: 8, day: 31 });
      expect(r.ok && r.value.values['plan.cutoff'], text).toBe('2026-08-31');
    }
    const start = resolve('publish.start', '2026/9/1');
    expect(start.ok && start.value.publish.start).toEqual({ year: 2026, month: 9, day: 1 });
  });

  it('refuses what is no day, listing the forms', () => {
    for (const text of ['2026/2/30', '2026年8月', '8/31/2026', '明天']) {
      const r = resolve('plan.cutoff', text);
      expect(r.ok ? '' : r.issues[0]?.zh, text).toBe(`应为日期（如 2026-08-31、2026/8/31、2026年8月31日）, 实为「${text}」`);
    }
  });
});
