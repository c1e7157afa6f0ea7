/**
 * The report as a person uses it from a USB stick: the table of moves filters by school, subject
 * and township, and nothing is fetched: every request other than the file itself is blocked and
 * recorded, and none is attempted.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, openReport, planGenerated, screenshot, type PlannedCounty } from './helpers.js';

/** Teacher ids of the rows the page shows, and the count it says it shows. */
async function visible(page: Page): Promise<{ ids: string[]; said: number }> {
  const ids = await page.$$eval('#moves-table tbody tr', (trs) => trs.filter((tr) => (tr as HTMLElement).offsetParent !== null).map((tr) => tr.getAttribute('data-teacher') ?? ''));
  const said = Number(await page.textContent('#moves-shown'));
  return { ids: ids.sort(), said };
}

describe('report.html in use', () => {
  let ctx: BrowserContext;
  let page: Page;
  let requests: string[];
  let problems: string[];
  let c: PlannedCounty;
  const township = new Map<string, string>();

  beforeAll(async () => {
    c = await planGenerated();
    for (const s of c.inputs.schools) township.set(s['school_id'] ?? '', s['township'] ?? '');
    ctx = await openBrowser();
    ({ page, requests, problems } = await openReport(ctx, c));
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('fetches nothing: the only request is the file itself, and nothing was stopped or failed', async () => {
    await page.waitForLoadState('networkidle');
    expect(requests).toEqual([c.url]);
    expect(problems).toEqual([]);
  });

  it('would notice a fetch: the checks see a request the page tries to make', async () => {
    const probe = await ctx.newPage();
    const seen: string[] = [];
    await probe.route('**/*', async (route) => {
      seen.push(route.request().url());
      await route.abort();
    });
    await probe.setContent('<img src="https://cdn.example.invalid/x.png">');
    expect(seen).toContain('https://cdn.example.invalid/x.png');
    await probe.close();
  });

  it('refers to nothing outside the file', () => {
    const html = readFileSync(c.report, 'utf8');
    // Only in-page links (#rules) and the SVG namespace name, which is never fetched.
    const refs = [...html.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]*)/giu)].map((m) => m[1] ?? '').filter((u) => !u.startsWith('#'));
    expect(refs).toEqual([]);
    const urls = [...html.matchAll(/@import|url\((?!#)[^)]*\)|[a-z]+:\/\/[^\s"'<>]*/giu)].map((m) => m[0]).filter((u) => u !== 'http://www.w3.org/2000/svg');
    expect(urls).toEqual([]);
    expect(html).toContain("default-src 'none'");
  });

  it('shows only the rows of the school chosen (leaving it or joining it)', async () => {
    const school = c.assignments[0]?.['from_school_id'] ?? '';
    await page.selectOption('#f-school', school);
    const shown = await visible(page);
    const expected = c.assignments.filter((a) => a['from_school_id'] === school || a['to_school_id'] === school).map((a) => a['teacher_id'] ?? '').sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(c.assignments.length);
    expect(shown.ids).toEqual(expected);
    expect(shown.said).toBe(expected.length);
    await screenshot(page, 'report-filter-school');
  });

  it('narrows by subject and by township as well, and resets', async () => {
    const first = c.assignments[0];
    const school = first?.['from_school_id'] ?? '';
    const subject = first?.['subject'] ?? '';
    await page.selectOption('#f-school', school);
    await page.selectOption('#f-subject', subject);
    const both = c.assignments.filter((a) => (a['from_school_id'] === school || a['to_school_id'] === school) && a['subject'] === subject);
    expect((await visible(page)).ids).toEqual(both.map((a) => a['teacher_id'] ?? '').sort());

    await page.click('#f-reset');
    expect((await visible(page)).ids).toHaveLength(c.assignments.length);

    const town = township.get(c.assignments.at(-1)?.['to_school_id'] ?? '') ?? '';
    await page.selectOption('#f-township', town);
    const inTown = c.assignments.filter((a) => township.get(a['from_school_id'] ?? '') === town || township.get(a['to_school_id'] ?? '') === town);
    const shown = await visible(page);
    expect(shown.ids).toEqual(inTown.map((a) => a['teacher_id'] ?? '').sort());
    expect(shown.said).toBe(inTown.length);

    await page.selectOption('#f-subject', subject);
    const townAndSubject = inTown.filter((a) => a['subject'] === subject);
    expect((await visible(page)).ids).toEqual(townAndSubject.map((a) => a['teacher_id'] ?? '').sort());
    await page.click('#f-reset');
    expect((await visible(page)).said).toBe(c.assignments.length);
  });

  it('still fetched nothing after being used', () => {
    expect(requests).toEqual([c.url]);
    expect(problems).toEqual([]);
  });
});
