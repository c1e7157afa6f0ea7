/**
 * `rotate sweep` printed its trade-off table as one line per point about 370 columns wide (490 with
 * two parameters), which a terminal folds into unreadable lines. It now keeps to TERMINAL_WIDTH:
 * the figures are cut into tables each led by the swept parameters (or, for long parameter names,
 * by point numbers listed once with their values), the notes are wrapped, an infeasible point's
 * rules are listed under the tables, and no figure is lost.
 */
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/output/display-width.js';
import type { SweepAxis, SweepRow } from '../../src/review/sweep-points.js';
import { sweepText } from '../../src/text/sweep-text.js';
import { TERMINAL_WIDTH } from '../../src/text/wrap-columns.js';

const cv = (after: number) => ['primary', 'junior'].flatMap((stage) => ['degree_per_100', 'backbone_per_100', 'arts_pe_per_100'].map((indicator) => ({ stage, indicator, threshold: 0.5, before: 0.8, after }))) as SweepRow['cv'];

const row = (point: Record<string, string>, i: number): SweepRow => ({ point, status: 'planned', conflicts: [], moves: 100 + i, backboneMoves: 20 + i, shortage: 130 + i, scarceShortage: 87 + i, ruralWeakShortage: 26 + i, backboneGap: 48 + i, backboneSectionsMeeting: 2 + i, sectionsMeetingAll: 1 + i, preferencesMet: 3 + i, homeTownship: 11 + i, termsTotal: 3000 + i, cv: cv(0.4 + i / 1000), degreeGiven: true });

/** The rows of `axes`' every combination, figures told apart by their point's index. */
function rowsOf(axes: readonly SweepAxis[]): SweepRow[] {
  let points: Record<string, string>[] = [{}];
  for (const a of axes) points = points.flatMap((p) => a.values.map((v) => ({ ...p, [a.key]: v })));
  return points.map((p, i) => row(p, i));
}

describe('the sweep table on a terminal', () => {
  const cases: SweepAxis[][] = [
    [{ key: 'weights.moves', values: ['1', '16'] }],
    [{ key: 'weights.moves', values: ['1', '8', '16'] }],
    [{ key: 'weights.indicator_keep', values: ['0', '1', '2', '5', '10'] }],
    [{ key: 'rules.max_backbone_outflow_share', values: ['0.1', '0.2', '0.3'] }, { key: 'weights.moves', values: ['1', '4', '8', '12', '16'] }],
  ];
  for (const axes of cases) {
    it(`fits ${TERMINAL_WIDTH} columns and keeps every figure: ${axes.map((a) => `${a.key}=${a.values.join(',')}`).join(' ')}`, () => {
      const rows = rowsOf(axes);
      const lines = sweepText(axes, rows);
      expect(lines.filter((l) => displayWidth(l) > TERMINAL_WIDTH)).toEqual([]);
      const text = lines.join('\n');
      for (const [i, r] of rows.entries()) {
        for (const figure of [r.moves, r.backboneMoves, r.shortage, r.scarceShortage, r.ruralWeakShortage, r.backboneGap, r.backboneSectionsMeeting, r.sectionsMeetingAll, r.preferencesMet, r.homeTownship, r.termsTotal]) {
          expect(text, `point ${i}: ${figure}`).toMatch(new RegExp(`\\s${figure}(\\s|$)`, 'mu'));
        }
        expect(text).toContain((0.4 + i / 1000).toFixed(3));
      }
    });
  }

  it('right-aligns the figures when no point has a plan, as when one has', () => {
    const [base] = rowsOf([{ key: 'rules.quota_share', values: ['0.1'] }]);
    const before: SweepRow = { ...(base as SweepRow), point: {}, status: 'before', shortage: 179 };
    const failed = ['0.8', '0.9'].map((v): SweepRow => ({ ...(base as SweepRow), point: { 'rules.quota_share': v }, status: 'infeasible', conflicts: [] }));
    const lines = sweepText([{ key: 'rules.quota_share', values: ['0.8', '0.9'] }], failed, before);
    const head = lines.find((l) => l.includes('shortage')) ?? '';
    const row = lines.find((l) => l.includes('调整前 before') && l.includes('179')) ?? '';
    const end = (line: string, text: string): number => displayWidth(line.slice(0, line.indexOf(text) + text.length));
    expect(end(row, '179')).toBe(end(head, 'shortage'));
  });

  it('lists an infeasible point\'s conflicting rules under the tables, wrapped', () => {
    const axes: SweepAxis[] = [{ key: 'rules.quota_share', values: ['0.1', '0.9'] }];
    const [ok] = rowsOf([{ key: 'rules.quota_share', values: ['0.1'] }]);
    const conflict = { rule: 'county_quota', zh: '全县城镇非薄弱学校交流比例（向上取整）' };
    const bad: SweepRow = { ...(ok as SweepRow), point: { 'rules.quota_share': '0.9' }, status: 'infeasible', conflicts: [conflict, { rule: 'school_quota', zh: '城镇非薄弱学校交流比例（每校, 向下取整）' }] as SweepRow['conflicts'] };
    const lines = sweepText(axes, [ok as SweepRow, bad]);
    expect(lines.filter((l) => displayWidth(l) > TERMINAL_WIDTH)).toEqual([]);
    expect(lines.find((l) => /^\s+0\.9\s/u.test(l))).toContain('冲突 infeasible');
    expect(lines.join('').replace(/\s+/gu, '')).toContain('rules.quota_share=0.9:全县城镇非薄弱学校交流比例（向上取整）county_quota+城镇非薄弱学校交流比例（每校,向下取整）school_quota');
  });
});
