/**
 * A filtered list of moves, printed. The filter form is not printed, so a page printed after
 * choosing one school showed its few rows under 交流名单 as if they were the whole list, with
 * nothing to say they were not. The printout now says, above the table, what it was filtered by
 * and how many of how many moves it shows; unfiltered, it says nothing.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, openReport, planGenerated, type PlannedCounty } from './helpers.js';

describe('a filtered list of moves on paper', () => {
  let ctx: BrowserContext;
  let page: Page;
  let c: PlannedCounty;
  beforeAll(async () => {
    c = await planGenerated();
    ctx = await openBrowser();
    page = (await openReport(ctx, c)).page;
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('says what it was filtered by and how many rows it shows', async () => {
    const id = c.assignments[0]?.['from_school_id'] ?? '';
    const subject = c.assignments[0]?.['subject'] ?? '';
    await page.selectOption('#f-school', id);
    await page.selectOption('#f-subject', subject);
    const name = await page.$eval('#f-school', (s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
    const shown = c.assignments.filter((a) => (a['from_school_id'] === id || a['to_school_id'] === id) && a['subject'] === subject).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(c.assignments.length);
    // On screen the form says it; the line is for paper.
    expect(await page.isVisible('#moves-filter-note')).toBe(false);
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.isVisible('#move-filters')).toBe(false);
      expect(await page.isVisible('#moves-filter-note')).toBe(true);
      const text = await page.textContent('#moves-filter-note');
      expect(text).toContain(`学校 ${name}`);
      expect(text).toContain(`学科 ${subject}`);
      expect(text).toContain(`${shown} / ${c.assignments.length} 人`);
      // The reset button is not printed either: pressed in the page.
      await page.evaluate(() => (document.getElementById('f-reset') as HTMLButtonElement).click());
      expect(await page.isVisible('#moves-filter-note')).toBe(false);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
