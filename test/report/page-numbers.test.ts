/**
 * A printed report.html numbers its pages. A 120-school county's report prints on some 60 A4
 * pages, a 400-school county's on 200, and none said which page it was: in a meeting nobody could
 * say "page 7". Each page now has 第 N / M 页 at its foot, from the page's own @page rule (a browser
 * that does not know page-margin boxes prints as before).
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, openReport, planSmall, type PlannedCounty } from './helpers.js';

describe('the printed pages of report.html', () => {
  let ctx: BrowserContext;
  let c: PlannedCounty;
  beforeAll(async () => {
    c = await planSmall();
    ctx = await openBrowser();
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('carry 第 N / M 页 at the foot of each A4 page', async () => {
    const { page } = await openReport(ctx, c);
    const margins = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) =>
        [...sheet.cssRules]
          .filter((r): r is CSSPageRule => r instanceof CSSPageRule)
          .flatMap((r) => [...((r as unknown as { cssRules?: CSSRuleList }).cssRules ?? [])].map((m) => ({ box: (m as unknown as { name: string }).name, content: (m as unknown as { style: CSSStyleDeclaration }).style.getPropertyValue('content'), size: r.style.getPropertyValue('size') }))),
      ),
    );
    expect(margins).toEqual([{ box: 'bottom-center', content: '"第 " counter(page) " / " counter(pages) " 页"', size: 'a4' }]);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.close();
  });
});
