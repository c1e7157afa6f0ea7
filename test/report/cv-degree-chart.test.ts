import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeIndicatorCounty } from '../helpers/indicator-county.js';
import { planInProcess } from '../helpers/plan-run.js';

/*
 * report.html's coefficient-of-variation charts drew the backbone and PE-and-arts bars of each
 * stage but not the degree one (高于规定学历), which the table above them and summary.json give.
 * With 学历 given they now draw it first, as the table orders the indicators; without it, no bar.
 */
async function planned(withDegree: boolean): Promise<{ html: string; block: Record<string, number | null> }> {
  const dir = join(mkdtempSync(join(tmpdir(), 'rotate-cv-degree-')), 'plan');
  const r = await planInProcess(writeIndicatorCounty('en', withDegree), dir, { sets: [{ key: 'rules.backbone_share', value: '0', file: '--set' }] });
  expect(r.kind).toBe('written');
  const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { indicators: { cv_primary: Record<string, number | null> } };
  return { html: readFileSync(join(dir, 'report.html'), 'utf8'), block: summary.indicators.cv_primary };
}

/** The row keys of one chart and the before/after values of each, as drawn. */
function chartRows(html: string, chart: string): Map<string, [number, number]> {
  const svg = new RegExp(`<svg class="chart" data-chart="${chart}"[^]*?</svg>`, 'u').exec(html)?.[0] ?? '';
  const rows = new Map<string, [number, number]>();
  for (const m of svg.matchAll(/<g class="row" data-key="([^"]+)" data-before="([^"]+)" data-after="([^"]+)"/gu)) rows.set(m[1] ?? '', [Number(m[2]), Number(m[3])]);
  return rows;
}

describe('report.html: the CV charts draw the degree indicator where 学历 is given', () => {
  it('draws the 小学 degree CV before and after, as summary.json gives it, first of the chart', async () => {
    const { html, block } = await planned(true);
    const rows = chartRows(html, 'cv-primary');
    const before = block['degree_per_100_before'];
    const after = block['degree_per_100_after'];
    expect(before).toEqual(expect.any(Number));
    expect(after).toEqual(expect.any(Number));
    expect([...rows.keys()][0]).toBe('primary:degree_per_100');
    expect(rows.get('primary:degree_per_100')).toEqual([Number((before ?? Number.NaN).toFixed(6)), Number((after ?? Number.NaN).toFixed(6))]);
    expect(html).toContain('学历 degree · 调整前 before');
  });

  it('draws no degree bar without 学历, the other indicators still drawn', async () => {
    const { html } = await planned(false);
    const rows = chartRows(html, 'cv-primary');
    expect(rows.has('primary:backbone_per_100')).toBe(true);
    expect(rows.has('primary:degree_per_100')).toBe(false);
  });
});
