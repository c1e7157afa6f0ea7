import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSummary, type Summary } from '../../src/plan-folder/summary-file.js';
import { diffCsv } from '../../src/review/diff-csv.js';
import { diffPlans } from '../../src/review/diff-plans.js';
import { diffText } from '../../src/text/diff-text.js';
import { writeIndicatorCounty } from '../helpers/indicator-county.js';
import { planInProcess } from '../helpers/plan-run.js';
import { readPlan } from '../../src/plan-folder/read-plan.js';
import { runDiff } from '../../src/cli/diff-command.js';

/*
 * summary.json gives, for the backbone and PE-and-arts indicators, how many judged sections meet
 * the standard before and after; the degree indicator (高于规定学历, 小学 ≥ 4.2, 初中 ≥ 5.3 per 100
 * students by default) had no such count. On the hand-made county of test/helpers/indicator-county.ts,
 * with the standards lowered to 1.6 (小学) and 1.0 (初中) so that its few teachers can meet them:
 *
 * - before: U1 1.5 (under 1.6), R1 1.0, N1 小学部 0.5, N1 初中部 1.0 (T09 本科; T08's 专科 does not
 *   count in a 初中) meets 1.0: one section;
 * - after (T02, 专科, moves U1 → R1): U1 1.0, R1 2.0 meets, N1 初中部 meets: two.
 *
 * The 初中部 meets only by the 初中 standard (1.0 < 1.6): each stage is judged on its own.
 */
const SETS = [
  { key: 'rules.backbone_share', value: '0', file: '--set' },
  { key: 'indicator.degree_per_100_primary', value: '1.6', file: '--set' },
  { key: 'indicator.degree_per_100_junior', value: '1.0', file: '--set' },
];

async function planned(withDegree: boolean): Promise<{ dir: string; summary: Summary }> {
  const dir = join(mkdtempSync(join(tmpdir(), 'rotate-degree-meeting-')), 'plan');
  const r = await planInProcess(writeIndicatorCounty('en', withDegree), dir, { sets: SETS });
  expect(r.kind).toBe('written');
  const read = parseSummary(readFileSync(join(dir, 'summary.json'), 'utf8'), 'summary.json');
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return { dir, summary: read.value };
}

describe('summary.json: the sections meeting the degree indicator, as for the other two', () => {
  it('counts the judged sections meeting each stage\'s degree standard, before and after, with both standards', async () => {
    const { summary } = await planned(true);
    expect(summary.indicators.degree_per_100).toEqual({ threshold_primary: 1.6, threshold_junior: 1, schools_meeting_before: 1, schools_meeting_after: 2 });
  });

  it('gives no count (null) when no teacher\'s 学历 is given, as the CVs give none', async () => {
    const { summary } = await planned(false);
    expect(summary.indicators.degree_per_100).toEqual({ threshold_primary: 1.6, threshold_junior: 1, schools_meeting_before: null, schools_meeting_after: null });
  });

  it('is compared by rotate diff like the others', async () => {
    const { dir } = await planned(true);
    const a = await readPlan(dir);
    if (!a.ok) throw new Error('plan folder unread');
    const ind = a.value.summary.indicators;
    const b = { ...a.value, summary: { ...a.value.summary, indicators: { ...ind, degree_per_100: { threshold_primary: 1.6, threshold_junior: 1, schools_meeting_before: 1, schools_meeting_after: 3 } } } };
    const text = diffText(diffPlans(a.value, b), 'A', 'B').map((l) => l.replace(/\s+/gu, ' ').trim());
    expect(text).toContain('学历达标学部（后） indicators.degree_per_100.schools_meeting_after 2 3 +1');
  });

  it('is compared only where both plans give it: a plan written before it, or one without 学历, does not read as 0', async () => {
    const { dir } = await planned(true);
    // A plan folder written before the degree block: the same summary.json without indicators.degree_per_100, otherwise valid.
    const old = join(mkdtempSync(join(tmpdir(), 'rotate-degree-older-')), 'plan');
    cpSync(dir, old, { recursive: true });
    const summary = JSON.parse(readFileSync(join(old, 'summary.json'), 'utf8')) as { indicators: Record<string, unknown> };
    delete summary.indicators['degree_per_100'];
    writeFileSync(join(old, 'summary.json'), JSON.stringify(summary));
    const csv = join(old, '..', 'diff.csv');
    for (const [a, b] of [[old, dir], [dir, old]] as const) {
      const r = await runDiff(a, b, csv, 'test', true);
      if (r.kind !== 'compared') throw new Error(r.kind);
      expect(r.lines.join('\n')).not.toContain('indicators.degree_per_100.');
      // diff.csv lists every figure both give, unchanged ones too: the degree CVs, which the older file has always held, but not the count.
      expect(readFileSync(csv, 'utf8')).toContain('indicators.cv_primary.degree_per_100_after');
      expect(readFileSync(csv, 'utf8')).not.toContain('indicators.degree_per_100.');
    }
    // Without 学历 the degree counts and CVs are not counted (null): not compared with a plan that has them.
    const none = await planned(false);
    const [withDegree, without] = await Promise.all([readPlan(dir), readPlan(none.dir)]);
    if (!withDegree.ok || !without.ok) throw new Error('plan folder unread');
    const d = diffPlans(without.value, withDegree.value);
    // (schools.csv's per-school degree columns, blank without 学历, are compared as the files give them.)
    expect(diffText(d, 'A', 'B').join('\n')).not.toMatch(/indicators\.[a-z_.]*degree/u);
    expect(diffCsv(d, 'en')).not.toMatch(/indicators\.[a-z_.]*degree/u);
  });
});
