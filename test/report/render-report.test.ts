/**
 * report.html without a browser: the same plan gives the same bytes, row order in the inputs
 * changes nothing, user text is escaped, and the text-measuring and axis helpers the layout
 * rests on keep their promises.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { esc } from '../../src/report/html.js';
import { renderReport } from '../../src/report/render-report.js';
import { niceAxis, tickText } from '../../src/report/scale.js';
import { fitText, textEm, textPx } from '../../src/report/text-width.js';
import { copySmall, planFolder } from './helpers.js';

describe('renderReport', () => {
  it('gives the same bytes for the same plan, whatever the order of the input rows', async () => {
    const a = await planFolder(copySmall());
    const b = await planFolder(copySmall((_name, text) => {
      const [head, ...rows] = text.trimEnd().split('\n');
      return `${[head, ...rows.reverse()].join('\n')}\n`;
    }));
    const again = await planFolder(a.dir);
    const ra = readFileSync(a.report);
    expect(ra.length).toBeGreaterThan(10_000);
    expect(ra.equals(readFileSync(again.report))).toBe(true);
    // Reordered rows are other bytes, so only the inputs' SHA-256 in the footer may differ.
    const body = (path: string): string => readFileSync(path, 'utf8').replace(/SHA-256 [0-9a-f]+|title="[0-9a-f]{64}"/gu, '');
    expect(body(b.report)).toBe(body(a.report));
  });

  it('writes no clock time and no external reference', async () => {
    const c = await planFolder(copySmall());
    const html = readFileSync(c.report, 'utf8');
    expect(html).not.toMatch(/\d{2}:\d{2}:\d{2}|GMT|UTC/u);
    expect(html).not.toMatch(/<link|<img|@font-face|@import/iu);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('@media print');
    expect(html).toContain('size: A4');
  });

  it('gives the teachers by status in its header, adding up to the county\'s teachers (principals listed for exchange included)', () => {
    // The sample county: 36 principals listed for the principals' exchange, 2 teachers back from an exchange, 16 retiring by the cut-off date.
    const html = readFileSync(join(import.meta.dirname, '../fixtures/golden/sample-expected/report.html'), 'utf8');
    const summary = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/golden/sample-expected/summary.json'), 'utf8')) as { counts: Record<string, number> };
    // Those retiring are a group of their own, as teachers.csv labels them 退休, not 免交流.
    const m = /(\d+) 名教师（符合条件 (\d+), 列入校长交流名单 (\d+), 免交流 (\d+), 截止日前退休 (\d+), 不符合条件 (\d+), 其中交流期满返回原校 (\d+)）/u.exec(html);
    expect(m).not.toBeNull();
    const count = (i: number): number => Number(m?.[i] ?? Number.NaN);
    const [total, eligible, principals, exempt, retiring, notEligible, returned] = [count(1), count(2), count(3), count(4), count(5), count(6), count(7)];
    expect(eligible + principals + exempt + retiring + notEligible).toBe(total);
    expect([total, principals, exempt, retiring, returned]).toEqual([summary.counts['teachers'], summary.counts['principals_due'], summary.counts['exempt'], summary.counts['retiring'], summary.counts['returned_from_exchange']]);
    expect(retiring).toBeGreaterThan(0);
  });

  it('names the two-section schools left out of the coefficients for want of their sections\' students, as summary.json lists them', () => {
    const html = readFileSync(join(import.meta.dirname, '../fixtures/golden/sample-expected/report.html'), 'utf8');
    const summary = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/golden/sample-expected/summary.json'), 'utf8')) as { indicators: { schools_missing_section_students: string[] } };
    const ids = summary.indicators.schools_missing_section_students;
    expect(ids.length).toBeGreaterThan(0);
    expect(html).toContain(`data-missing-sections="${ids.length}">${ids.length} 所九年一贯制学校缺少分学部学生数（小学部学生数、初中部学生数）, 未计入差异系数: ${ids.join('、')}`);
  });

  it('says when the plan is relaxed, and copes with a plan without moves', async () => {
    const c = await planFolder(copySmall());
    const { runPlan } = await import('../../src/pipeline/run-plan.js');
    const out = await runPlan({ inputs: [`${c.dir}/schools.csv`, `${c.dir}/teachers.csv`, `${c.dir}/posts.csv`], outDir: `${c.dir}/again`, sets: [], relax: false, recordTime: false, solver: 'auto' }, { now: () => 0, currentYear: 2026, version: 'test', tag: 't', progress: () => undefined });
    if (out.kind !== 'written') throw new Error(out.kind);
    const r = out.report;
    const relaxed = renderReport({ county: r.county, policy: r.policy, plan: r.plan, summary: r.summary, relaxed: true });
    expect(relaxed).toContain('class="banner"');
    const none = renderReport({ county: r.county, policy: r.policy, plan: { ...r.plan, moves: [] }, summary: r.summary, relaxed: false });
    expect(none).toContain('本方案没有交流教师');
    expect(none).not.toContain('id="moves-table"');
  });
});

describe('escaping', () => {
  it('turns every HTML-special character into an entity and drops control characters', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(esc('城关\u0000一小\u0007')).toBe('城关一小');
    expect(esc(12)).toBe('12');
  });
});

describe('text width', () => {
  it('counts a CJK character as 1 em and Latin as about 0.55 em, erring wide', () => {
    expect(textEm('城关第一小学')).toBe(6);
    expect(textEm('ＡＢ')).toBe(2);
    expect(textEm('abc')).toBeGreaterThanOrEqual(3 * 0.55);
    expect(textEm('abc')).toBeLessThanOrEqual(3 * 0.65);
    expect(textEm('MW')).toBeGreaterThan(textEm('il'));
    expect(textPx('语文', 12)).toBe(24);
  });

  it('cuts text to fit with an ellipsis, and leaves text that fits alone', () => {
    expect(fitText('城关一小', 100, 12)).toEqual({ text: '城关一小', cut: false });
    const cut = fitText('某某县某某镇某某村第一中心小学附属实验学校', 120, 12);
    expect(cut.cut).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(textPx(cut.text, 12)).toBeLessThanOrEqual(120);
  });
});

describe('axis', () => {
  it('includes zero and the data, with round ticks whose labels never touch', () => {
    for (const [lo, hi, width] of [[0, 12, 600], [0, 1.97, 600], [-50.5, 1540, 500], [0, 0, 300], [0, 123456, 200], [0.001, 0.003, 400]] as const) {
      const a = niceAxis(lo, hi, width, 11);
      expect(a.min).toBeLessThanOrEqual(Math.min(0, lo));
      expect(a.max).toBeGreaterThanOrEqual(Math.max(0, hi));
      expect(a.ticks[0]).toBe(a.min);
      const step = (a.ticks[1] ?? a.max) - (a.ticks[0] ?? a.min);
      const spacing = (width * step) / (a.max - a.min);
      const widest = Math.max(...a.ticks.map((t) => textPx(tickText(t, a.digits), 11)));
      if (a.ticks.length > 2) expect(spacing).toBeGreaterThanOrEqual(widest + 12);
    }
  });
});
