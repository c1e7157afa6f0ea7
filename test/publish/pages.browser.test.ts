/**
 * The published pages as a person prints them: opened in headless Chromium (Debian's, with the
 * Noto CJK fonts) under print media, printed to A4 PDF. Every page box holds its rows (no row
 * reaches into the footer or beyond the sheet), the PDF has exactly one sheet per page box (so
 * no box, and no row, runs onto a second sheet), every page repeats the running head and its
 * table's header row, and every school has its pages. Sample county and a generated county
 * with long reasons, in both moments, and the sample's second posting after objections. PDFs are
 * left in test-output/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTEFACTS, openBrowser } from '../report/helpers.js';
import { generatedCounty, inputsOf, planCounty, publish, replanWithObjections, sampleCounty, tempDir } from './helpers.js';

interface PageFacts {
  pages: number;
  docs: string[];
  /** Rows (or the footer) that reach past the content area of their page, in mm. */
  overflows: string[];
  /** Pages without a running head, or with a table but no header row. */
  headless: number;
  continued: number;
  pdfPages: number;
}

let browser: BrowserContext;
const folders: { label: string; dir: string; schools: number }[] = [];

beforeAll(async () => {
  browser = await openBrowser();
  const counties = [
    { label: 'sample', dir: sampleCounty() },
    { label: 'generated', dir: await generatedCounty('en', 1000, 10, 3) },
  ];
  for (const c of counties) {
    const plan = await planCounty(c.dir);
    const out = tempDir(`rotate-publish-pages-${c.label}-`);
    // The generated county's long exemption reasons are posted as written (publish.exempt_reason=原文), so that rows wrap over several lines.
    const sets = { 'publish.county': '定远县教育体育局', 'publish.start': '2026-06-01', 'publish.objections_to': '县教体局人事股（电话 0550-1234567）', ...(c.label === 'generated' ? { 'publish.exempt_reason': '原文' } : {}) };
    const a = await publish(inputsOf(c.dir), join(out, 'eligible'), sets);
    const b = await publish([plan], join(out, 'moves'), sets);
    if (a.kind !== 'written' || b.kind !== 'written') throw new Error('publish failed');
    folders.push({ label: `${c.label}-eligible`, dir: join(out, 'eligible'), schools: a.published.schools });
    folders.push({ label: `${c.label}-moves`, dir: join(out, 'moves'), schools: b.published.schools });
    if (c.label !== 'sample') continue;
    // The second posting after the objections: a change column, more lines above the tables and a third table.
    const again = await publish([await replanWithObjections(c.dir, plan)], join(out, 'repost'), sets);
    if (again.kind !== 'written' || !again.published.repost) throw new Error('re-posting failed');
    folders.push({ label: 'sample-repost', dir: join(out, 'repost'), schools: again.published.schools });
  }
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

const measured = new Map<string, PageFacts>();

/** {@link measure}, once per file. */
async function facts(file: string, label: string): Promise<PageFacts> {
  const known = measured.get(file);
  if (known) return known;
  const f = await measure(file, label);
  measured.set(file, f);
  return f;
}

/** Opens a file, emulates print, measures every page box, and prints it to PDF. */
async function measure(file: string, label: string): Promise<PageFacts> {
  const page = await browser.newPage();
  const url = pathToFileURL(file).href;
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  const found = await page.evaluate(() => {
    const mm = 96 / 25.4;
    const boxes = [...document.querySelectorAll<HTMLElement>('.page')];
    const overflows: string[] = [];
    let headless = 0;
    let continued = 0;
    for (const [i, box] of boxes.entries()) {
      const r = box.getBoundingClientRect();
      const pad = parseFloat(getComputedStyle(box).paddingBottom);
      const foot = box.querySelector('.foot')?.getBoundingClientRect();
      const limit = (foot?.top ?? r.bottom - pad) + 0.5;
      for (const tr of box.querySelectorAll('tr')) {
        const b = tr.getBoundingClientRect().bottom;
        if (b > limit) overflows.push(`page ${i + 1}: a row ends ${((b - limit) / mm).toFixed(1)} mm into the footer`);
      }
      if (foot && foot.bottom > r.bottom - pad + 0.5) overflows.push(`page ${i + 1}: footer outside the sheet`);
      if (r.height > 297 * mm) overflows.push(`page ${i + 1}: box taller than A4`);
      const head = box.querySelector('.head')?.textContent ?? '';
      const tables = box.querySelectorAll('table');
      if (!head.includes('2026') || [...tables].some((t) => t.querySelectorAll('thead th').length === 0)) headless += 1;
      if ([...box.querySelectorAll('h2')].some((h) => /（续）|\(continued\)/u.test(h.textContent ?? ''))) continued += 1;
    }
    return { pages: boxes.length, docs: [...new Set(boxes.map((b) => b.dataset['doc'] ?? ''))], overflows, headless, continued };
  });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  mkdirSync(ARTEFACTS, { recursive: true });
  writeFileSync(join(ARTEFACTS, `publish-${label}.pdf`), pdf);
  await page.close();
  const pdfPages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/gu) ?? []).length;
  return { ...found, pdfPages };
}

describe('published pages printed on A4 in Chromium', () => {
  it('every page of every list holds its rows whole, one A4 sheet per page, with the head and the header row on each', async () => {
    expect(folders.length).toBe(5);
    for (const f of folders) {
      const all = await facts(join(f.dir, 'print-all.html'), f.label);
      expect(all.overflows, f.label).toEqual([]);
      expect(all.headless, f.label).toBe(0);
      expect(all.pdfPages, f.label).toBe(all.pages);
      // The index and every school (the pages of index.html and school-*.html): each its own document, starting on a page of its own.
      expect(all.docs.length, f.label).toBe(f.schools + 1);
      expect(all.pages, f.label).toBeGreaterThanOrEqual(f.schools + 1);
    }
  }, 300_000);

  it('a long list goes on over several pages, its caption marked as continued and its header row repeated', async () => {
    const f = folders.find((x) => x.label === 'generated-eligible');
    expect(f).toBeDefined();
    const all = await facts(join(f?.dir ?? '', 'print-all.html'), 'generated-eligible');
    expect(all.continued).toBeGreaterThan(0);
    expect(all.pages).toBeGreaterThan(all.docs.length);
  }, 120_000);
});
