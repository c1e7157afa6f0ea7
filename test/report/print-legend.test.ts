/**
 * A chart's legend stays with its chart on paper. Printed on A4, a 120-school county's page 2 ended
 * with the heading 缺员变化 and its legend (调整前, 调整后, 乡, 薄, 紧缺) over two thirds of an
 * empty page, the chart they explain on page 3: the legend let the page break after it, and the
 * chart, kept whole, did not fit under it. Printing now keeps a legend with what follows it, as it
 * already kept a heading; the break falls before the heading. The same held for a section's opening
 * note (骨干教师均衡 and its note ended a page, its legend and chart on the next).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, openReport, planGenerated } from './helpers.js';

describe('a chart legend in the printed report.html', () => {
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

  it('is not followed by a page break, nor is the heading before it', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      const legends = await page.$$eval('.legend', (ls) =>
        ls.map((l) => ({ section: l.closest('section')?.id ?? '', after: getComputedStyle(l).breakAfter, heading: l.previousElementSibling?.tagName ?? '', headingAfter: l.previousElementSibling ? getComputedStyle(l.previousElementSibling).breakAfter : '' })),
      );
      expect(legends.map((l) => l.section).sort()).toEqual(['backbone', 'flows', 'shortage']);
      for (const l of legends) expect(l.after, l.section).toBe('avoid');
      const shortage = legends.find((l) => l.section === 'shortage');
      expect(shortage?.heading).toBe('H2');
      expect(shortage?.headingAfter).toBe('avoid');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it("keeps a section's opening note with what follows: 骨干教师均衡 and its note ended a page, the legend and chart on the next", async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      const notes = await page.$$eval('section > h2 + p.note', (ps) => ps.map((p) => ({ section: p.closest('section')?.id ?? '', after: getComputedStyle(p).breakAfter, inside: getComputedStyle(p).breakInside, next: p.nextElementSibling?.className ?? '' })));
      const backbone = notes.find((n) => n.section === 'backbone');
      expect(backbone?.next).toBe('legend');
      // Whole, too: kept from breaking after it, the note split, its last lines carried over with the legend.
      for (const n of notes) expect([n.after, n.inside], n.section).toEqual(['avoid', 'avoid']);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('breaks as it did on screen', async () => {
    expect(await page.$eval('#shortage .legend', (l) => getComputedStyle(l).breakAfter)).toBe('auto');
  });
});
