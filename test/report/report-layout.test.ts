/**
 * What a person sees: in headless Chromium with the Noto CJK fonts, no two text labels of any
 * chart overlap and none leaves its chart, long school names are cut with the full name as a
 * tooltip, names that look like HTML stay text, and the page prints on A4 without its filters.
 * Screenshots and a PDF are left in test-output/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTEFACTS, copySmall, openBrowser, openReport, planFolder, planGenerated, planSmall, screenshot, type PlannedCounty } from './helpers.js';

interface Overlap {
  chart: string;
  a: string;
  b: string;
}

/** Pairs of SVG text labels whose boxes (as the browser drew them) overlap, and labels that stick out of their chart. */
async function textProblems(page: Page): Promise<{ overlaps: Overlap[]; outside: string[]; count: number }> {
  return page.evaluate(() => {
    const overlaps: { chart: string; a: string; b: string }[] = [];
    const outside: string[] = [];
    let count = 0;
    for (const svg of document.querySelectorAll('svg')) {
      const frame = svg.getBoundingClientRect();
      const boxes = [...svg.querySelectorAll('text')]
        .map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }))
        .filter((b) => b.r.width > 0 && b.r.height > 0);
      count += boxes.length;
      for (const b of boxes) if (b.r.left < frame.left - 0.5 || b.r.right > frame.right + 0.5 || b.r.top < frame.top - 0.5 || b.r.bottom > frame.bottom + 0.5) outside.push(`${svg.getAttribute('data-chart')}: ${b.text}`);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const p = boxes[i]!.r;
          const q = boxes[j]!.r;
          const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
          const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
          if (w > 0.5 && h > 0.5) overlaps.push({ chart: svg.getAttribute('data-chart') ?? '', a: boxes[i]!.text, b: boxes[j]!.text });
        }
      }
    }
    return { overlaps, outside, count };
  });
}

const LONG = '某某县某某镇某某村第一中心小学附属九年一贯制实验学校东校区分部';
const HOSTILE = '<img src=x onerror="window.__pwned=1">城关"一小"&\'B\'';
const TOWN = '<b>东</b>乡';

/** The small county with a very long school name, HTML in another name and in a township. */
function hostileCounty(): string {
  return copySmall((name, text) => {
    if (name !== 'schools.csv') return text;
    return text
      .replace('S1,City One,', `S1,"${HOSTILE.replace(/"/gu, '""')}",`)
      .replace('R1,Village A,', `R1,${LONG},`)
      .replace(/,East$/mu, `,${TOWN}`);
  });
}

function layoutChecks(label: string, plan: () => Promise<PlannedCounty>, widths: number[]): void {
  describe(`the layout of report.html (${label})`, () => {
    let ctx: BrowserContext;
    let page: Page;
    let c: PlannedCounty;
    beforeAll(async () => {
      c = await plan();
      ctx = await openBrowser();
      page = (await openReport(ctx, c)).page;
    });
    afterAll(async () => {
      await ctx?.close();
    });

    for (const width of widths) {
      it(`has no overlapping or clipped chart labels at ${width} px wide`, async () => {
        await page.setViewportSize({ width, height: 900 });
        const p = await textProblems(page);
        expect(p.count).toBeGreaterThan(20);
        expect(p.overlaps).toEqual([]);
        expect(p.outside).toEqual([]);
        await screenshot(page, `report-${label}-${width}px`);
      });
    }

    it('draws Chinese text with a CJK font, about 1 em per character', async () => {
      const ratio = await page.evaluate(() => {
        const own = (t: Element): string => [...t.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('');
        const t = [...document.querySelectorAll('svg text.label')].find((x) => /^[\u4e00-\u9fff]{2,}$/u.test(own(x)));
        if (!t) return null;
        // In user units: the width drawn over (font size × number of characters).
        return (t as SVGTextElement).getBBox().width / (parseFloat(getComputedStyle(t).fontSize) * own(t).length);
      });
      expect(ratio).not.toBeNull();
      expect(ratio ?? 0).toBeGreaterThan(0.9);
      expect(ratio ?? 0).toBeLessThan(1.1);
      const fonts = await page.evaluate(() => document.fonts.check('12px "Noto Sans CJK SC"', '城关'));
      expect(fonts).toBe(true);
    });

    it('prints on A4: filters hidden, charts kept whole', async () => {
      await page.emulateMedia({ media: 'print' });
      try {
        expect(await page.isVisible('#move-filters')).toBe(false);
        const p = await textProblems(page);
        expect(p.overlaps).toEqual([]);
        mkdirSync(ARTEFACTS, { recursive: true });
        const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
        writeFileSync(join(ARTEFACTS, `report-${label}.pdf`), pdf);
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
    });
  });
}

layoutChecks('small', planSmall, [1100, 760]);
layoutChecks('generated', planGenerated, [1100, 760]);
layoutChecks('hostile', () => planFolder(hostileCounty()), [1100]);

describe('the overlap check itself', () => {
  it('finds two labels drawn on top of each other, and a label pushed out of its chart', async () => {
    const c = await planSmall();
    const ctx = await openBrowser();
    try {
      const { page } = await openReport(ctx, c);
      await page.evaluate(() => {
        const [a, b] = [...document.querySelectorAll('svg[data-chart="shortage-subject"] text.label')];
        b?.setAttribute('y', String(Number(a?.getAttribute('y')) + 4));
        const last = [...document.querySelectorAll('svg[data-chart="objective"] text.value')].at(-1);
        last?.setAttribute('x', '960');
      });
      const p = await textProblems(page);
      expect(p.overlaps.some((o) => o.chart === 'shortage-subject')).toBe(true);
      expect(p.outside.some((o) => o.startsWith('objective'))).toBe(true);
    } finally {
      await ctx.close();
    }
  });
});

describe('names from the user\'s files', () => {
  it('stay text: HTML in a school or township name is shown, never run', async () => {
    const c = await planFolder(hostileCounty());
    const ctx = await openBrowser();
    try {
      const { page } = await openReport(ctx, c);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
      expect(await page.evaluate(() => [...document.querySelectorAll('b')].filter((b) => b.textContent === '东').length)).toBe(0);
      expect(await page.evaluate(() => document.scripts.length)).toBe(1);
      const options = await page.$$eval('#f-school option', (os) => os.map((o) => o.textContent));
      expect(options).toContain(HOSTILE);
      const towns = await page.$$eval('#f-township option', (os) => os.map((o) => o.textContent));
      expect(towns).toContain(TOWN);
      const cells = await page.$$eval('table.matrix [data-to], table.matrix th', (xs) => xs.map((x) => x.getAttribute('data-to') ?? x.textContent));
      expect(cells).toContain(TOWN);
    } finally {
      await ctx.close();
    }
  });

  it('are cut to fit their column, with the full name as a tooltip', async () => {
    const c = await planFolder(hostileCounty());
    const ctx = await openBrowser();
    try {
      const { page } = await openReport(ctx, c);
      const labels = await page.$$eval('svg[data-chart="shortage-school"] g.row text.label', (ts) => ts.map((t) => ({ shown: [...t.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(''), title: t.querySelector('title')?.textContent ?? null })));
      const long = labels.find((l) => l.title?.startsWith(LONG));
      expect(long).toBeDefined();
      expect(long?.shown.endsWith('…')).toBe(true);
      expect(LONG.startsWith(long?.shown.slice(0, -1) ?? 'x')).toBe(true);
    } finally {
      await ctx.close();
    }
  });
});
