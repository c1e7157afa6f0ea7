/**
 * The report's objective chart names each bar by its term's short label, as rotate diff and explain
 * do: the moves bar read 调动人数（moves） 324 for a plan of 108 moves at weights.moves=3 (a weighted
 * cost labelled as a headcount), and the indicator shortfall's label was cut (…低于每百名学生标准的缺…).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSummary } from '../../src/plan-folder/summary-file.js';
import { objectiveSection } from '../../src/report/objective-section.js';
import { policy } from '../helpers/make-county.js';

const SUMMARY = join(import.meta.dirname, '../fixtures/golden/sample-expected/summary.json');

describe('the objective chart of report.html', () => {
  it('labels each term as a term, the moves bar a cost, and cuts none', () => {
    const parsed = parseSummary(readFileSync(SUMMARY, 'utf8'), SUMMARY);
    if (!parsed.ok) throw new Error('sample summary.json');
    const s = parsed.value;
    const weighted = { ...s, objective: { ...s.objective, terms: { ...s.objective.terms, moves: 3 * s.counts.moved } } };
    const html = objectiveSection(weighted, policy({ 'weights.moves': '3' }));
    const labels = [...html.matchAll(/<text class="label"[^>]*>(?:<title>[^<]*<\/title>)?([^<]*)<\/text>/gu)].map((m) => m[1] ?? '');
    expect(labels.length).toBe(Object.keys(s.objective.terms).length);
    expect(labels).toContain('调动代价（moves）');
    expect(labels).toContain('指标缺口（indicator_shortfall）');
    expect(html).not.toContain('调动人数（moves）');
    expect(html).toContain('调动代价（moves） · 数值 value: 324');
    for (const l of labels) expect(l).not.toContain('…');
  });
});
