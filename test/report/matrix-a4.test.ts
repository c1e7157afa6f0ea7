/**
 * The township matrix (乡镇间交流人数) of a county of 23 townships printed on A4. Its columns,
 * each at least 2.4 em with 6 px padding, made it 740 px wide on a 703 px page: the browser
 * squeezed the first column until the row names stood one character a line (城/南/街/道) and the
 * corner heading in pieces. Printed, the matrix is set smaller and tighter, its row names on one line.
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

const CITY = ['城南街道', '城西街道', '城东街道', '城关镇'];
const TOWNS = ['三城镇', '杨集镇', '大英乡', '清流镇', '白塔镇', '汊河镇', '钱铺镇', '刘集镇', '马厂乡', '舜山镇', '罗集乡', '五里镇', '古城镇', '施官乡', '石门乡', '桃园乡', '永康镇', '章广镇', '城西街道', '城关镇', '城南街道'];

/** About 1,600 moves: the four city townships send 2 to 60 teachers to each of 20 others, and each of 7 towns a few to another. */
function moves(): Move[] {
  const out: Move[] = [];
  const at = (t: string, i: number): School => ({ ...school(`${t}${i}`, 'rural'), township: t });
  const add = (from: string, to: string, n: number): void => {
    for (let i = 0; i < n; i++) out.push({ teacher: {}, from: at(from, 1), to: at(to, 2) } as unknown as Move);
  };
  CITY.forEach((from, i) => TOWNS.forEach((to, j) => from !== to && add(from, to, 2 + ((i * 7 + j * 13) % 59))));
  TOWNS.slice(0, 7).forEach((from, i) => add(from, TOWNS[(i + 3) % 16] ?? '', 1 + i));
  return out;
}

describe('the township matrix of 23 townships on an A4 page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('fits the page width, each row name on one line', async () => {
    const page = await browser.newPage({ viewport: { width: 703, height: 1000 } });
    await page.setContent(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>${STYLES}</style></head><body><main>${flowMatrix(moves())}</main></body></html>`);
    await page.emulateMedia({ media: 'print' });
    const m = await page.evaluate(() => {
      const t = document.querySelector('table.matrix');
      const rows = [...document.querySelectorAll('table.matrix tbody th, table.matrix tfoot th')].map((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return { name: th.textContent ?? '', lines: lines.size };
      });
      return { right: t?.getBoundingClientRect().right ?? Number.NaN, columns: t?.querySelectorAll('thead th').length ?? 0, rows };
    });
    // The corner, 21 townships teachers join, and the total.
    expect(m.columns).toBe(1 + 21 + 1);
    expect(m.right).toBeLessThanOrEqual(703.5);
    expect(m.rows.length).toBe(12);
    for (const r of m.rows.filter((x) => !x.name.startsWith('合计'))) expect(r.lines, r.name).toBe(1);
    await page.close();
  });
});
