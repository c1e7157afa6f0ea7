/**
 * report.html's school charts (shortage, backbone) cut a long label to the label column; where two
 * schools share a name the label carries the code, and the cut took it: two rows read
 * "Liuji Township Beiyangcun Nine-Year…" and nothing told them apart. The cut now falls in the name,
 * the code kept whole.
 */
import { describe, expect, it } from 'vitest';
import type { School } from '../../src/domain/types.js';
import { barChart } from '../../src/report/bar-chart.js';
import { schoolChartLabel } from '../../src/report/section.js';
import { sharedNames } from '../../src/domain/shared-names.js';
import { school } from '../helpers/make-county.js';

describe('a chart label of a school whose long name another school has', () => {
  it('keeps the code whole after the cut; a short shared name and a name of its own are as they were', () => {
    const long = 'Liuji Township Beiyangcun Nine-Year School';
    const schools: School[] = [school('341122018', 'rural', { name: long }), school('341122027', 'rural', { name: long }), school('341122001', 'urban', { name: 'Chengguan No. 1 Primary School' })];
    const repeated = sharedNames(schools);
    const html = barChart({ chart: 't', title: 't', series: [{ cls: 'a', name: 'a' }], rows: schools.map((s) => ({ key: s.id, ...schoolChartLabel(s, repeated), badges: [], values: [1] })), format: String, labelMax: 200 });
    const labels = [...html.matchAll(/<text class="label"[^>]*>(?:<title>[^<]*<\/title>)?([^<]*)<\/text>/gu)].map((m) => m[1] ?? '');
    expect(labels[0]).toMatch(/^Liuji Township\b.*…（341122018）$/u);
    expect(labels[1]).toMatch(/^Liuji Township\b.*…（341122027）$/u);
    expect(labels[2]).toMatch(/^Chengguan No. 1 Primary S[^（]*$/u);
    expect(schoolChartLabel({ ...schools[0]!, name: '西坝中学' }, new Set(['西坝中学']))).toEqual({ label: '西坝中学（341122018）', tail: '（341122018）' });
  });
});
