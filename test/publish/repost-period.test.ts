/**
 * A re-posting's period taken from the plan's own parameters. A county keeps publish.start in the
 * parameter file it plans with (参数.csv among the county's files), set for the first posting; the
 * plan re-made after the objections carries it, and `rotate publish plan2` posted the 第二次公示
 * with the first posting's period, already over, and said nothing. Now a note says the period is
 * the plan's parameter and may be the previous posting's, and how to set this one; nothing is
 * said when publish.start is set to publish, or on a first posting.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import { planInProcess, readPlanCsv, YEAR } from '../helpers/plan-run.js';
import { writeCsvTable } from '../helpers/workbooks.js';
import { inputsOf, publish, sampleCounty, tempDir } from './helpers.js';

const SETS = [
  { key: 'plan.year', value: String(YEAR), file: '--set' },
  { key: 'publish.start', value: '2026-06-01', file: '参数.csv' },
];
let first = '';
let second = '';

beforeAll(async () => {
  const county = sampleCounty();
  first = join(county, 'plan');
  const r1 = await planInProcess(inputsOf(county), first, { sets: SETS });
  if (r1.kind !== 'written') throw new Error(r1.kind);
  const [a = ''] = readPlanCsv(join(first, 'assignments.csv')).rows.map((r) => r['工号'] ?? '');
  const objections = join(tempDir('rotate-repost-period-'), '异议.csv');
  writeCsvTable(objections, ['工号', '处理结果', '操作'], [[a, '同意', '留任']]);
  second = join(county, 'plan2');
  const r2 = await planInProcess([...inputsOf(county), objections], second, { sets: SETS, baseline: first });
  if (r2.kind !== 'written') throw new Error(r2.kind);
}, 240_000);

/** The publish.start notes of publishing `plan`, with `sets` to publish. */
async function notes(plan: string, sets: Record<string, string> = {}): Promise<string[]> {
  const r = await publish([plan], join(tempDir('rotate-repost-period-out-'), 'moves'), sets);
  if (r.kind !== 'written') throw new Error(r.kind);
  return formatIssues(r.published.warnings).filter((l) => l.startsWith('publish.start'));
}

describe('the period of a re-posting', () => {
  it('taken from the plan\'s parameters: a note that it may be the previous posting\'s, and how to set it', async () => {
    expect(await notes(second)).toEqual([
      'publish.start: 注意: 本次为第二次公示（重新公示）, 公示期2026年6月1日至2026年6月5日取自方案的参数（publish.start）, 可能是前次公示的日期; 重新公示另有本次公示期, 请核对, 用 --set publish.start=YYYY-MM-DD 设定 / note: this is a re-posting (round 2) and its period 2026-06-01 to 2026-06-05 is the plan\'s own parameter (publish.start), which may be the previous posting\'s date; a re-posting has its own period: check it, and set it with --set publish.start=YYYY-MM-DD',
    ]);
  });

  it('set to publish: nothing said', async () => {
    expect(await notes(second, { 'publish.start': '2026-06-15' })).toEqual([]);
  });

  it('a first posting: nothing said', async () => {
    expect(await notes(first)).toEqual([]);
  });
});
