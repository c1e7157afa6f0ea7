/**
 * Every chart of report.html, opened in headless Chromium, shows the plan's own numbers: each is
 * read back from the drawn page (data-* attributes, bar lengths, the text shown) and compared
 * with the CSVs and summary.json written beside it, or with figures recomputed from the inputs.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ARROWS } from '../../src/report/flow-map.js';
import { openBrowser, openReport, planGenerated, planSmall, screenshot, subjectShortage, type PlannedCounty, type Row } from './helpers.js';

interface DrawnRow {
  key: string;
  values: Record<string, number>;
  bars: { cls: string; value: number; width: number }[];
  text: string;
  badges: string[];
}

/** The rows of every SVG chart named `chart`, with their bars' drawn widths and the scale they were drawn at. */
async function chartRows(page: Page, chart: string): Promise<{ rows: DrawnRow[]; unit: number[]; reference: { value: number; x: number; x0: number; unit: number }[] }> {
  return page.evaluate((name) => {
    const svgs = [...document.querySelectorAll(`svg[data-chart="${name}"]`)];
    const rows = svgs.flatMap((svg) =>
      [...svg.querySelectorAll('g.row')].map((g) => {
        const values: Record<string, number> = {};
        for (const a of [...g.attributes]) if (a.name.startsWith('data-') && a.name !== 'data-key') values[a.name.slice(5)] = Number(a.value);
        return {
          key: g.getAttribute('data-key') ?? '',
          values,
          bars: [...g.querySelectorAll('rect.bar')].map((r) => ({ cls: r.getAttribute('class') ?? '', value: Number(r.getAttribute('data-value')), width: (r as SVGRectElement).getBBox().width })),
          text: g.querySelector('text.value')?.textContent ?? '',
          badges: [...g.querySelectorAll('g.badge text')].map((t) => t.textContent ?? ''),
        };
      }),
    );
    const unit = svgs.map((s) => Number(s.getAttribute('data-unit')));
    const reference = svgs.flatMap((s) => [...s.querySelectorAll('line.reference')].map((l) => ({ value: Number(l.getAttribute('data-value')), x: Number(l.getAttribute('x1')), x0: Number(s.getAttribute('data-x0')), unit: Number(s.getAttribute('data-unit')) })));
    return { rows, unit, reference };
  }, chart);
}

/** Bars are drawn to scale: |value| × px-per-unit, within rounding. */
function expectToScale(rows: DrawnRow[], unit: number): void {
  for (const r of rows) for (const b of r.bars) expect(Math.abs(b.width - Math.abs(b.value) * unit), `${r.key} ${b.cls}`).toBeLessThan(0.02);
}

const num = (s: string | undefined): number => Number(s);

