/**
 * The sweep's last column is the sum of the plan's objective terms (summary.json's
 * objective.terms_total), not the model's objective (model_total), and is named so: it read
 * 目标值 / objective, the words the report and summary.json use for model_total, while rotate diff
 * calls the same sum 各项合计 terms_total. The terminal table, its legend and the CSV name it so;
 * a CSV written before under the former name is still rotate's own, replaced without --force.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSweep } from '../../src/cli/sweep-command.js';
import { sweepCsv } from '../../src/review/sweep-csv.js';
import { sweepText } from '../../src/text/sweep-text.js';
import type { SweepRow } from '../../src/review/sweep-points.js';

const DATA = join(import.meta.dirname, '../../data');
const INPUTS = ['学校.csv', '教师.csv', '岗位.csv'].map((f) => join(DATA, f));
const AXES = [{ key: 'weights.moves', values: ['1', '2'] }];

const row = (moves: string, total: number): SweepRow => ({ point: { 'weights.moves': moves }, status: 'planned', conflicts: [], moves: 3, backboneMoves: 1, shortage: 5, scarceShortage: 2, ruralWeakShortage: 1, backboneGap: 0, backboneSectionsMeeting: 1, sectionsMeetingAll: 1, preferencesMet: 0, homeTownship: 0, termsTotal: total, cv: [], degreeGiven: false });
const headerOf = (csv: string): string[] => (csv.replace(/^\uFEFF/u, '').split('\r\n')[0] ?? '').split(',');

describe('sweep: the total of the objective terms', () => {
  it('is headed 各项合计 / terms_total on the terminal, and the legend says it is not model_total', () => {
    const lines = sweepText(AXES, [row('1', 12.345), row('2', 20)]);
    // Its table, the last the terminal's width cuts the figures into.
    const en = lines.find((l) => l.trim().endsWith('terms_total')) ?? '';
    const zh = lines[lines.indexOf(en) - 1] ?? '';
    expect(zh.trim().endsWith('各项合计')).toBe(true);
    expect(en.trim().endsWith('terms_total')).toBe(true);
    expect(`${zh}${en}`).not.toMatch(/目标值|objective/u);
    // The legend is wrapped to the terminal's width: read without the line breaks.
    const flat = (s: string): string => s.replace(/\s+/gu, '');
    expect(flat(lines.join(''))).toContain(flat('各项合计 = 方案目标函数各项之和（summary.json 的 terms_total, 不是模型目标值 model_total）, 按各点自己的权重计算, 不可横向比较'));
    expect(flat(lines.join(''))).toContain(flat("terms_total = the sum of the plan's objective terms (summary.json's terms_total, not the model's model_total), at each point's own weights, not comparable across points"));
    expect(lines.filter((l) => /^\s+1\s/u.test(l)).at(-1)?.trim().endsWith('12.35')).toBe(true);
  });

  it('is headed 各项合计 in a Chinese CSV and terms_total in an English one', () => {
    expect(headerOf(sweepCsv(AXES, [row('1', 1)], 'zh')).at(-1)).toBe('各项合计');
    expect(headerOf(sweepCsv(AXES, [row('1', 1)], 'en')).at(-1)).toBe('terms_total');
  });

  it('replaces a sweep CSV written under the former name without --force', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sweep-terms-')), 'sweep.csv');
    const former = headerOf(sweepCsv(AXES, [], 'zh')).slice(0, -1).concat('目标值').join(',');
    writeFileSync(out, `\uFEFF${former}\r\n1,可行 ok\r\n`);
    const r = await runSweep({ inputs: INPUTS, sets: [{ key: 'weights.moves', value: '1,2', file: '--set' }], out }, () => 0, 2026, 'sweep-terms', () => undefined);
    expect(r.kind === 'bad-input' ? r.issues.map((i) => i.en) : []).toEqual([]);
    expect(headerOf(readFileSync(out, 'utf8')).at(-1)).toBe('各项合计');
  }, 60_000);
});
