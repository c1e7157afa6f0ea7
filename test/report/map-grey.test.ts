/**
 * The flow map printed in black and white. Its schools were dots told apart by colour alone (blue
 * urban, green rural, orange weak), and so were the legend's three swatches: on a black-and-white
 * printer all are the same grey. Rural schools are now triangles, urban ones circles, and a weak
 * school is drawn hollow, in the map and in its legend.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, openReport, planGenerated, type PlannedCounty } from './helpers.js';

describe('the flow map in black and white', () => {
  let ctx: BrowserContext;
  let page: Page;
  let c: PlannedCounty;
  beforeAll(async () => {
    c = await planGenerated();
    ctx = await openBrowser();
    page = (await openReport(ctx, c)).page;
    await page.emulateMedia({ media: 'print' });
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('draws urban, rural and weak schools in different shapes or fills, not only colours', async () => {
    const kinds = await page.$$eval('svg[data-chart="flow-map"] .school', (ms) =>
      ms.map((m) => {
        const style = getComputedStyle(m);
        // What is left without colour: the shape drawn, and whether it is filled or hollow.
        const rgb = (style.fill.match(/\d+/gu) ?? []).map(Number);
        const hollow = rgb.length >= 3 && rgb.slice(0, 3).every((v) => v > 240);
        return { id: m.getAttribute('data-school') ?? '', shape: `${m.tagName}${m.getAttribute('data-shape') ?? ''}|${hollow ? 'hollow' : 'filled'}` };
      }),
    );
    const schools = new Map(c.inputs.schools.map((s) => [s['school_id'], s]));
    expect(kinds.length).toBe(c.inputs.schools.filter((s) => s['lat'] && s['lon']).length);
    const kindOf = (id: string): string => {
      const s = schools.get(id);
      const rural = ['rural', '乡村'].includes(s?.['area'] ?? '');
      if (['yes', '是'].includes(s?.['weak'] ?? '')) return rural ? 'rural weak' : 'town weak';
      return rural ? 'rural' : 'town';
    };
    const shapes = new Map<string, Set<string>>();
    for (const k of kinds) shapes.set(kindOf(k.id), (shapes.get(kindOf(k.id)) ?? new Set()).add(k.shape));
    // Each kind has one look, and the kinds the county has look different from one another.
    expect(shapes.has('town') && shapes.has('rural')).toBe(true);
    expect([...shapes.keys()].some((k) => k.endsWith('weak'))).toBe(true);
    for (const [, s] of shapes) expect(s.size).toBe(1);
    const looks = [...shapes.values()].map((s) => [...s][0]);
    expect(new Set(looks).size).toBe(looks.length);
  });

  it('has a legend whose school swatches differ in shape or fill', async () => {
    const swatches = await page.$$eval('#flows .legend .sw', (ss) =>
      ss.map((s) => {
        const style = getComputedStyle(s);
        const rgb = (style.backgroundColor.match(/\d+(\.\d+)?/gu) ?? []).map(Number);
        const hollow = rgb.length === 4 ? rgb[3] === 0 : rgb.slice(0, 3).every((v) => v > 240);
        return { cls: s.className, look: `${style.borderRadius}|${style.clipPath}|${hollow ? 'hollow' : 'filled'}` };
      }),
    );
    const school = swatches.filter((s) => /\b(town|rural|weak)\b/u.test(s.cls));
    expect(school.length).toBe(3);
    expect(new Set(school.map((s) => s.look)).size).toBe(3);
  });
});
