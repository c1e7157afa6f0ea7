import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputsOf, publish, sampleCounty, tempDir } from './helpers.js';

describe('a school whose list runs onto a second A4 page', () => {
  it('has the publication period and where to object on every page, not only the first: each sheet goes up on the notice board', async () => {
    const out = join(tempDir('rotate-continued-'), 'eligible');
    const r = await publish(inputsOf(sampleCounty()), out, { 'publish.start': '2026-06-01', 'publish.objections_to': '县教体局人事股 0550-1234567' });
    if (r.kind !== 'written') throw new Error(r.kind);
    // 城关第三初级中学 (341122010) has 23 eligible and 10 exempt teachers: two portrait pages.
    const pages = readFileSync(join(out, 'school-341122010.html'), 'utf8').split('<div class="page"').slice(1);
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      expect(page).toContain('公示期: 2026年6月1日至2026年6月5日（5个工作日）');
      expect(page).toContain('对名单有异议的, 请在公示期内向以下单位反映: 县教体局人事股 0550-1234567');
    }
  });
});