function checksFor(label: string, plan: () => Promise<PlannedCounty>): void {
  describe(`report.html of ${label}`, () => {
    let ctx: BrowserContext;
    let page: Page;
    let c: PlannedCounty;

    beforeAll(async () => {
      c = await plan();
      ctx = await openBrowser();
      page = (await openReport(ctx, c)).page;
      await screenshot(page, `report-${label}`);
    });
    afterAll(async () => {
      await ctx?.close();
    });

    it('lists every rule with the threshold, value and ✓/✗ of summary.json', async () => {
      const drawn = await page.$$eval('table.checklist tbody tr', (trs) => trs.map((tr) => ({ rule: tr.getAttribute('data-rule'), mark: tr.querySelector('td.mark')?.textContent?.trim().slice(0, 1), threshold: tr.querySelector('td.threshold')?.textContent, value: tr.querySelector('td.value')?.textContent })));
      expect(drawn).toEqual(c.summary.rules.map((r) => ({ rule: r.rule, mark: r.held ? '✓' : '✗', threshold: r.threshold, value: r.value })));
    });

    it('shows the counts of summary.json in the key figures', async () => {
      const cards = await page.$$eval('.card', (cs) => Object.fromEntries(cs.map((x) => [x.getAttribute('data-card'), x.querySelector('.v')?.textContent])));
      const s = c.summary;
      expect(cards['moved']).toBe(`${s.counts['moved']} / ${s.counts['eligible']}`);
      expect(cards['shortage']).toBe(`${s.shortage['before']} → ${s.shortage['after']}`);
      expect(cards['scarce']).toBe(`${s.shortage['scarce_before']} → ${s.shortage['scarce_after']}`);
      expect(cards['rural-weak']).toBe(`${s.shortage['rural_weak_before']} → ${s.shortage['rural_weak_after']}`);
    });

    it('draws shortage per school as in schools.csv, largest first, rural and weak schools marked', async () => {
      const { rows, unit } = await chartRows(page, 'shortage-school');
      const csv = c.schools.filter((s) => num(s['shortage_before']) > 0 || num(s['shortage_after']) > 0);
      expect(rows.map((r) => r.key).sort()).toEqual(csv.map((s) => s['school_id']).sort());
      for (const s of csv) {
        const r = rows.find((x) => x.key === s['school_id']);
        expect(r?.values, s['school_id']).toMatchObject({ before: num(s['shortage_before']), after: num(s['shortage_after']), 'scarce-before': num(s['scarce_shortage_before']), 'scarce-after': num(s['scarce_shortage_after']) });
        expect(r?.text).toBe(`${s['shortage_before']} → ${s['shortage_after']}`);
        expect(r?.badges.includes('乡')).toBe(s['area'] === 'rural');
        expect(r?.badges.includes('薄')).toBe(s['weak'] === 'yes');
      }
      const before = rows.map((r) => r.values['before'] ?? 0);
      expect(before).toEqual([...before].sort((a, b) => b - a));
      expect(new Set(unit).size).toBe(1);
      expectToScale(rows, unit[0] ?? 0);
    });

    it('draws shortage per subject as recomputed from the inputs and the assignments, scarce subjects first', async () => {
      const { rows, unit } = await chartRows(page, 'shortage-subject');
      const expected = [...subjectShortage(c)].filter(([, v]) => v.before > 0 || v.after > 0);
      expect(rows.map((r) => r.key).sort()).toEqual(expected.map(([k]) => k).sort());
      for (const [subject, v] of expected) expect(rows.find((r) => r.key === subject)?.values, subject).toMatchObject({ before: v.before, after: v.after });
      expect(rows.reduce((a, r) => a + (r.values['before'] ?? 0), 0)).toBe(c.summary.shortage['before']);
      expect(rows.reduce((a, r) => a + (r.values['after'] ?? 0), 0)).toBe(c.summary.shortage['after']);
      const scarce = new Set(c.summary.policy['subjects.scarce']?.split(';'));
      const flags = rows.map((r) => scarce.has(r.key));
      expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
      expect(rows.filter((r) => r.badges.includes('紧缺')).map((r) => r.key)).toEqual(rows.filter((r) => scarce.has(r.key)).map((r) => r.key));
      expectToScale(rows, unit[0] ?? 0);
    });

    it('draws backbone teachers per 100 students as in schools.csv, with the threshold line at the indicator', async () => {
      const { rows, unit, reference } = await chartRows(page, 'backbone-school');
      const csv = c.schools.filter((s) => num(s['students']) > 0);
      expect(rows.map((r) => r.key).sort()).toEqual(csv.map((s) => s['school_id']).sort());
      for (const s of csv) {
        const r = rows.find((x) => x.key === s['school_id']);
        // The whole school's figure: schools.csv's county-level backbone teachers over its students.
        expect(r?.values['before'], s['school_id']).toBeCloseTo((num(s['county_backbone_before']) * 100) / num(s['students']), 4);
        expect(r?.values['after'], s['school_id']).toBeCloseTo((num(s['county_backbone_after']) * 100) / num(s['students']), 4);
        // The text shows the drawn values to 2 decimals (the CSV's 4-decimal figure may round differently).
        expect(r?.text).toBe(`${r?.values['before']?.toFixed(2)} → ${r?.values['after']?.toFixed(2)}`);
      }
      expect(new Set(unit).size).toBe(1);
      expectToScale(rows, unit[0] ?? 0);
      expect(reference.length).toBeGreaterThan(0);
      for (const ref of reference) {
        expect(ref.value).toBe(c.summary.indicators.backbone_per_100.threshold);
        expect(Math.abs(ref.x - (ref.x0 + ref.value * ref.unit))).toBeLessThan(0.02);
      }
    });

    it('gives the inter-school coefficients of variation of summary.json against 0.50 (小学) and 0.45 (初中)', async () => {
      const table = await page.$$eval('table.cv tbody tr[data-indicator]', (trs) => trs.map((tr) => ({ stage: tr.getAttribute('data-stage'), indicator: tr.getAttribute('data-indicator'), threshold: Number(tr.getAttribute('data-threshold')), before: Number(tr.getAttribute('data-before')), after: Number(tr.getAttribute('data-after')) })));
      const blocks = { primary: c.summary.indicators.cv_primary, junior: c.summary.indicators.cv_junior };
      // Every measured CV of summary.json's indicators.cv (the degree ones are not without 学历), 小学 first.
      const expected = ['primary', 'junior'].flatMap((stage) =>
        ['degree_per_100', 'backbone_per_100', 'arts_pe_per_100'].flatMap((indicator) =>
          c.summary.indicators.cv
            .filter((e) => e.stage === stage && e.indicator === indicator)
            .flatMap((e) => (e.before === null || e.after === null ? [] : [{ stage, indicator, threshold: e.threshold, before: Number(e.before.toFixed(6)), after: Number(e.after.toFixed(6)) }])),
        ),
      );
      for (const e of c.summary.indicators.cv) if (e.indicator === 'degree_per_100' && !c.summary.indicators.degree_given) expect([e.before, e.after]).toEqual([null, null]);
      expect(expected.length).toBeGreaterThanOrEqual(2);
      expect(table).toEqual(expected);
      expect(c.summary.indicators.cv_primary['threshold']).toBe(0.5);
      expect(c.summary.indicators.cv_junior['threshold']).toBe(0.45);
      for (const [stage, b] of Object.entries(blocks)) {
        if ((b['schools'] ?? 0) < 2) continue;
        const { rows, unit, reference } = await chartRows(page, `cv-${stage}`);
        expect(rows.find((r) => r.key === `${stage}:backbone_per_100`)?.values).toMatchObject({ before: b['backbone_per_100_before'], after: b['backbone_per_100_after'] });
        expect(reference.map((r) => r.value)).toEqual([b['threshold']]);
        expectToScale(rows, unit[0] ?? 0);
      }
    });

    it('lists each judged section\'s indicators as schools.csv gives them, before → after', async () => {
      const cells = await page.$$eval('table.sections tbody tr', (trs) =>
        trs.flatMap((tr) => [...tr.querySelectorAll('td[data-indicator]')].map((td) => ({ key: `${tr.getAttribute('data-school')} ${tr.getAttribute('data-section')} ${td.getAttribute('data-indicator')}`, before: Number(td.getAttribute('data-before')), after: Number(td.getAttribute('data-after')) }))),
      );
      const en = (row: Row, stage: string, indicator: string, when: string): string => row[`${stage}_${indicator}_${when}`] ?? '';
      const expected = c.schools.flatMap((row) =>
        ['primary', 'junior'].flatMap((stage) =>
          ['degree_per_100', 'backbone_per_100', 'arts_pe_per_100']
            .filter((indicator) => en(row, stage, indicator, 'before') !== '')
            .map((indicator) => ({ key: `${row['school_id']} ${stage} ${indicator}`, before: num(en(row, stage, indicator, 'before')), after: num(en(row, stage, indicator, 'after')) })),
        ),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(cells.map((x) => x.key)).toEqual(expected.map((x) => x.key));
      for (const [i, x] of expected.entries()) {
        expect(cells[i]?.before, x.key).toBeCloseTo(x.before, 4);
        expect(cells[i]?.after, x.key).toBeCloseTo(x.after, 4);
      }
    });

    it('counts moves between townships as assignments.csv does', async () => {
      const township = new Map(c.inputs.schools.map((s) => [s['school_id'], s['township'] || '（未填乡镇）']));
      const expected = new Map<string, number>();
      for (const a of c.assignments) {
        const key = `${township.get(a['from_school_id'] ?? '')}→${township.get(a['to_school_id'] ?? '')}`;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
      const cells = await page.$$eval('table.matrix tbody td[data-to]:not([data-total])', (tds) => tds.map((td) => ({ key: `${td.getAttribute('data-from')}→${td.getAttribute('data-to')}`, value: Number(td.getAttribute('data-value')), text: td.textContent })));
      for (const cell of cells) {
        expect(cell.value, cell.key).toBe(expected.get(cell.key) ?? 0);
        expect(cell.text).toBe(cell.value > 0 ? String(cell.value) : '');
      }
      expect(cells.reduce((a, x) => a + x.value, 0)).toBe(c.assignments.length);
      const grand = await page.$eval('table.matrix tfoot td:last-child', (td) => Number(td.getAttribute('data-value')));
      expect(grand).toBe(c.assignments.length);
    });

    it('lists every move of assignments.csv in the table, with its reason', async () => {
      const rows = await page.$$eval('#moves-table tbody tr', (trs) => trs.map((tr) => ({ teacher: tr.getAttribute('data-teacher'), from: tr.getAttribute('data-from'), to: tr.getAttribute('data-to'), reason: tr.querySelector('td.reason')?.textContent ?? '' })));
      expect(rows.map((r) => `${r.teacher}:${r.from}→${r.to}`).sort()).toEqual(c.assignments.map((a) => `${a['teacher_id']}:${a['from_school_id']}→${a['to_school_id']}`).sort());
      for (const a of c.assignments) expect(rows.find((r) => r.teacher === a['teacher_id'])?.reason).toContain(a['reason']);
    });

    it('breaks the objective down by the terms of summary.json', async () => {
      const { rows, unit } = await chartRows(page, 'objective');
      expect(Object.fromEntries(rows.map((r) => [r.key, r.values['term']]))).toEqual(c.summary.objective.terms);
      expectToScale(rows, unit[0] ?? 0);
      const weights = await page.$$eval('table.weights tbody tr', (trs) => Object.fromEntries(trs.map((tr) => [tr.getAttribute('data-param'), tr.getAttribute('data-value')])));
      expect(weights).toEqual(Object.fromEntries(Object.entries(c.summary.policy).filter(([k]) => k.startsWith('weights.'))));
    });
  });
}

checksFor('small', planSmall);
checksFor('generated', planGenerated);

describe('the map of a county with coordinates', () => {
  it('draws one arrow per pair of townships (the largest flows) with the number of moves between them', async () => {
    const c = await planGenerated();
    const ctx = await openBrowser();
    try {
      const { page } = await openReport(ctx, c);
      const flows = await page.$$eval('svg[data-chart="flow-map"] g.flow', (gs) => gs.map((g) => ({ key: `${g.getAttribute('data-from')}→${g.getAttribute('data-to')}`, count: Number(g.getAttribute('data-count')) })));
      const township = new Map(c.inputs.schools.map((s) => [s['school_id'], s['township'] ?? '']));
      const expected = new Map<string, number>();
      for (const a of c.assignments) {
        const from = township.get(a['from_school_id'] ?? '');
        const to = township.get(a['to_school_id'] ?? '');
        if (from !== to) expected.set(`${from}→${to}`, (expected.get(`${from}→${to}`) ?? 0) + 1);
      }
      // The largest flows are drawn (at most MAX_ARROWS), each with its number; the rest are counted under the map.
      expect(flows.length).toBe(Math.min(MAX_ARROWS, expected.size));
      for (const f of flows) expect(f.count).toBe(expected.get(f.key));
      const drawn = new Set(flows.map((f) => f.key));
      const smallestDrawn = Math.min(...flows.map((f) => f.count));
      for (const [key, n] of expected) if (!drawn.has(key)) expect(n).toBeLessThanOrEqual(smallestDrawn);
      const dots = await page.$$eval('svg[data-chart="flow-map"] .school', (cs) => cs.length);
      expect(dots).toBe(c.inputs.schools.filter((s) => s['lat'] && s['lon']).length);
      const labels = await page.$$eval('svg[data-chart="flow-map"] text.count', (ts) => ts.map((t) => ({ key: `${t.getAttribute('data-from')}→${t.getAttribute('data-to')}`, text: t.textContent })));
      for (const l of labels) expect(l.text).toBe(String(expected.get(l.key)));
    } finally {
      await ctx.close();
    }
  });
});
