/**
 * The key figures at the top of report.html stay inside their cards. A card's value was one line
 * that could not wrap: "29 / 106（27.4%）" ran past its card's right edge into the next card, and a
 * plan that moves nobody wrote "0（无交流, 不计比例 no moves）" across two cards, on screen and on
 * the printed A4 page. The words in brackets now go under the figure when the card is too narrow.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySmall, openBrowser, openReport, planFolder, planGenerated, type PlannedCounty } from './helpers.js';

/** Text of a card's value that leaves its card, with how far. */
async function outside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const card of document.querySelectorAll('.card')) {
      const box = card.getBoundingClientRect();
      const v = card.querySelector('.v');
      if (!v) continue;
      const range = document.createRange();
      range.selectNodeContents(v);
      for (const r of range.getClientRects()) {
        if (r.right > box.right + 0.5 || r.left < box.left - 0.5) out.push(`${card.getAttribute('data-card')}: ${v.textContent} (${Math.round(r.right - box.right)} px)`);
      }
    }
    return out;
  });
}

/** The small county, planned asking 40 years at the school: nobody is eligible, nobody moves. */
async function planNoMoves(): Promise<PlannedCounty> {
  const dir = copySmall();
  writeFileSync(join(dir, '参数.csv'), '参数,取值\neligibility.min_years,40\n');
  return planFolder(dir);
}

for (const [label, plan] of [['generated', planGenerated], ['no moves', planNoMoves]] as const) {
  describe(`the key figures of report.html (${label})`, () => {
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

    for (const width of [1100, 760, 420]) {
      it(`stay inside their cards at ${width} px wide`, async () => {
        await page.setViewportSize({ width, height: 900 });
        expect(await page.$$eval('.card', (cs) => cs.length)).toBe(6);
        expect(await outside(page)).toEqual([]);
      });
    }

    it('stay inside their cards on an A4 page', async () => {
      // An A4 page's width within its 12 mm margins, at 96 px per inch.
      await page.setViewportSize({ width: 703, height: 1000 });
      await page.emulateMedia({ media: 'print' });
      try {
        expect(await outside(page)).toEqual([]);
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
    });

    it('keep the backbone figure as summary.json gives it', async () => {
      const v = await page.$eval('.card[data-card="backbone"] .v', (x) => x.textContent ?? '');
      expect(v.startsWith(String(c.summary.counts['backbone_moved']))).toBe(true);
      if (c.summary.counts['moved'] === 0) expect(v).toContain('无交流');
      else expect(v).toMatch(/（\d+\.\d%）$/u);
    });
  });
}
