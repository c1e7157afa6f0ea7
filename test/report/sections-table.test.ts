/**
 * The table of every section's indicators (优质均衡指标, under its 「N 个学部」 toggle). Opened, it
 * was 1,170 px wide, its headers on one line each (county-level-or-higher backbone teachers per
 * 100 students): it ran out of the page at 1,100 px, and an A4 printout lost its right-hand columns.
 * Its headers now wrap, and it fits the page. Printed closed, the page showed the bare toggle
 * 「▸ 27 个学部」 and nothing under it; a closed table is now left off the paper, an open one printed.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, openReport, planGenerated } from './helpers.js';

/** How far the table's right edge passes the page's content (main's padding box less its padding), in px. */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const t = document.querySelector('table.sections');
    const m = document.querySelector('main');
    if (!t || !m) return Number.NaN;
    const right = m.getBoundingClientRect().right - parseFloat(getComputedStyle(m).paddingRight);
    return Math.max(t.getBoundingClientRect().right - right, document.documentElement.scrollWidth - document.documentElement.clientWidth);
  });
}

describe("report.html's table of sections", () => {
  let ctx: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    const c = await planGenerated();
    ctx = await openBrowser();
    page = (await openReport(ctx, c)).page;
  });
  afterAll(async () => {
    await ctx?.close();
  });

  for (const width of [1100, 760]) {
    it(`fits the page at ${width} px wide when opened`, async () => {
      await page.setViewportSize({ width, height: 900 });
      await page.click('details.sections summary');
      try {
        expect(await page.isVisible('table.sections')).toBe(true);
        expect(await page.$$eval('table.sections tbody tr', (rs) => rs.length)).toBeGreaterThan(10);
        expect(await overflow(page)).toBeLessThanOrEqual(0.5);
      } finally {
        await page.click('details.sections summary');
      }
    });
  }

  it('prints within an A4 page when opened, and not at all when closed', async () => {
    // An A4 page's width within its 12 mm margins, at 96 px per inch.
    await page.setViewportSize({ width: 703, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.isVisible('details.sections')).toBe(false);
      await page.evaluate(() => document.querySelector('details.sections')?.setAttribute('open', ''));
      expect(await page.isVisible('table.sections')).toBe(true);
      expect(await overflow(page)).toBeLessThanOrEqual(0.5);
      // Its header row comes again on each printed page, as the other tables'.
      expect(await page.$eval('table.sections thead', (h) => getComputedStyle(h).display)).toBe('table-header-group');
    } finally {
      await page.evaluate(() => document.querySelector('details.sections')?.removeAttribute('open'));
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
