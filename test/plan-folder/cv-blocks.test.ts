import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSummary } from '../../src/plan-folder/summary-file.js';
import { writeIndicatorCounty } from '../helpers/indicator-county.js';
import { planInProcess } from '../helpers/plan-run.js';

/*
 * summary.json's stage blocks, indicators.cv_primary and cv_junior, gave the backbone and
 * PE-and-arts CVs but not the degree one (高于规定学历), which only the `cv` list held. They now
 * give it too, null where the `cv` list has null (no teacher's 学历 given).
 */
async function written(withDegree: boolean): Promise<Record<string, unknown>> {
  const dir = join(mkdtempSync(join(tmpdir(), 'rotate-cv-blocks-')), 'plan');
  const r = await planInProcess(writeIndicatorCounty('en', withDegree), dir, { sets: [{ key: 'rules.backbone_share', value: '0', file: '--set' }] });
  expect(r.kind).toBe('written');
  return JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Record<string, unknown>;
}

type Indicators = { cv: { stage: string; indicator: string; before: number | null; after: number | null }[] } & Record<string, Record<string, unknown>>;

describe('summary.json: each stage block gives the degree CV, as the cv list does', () => {
  it('gives each stage\'s degree CV before and after, the cv list\'s figures', async () => {
    const ind = (await written(true))['indicators'] as Indicators;
    for (const stage of ['primary', 'junior']) {
      const e = ind.cv.find((x) => x.stage === stage && x.indicator === 'degree_per_100');
      // The hand-made county's 小学 sections are enough to measure it; its 初中 ones leave it null there too.
      if (stage === 'primary') expect(e?.before, stage).toEqual(expect.any(Number));
      expect(ind[`cv_${stage}`]?.['degree_per_100_before'], stage).toBe(e?.before);
      expect(ind[`cv_${stage}`]?.['degree_per_100_after'], stage).toBe(e?.after);
    }
  });

  it('gives null without 学历, the key still there', async () => {
    const ind = (await written(false))['indicators'] as Indicators;
    expect(ind['cv_primary']).toMatchObject({ degree_per_100_before: null, degree_per_100_after: null });
    expect(ind['cv_junior']).toMatchObject({ degree_per_100_before: null, degree_per_100_after: null });
  });

  it('reads a summary.json written before, its blocks without the degree CV, taking it from the cv list', async () => {
    const summary = await written(true);
    const ind = summary['indicators'] as Indicators;
    const older = structuredClone(summary) as { indicators: Indicators };
    for (const stage of ['primary', 'junior']) {
      const block = older.indicators[`cv_${stage}`] ?? {};
      delete block['degree_per_100_before'];
      delete block['degree_per_100_after'];
    }
    const read = parseSummary(JSON.stringify(older), 'summary.json');
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.value.indicators.cv_primary.degree_per_100_after).toEqual(expect.any(Number));
    expect(read.value.indicators.cv_primary.degree_per_100_after).toBe(ind['cv_primary']?.['degree_per_100_after']);
    expect(read.value.indicators.cv_junior.degree_per_100_before).toBe(ind['cv_junior']?.['degree_per_100_before']);
  });
});
