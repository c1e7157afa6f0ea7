import { describe, expect, it } from 'vitest';
import type { School } from '../../src/domain/types.js';
import { buildCounty } from '../../src/generate/build-county.js';
import type { Move } from '../../src/plan/build-plan.js';
import { flowMap, MAX_ARROWS } from '../../src/report/flow-map.js';
import { textPx } from '../../src/report/text-width.js';

/** A 3,000-teacher county's schools and moves shaped like a plan's: every town school sends a few teachers to rural schools all over the county. */
function county(): { schools: School[]; moves: Move[] } {
  const c = buildCounty({ teachers: 3000, schools: 120, seed: 7, lang: 'zh' });
  const senders = c.schools.filter((s) => s.area !== 'rural');
  const receivers = c.schools.filter((s) => s.area === 'rural');
  const moves: Move[] = [];
  let k = 0;
  for (const from of senders) {
    for (let i = 0; i < 6; i++) {
      const to = receivers[(k++ * 7) % receivers.length];
      const teacher = c.teachers.find((t) => t.schoolId === from.id) ?? c.teachers[0];
      if (!to || !teacher) continue;
      moves.push({ teacher, from, to, direction: '城镇→乡村', reason: { zh: '', en: '' }, locked: false, preferenceRank: 0, homeTownship: false } as unknown as Move);
    }
  }
  return { schools: c.schools, moves };
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The drawn box of every label of the map, from its text, position and font size (as the report's CSS sets them: names 14 px, counts 12 px). */
function labelBoxes(svg: string): Box[] {
  const boxes: Box[] = [];
  for (const m of svg.matchAll(/<text class="(town|count)"[^>]*? x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)) {
    const font = m[1] === 'town' ? 14 : 12;
    const x = Number(m[2]);
    const y = Number(m[3]);
    boxes.push({ x0: x, y0: y - font * 1.2, x1: x + textPx(m[4] ?? '', font), y1: y + font * 0.35 });
  }
  return boxes;
}

describe('the flow map of a 3,000-teacher county (120 schools)', () => {
  const { schools, moves } = county();
  const map = flowMap(schools, moves);

  it('draws a bounded number of arrows, the largest flows, and counts the rest', () => {
    const drawn = [...map.svg.matchAll(/<g class="flow"[^>]*data-count="(\d+)"/g)].map((m) => Number(m[1]));
    expect(drawn.length).toBe(MAX_ARROWS);
    expect(map.hidden.flows).toBeGreaterThan(0);
    const total = drawn.reduce((a, n) => a + n, 0) + map.hidden.teachers;
    const between = moves.filter((m) => m.from.township !== m.to.township).length;
    expect(total).toBe(between);
  });

  it('places no label over another', () => {
    const boxes = labelBoxes(map.svg);
    expect(boxes.length).toBeGreaterThan(10);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, JSON.stringify([a, b])).toBe(false);
    }
  });
});
