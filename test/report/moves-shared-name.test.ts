/**
 * report.html's list of moves names a school whose name another school has by its name, the code
 * once on the line under it. The cell read 城关第一小学（341122001） and under it 341122001 · 城关镇:
 * the code twice in a narrow column. The school filter, which has no line under the name, keeps
 * the code in the name.
 */
import { describe, expect, it } from 'vitest';
import type { Move } from '../../src/plan/build-plan.js';
import { movesSection } from '../../src/report/moves-section.js';
import { school, teacher } from '../helpers/make-county.js';

describe('a moves-table cell of a school whose name two schools share', () => {
  it('gives the code once, under the name', () => {
    const a = school('341122001', 'urban', { name: '城关第一小学', township: '城关镇' });
    const b = school('341122002', 'urban', { name: '城关第一小学', township: '城关镇' });
    const r = school('341122030', 'rural', { name: '杨郢乡张营学校', township: '杨郢乡' });
    const move = (id: string, from: typeof a): Move => ({ teacher: teacher(id, from.id, '数学'), from, to: r, direction: { zh: '城镇→乡村', en: 'urban → rural' }, reason: { zh: '补缺', en: 'fills' }, locked: false }) as unknown as Move;
    const html = movesSection([move('000001', a), move('000002', b)], [a, b, r]).join('');
    const cells = [...html.matchAll(/<td class="school">(.*?)<\/td>/gu)].map((m) => (m[1] ?? '').replace(/<[^>]+>/gu, ' '));
    expect(cells.length).toBe(4);
    const from = cells.filter((c) => c.includes('城关第一小学'));
    expect(from.length).toBe(2);
    for (const [i, code] of ['341122001', '341122002'].entries()) {
      expect(from[i]?.split(code).length, from[i]).toBe(2);
      expect(from[i]).toContain(`${code} · 城关镇`);
    }
    const options = [...html.matchAll(/<option value="(\d+)">([^<]*)<\/option>/gu)].map((m) => m[2]);
    expect(options).toContain('城关第一小学（341122001）');
    expect(options).toContain('城关第一小学（341122002）');
  });
});
