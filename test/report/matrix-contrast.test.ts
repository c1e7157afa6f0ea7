/**
 * The township matrix's busiest cells stay legible, in colour and in black and white. A cell is
 * shaded by its number, up to 90 % of the report's blue, and its number was always the page's near
 * black: on the darkest cells (the county's largest flows, which the reader looks for first) the
 * number had a contrast of 3.7 to 1, and printed in grey it sank into the cell. The darkest shade is
 * now 75 % of the blue: every cell's number has at least 4.5 to 1 (WCAG AA), the shades still ordered.
 */
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { School } from '../../src/domain/types.js';
import type { Move } from '../../src/plan/build-plan.js';
import { flowMatrix } from '../../src/report/flow-matrix.js';
import { STYLES } from '../../src/report/styles.js';
import { CHROMIUM } from './helpers.js';
import { school } from '../helpers/make-county.js';

/** Moves from two city townships to five others, 1 to 40 teachers a pair: every shade from the lightest to the darkest. */
function moves(): Move[] {
  const out: Move[] = [];
  const at = (t: string): School => ({ ...school(t, 'rural'), township: t });
  const counts = [40, 33, 27, 20, 14, 9, 5, 3, 2, 1];
  ['城关镇', '城南街道'].forEach((from, i) =>
    ['三城镇', '杨集镇', '大英乡', '清流镇', '白塔镇'].forEach((to, j) => {
      for (let k = 0; k < (counts[i * 5 + j] ?? 1); k++) out.push({ teacher: {}, from: at(from), to: at(to) } as unknown as Move);
    }),
  );
  return out;
}

describe('the shading of the township matrix', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const media of ['screen', 'print'] as const) {
    it(`leaves every number at least 4.5 : 1 against its cell (${media})`, async () => {
      const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
      await page.setContent(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>${STYLES}</style></head><body><main>${flowMatrix(moves())}</main></body></html>`);
      await page.emulateMedia({ media });
      const cells = await page.$$eval('table.matrix td.hot', (tds) => {
        const rgba = (s: string): number[] => (s.match(/[\d.]+/gu) ?? []).map(Number);
        // The cell's colour over the white page, then the relative luminance of it and of the text.
        const lum = ([r = 0, g = 0, b = 0]: number[]): number => {
          const f = (v: number): number => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
          return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
        };
        return tds.map((td) => {
          const style = getComputedStyle(td);
          const [r = 255, g = 255, b = 255, a = 1] = rgba(style.backgroundColor);
          const bg = [r * a + 255 * (1 - a), g * a + 255 * (1 - a), b * a + 255 * (1 - a)];
          const [l1, l2] = [lum(bg), lum(rgba(style.color))].sort((x, y) => y - x);
          return { n: td.textContent ?? '', ratio: ((l1 ?? 0) + 0.05) / ((l2 ?? 0) + 0.05) };
        });
      });
      expect(cells.length).toBe(10);
      for (const c of cells) expect(c.ratio, `cell ${c.n}`).toBeGreaterThanOrEqual(4.5);
      // A larger number is a darker cell.
      const heat = await page.$$eval('table.matrix td.hot', (tds) => tds.map((td) => ({ n: Number(td.textContent), heat: Number((td as HTMLElement).style.getPropertyValue('--heat')) })));
      const byN = [...heat].sort((a, b) => a.n - b.n);
      for (let i = 1; i < byN.length; i++) expect(byN[i]!.heat).toBeGreaterThan(byN[i - 1]!.heat);
      await page.close();
    });
  }
});
