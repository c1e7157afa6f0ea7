import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import { inputsOf, publish, sampleCounty, tempDir } from './helpers.js';

/** The warnings of publishing the sample county's eligible lists with this publish.start (plan year 2026, cut-off 2026-08-31). */
async function notes(start: string): Promise<string[]> {
  const r = await publish(inputsOf(sampleCounty()), join(tempDir('rotate-period-'), 'eligible'), { 'publish.start': start });
  if (r.kind !== 'written') throw new Error(r.kind);
  return formatIssues(r.published.warnings).filter((l) => l.startsWith('publish.start'));
}

describe('a publication period that cannot be meant is said on the terminal', () => {
  it('one that starts more than a year before the cut-off date (a year typed wrong)', async () => {
    expect(await notes('2025-06-01')).toEqual([
      'publish.start: 注意: 2025-06-01 是星期日, 公示期从下一个工作日2025年6月2日起 / note: 2025-06-01 is a Sunday: the period starts on the next working day, 2025-06-02',
      'publish.start: 注意: 公示期2025年6月2日至2025年6月6日比截止日期2026年8月31日早一年以上（计划年份 2026）; 请核对 publish.start 的年份 / note: the publication period 2025-06-02 to 2025-06-06 is more than a year before the cut-off date 2026-08-31 (plan year 2026): check the year of publish.start',
    ]);
  });

  it('one that ends after the cut-off date, when the exchange term has begun', async () => {
    expect(await notes('2026-08-28')).toEqual([
      'publish.start: 注意: 公示期2026年8月28日至2026年9月3日在截止日期2026年8月31日之后结束, 交流自次月开始; 请核对 publish.start / note: the publication period 2026-08-28 to 2026-09-03 ends after the cut-off date 2026-08-31, the month after which the exchange begins: check publish.start',
    ]);
  });

  it('nothing for a period of working days before the cut-off date', async () => {
    expect(await notes('2026-06-01')).toEqual([]);
  });
});
