/**
 * A sweep whose points give the same plan (weights.scarce_factor 1, 2 and 4 on the sample: the same
 * 108 teachers to the same schools) showed three rows of equal figures, and the table cannot say
 * whether the same teachers go: the clerk could not tell that the weight changes nothing there. The
 * sweep now names the points of one plan, and says how to write the plan of the point chosen (a
 * sweep writes no plan folder).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSweep } from '../../src/cli/sweep-command.js';
import { sweepText } from '../../src/text/sweep-text.js';
import type { SweepRow } from '../../src/review/sweep-points.js';

const DATA = join(import.meta.dirname, '../../data');
const INPUTS = ['学校.csv', '教师.csv', '岗位.csv'].map((f) => join(DATA, f));
const flat = (s: string): string => s.replace(/\s+/gu, '');
const year = { key: 'plan.year', value: '2026', file: '--set' };

async function swept(key: string, values: string) {
  const r = await runSweep({ inputs: INPUTS, sets: [year, { key, value: values, file: '--set' }] }, () => 0, 2026, 'test', () => undefined);
  if (r.kind !== 'swept') throw new Error(r.kind);
  return r;
}

describe('sweep: points of one plan', () => {
  it('names the points whose plans move the same teachers to the same schools', async () => {
    const r = await swept('weights.scarce_factor', '1,2,4');
    expect(new Set(r.rows.map((x) => x.moves))).toEqual(new Set([r.rows[0]?.moves]));
    // The notes are wrapped to the terminal's width: read without the line breaks.
    expect(flat(r.lines.join(''))).toContain(flat('同一方案 / the same plan: weights.scarce_factor=1、2、4（同样的人调往同样的学校, 在这些取值之间改变参数不改变方案 / the same teachers to the same schools: between these values the parameter changes no move）'));
    expect(flat(r.lines.join(''))).toContain(flat('sweep 不写方案文件夹; 选定一点后用 rotate plan <同样的文件和参数> --set weights.scarce_factor=… -o <新文件夹>'));
  });

  it('names none where every point has its own plan', async () => {
    const r = await swept('weights.moves', '1,16');
    expect(r.lines.some((l) => l.startsWith('同一方案'))).toBe(false);
  });

  it('groups points by who goes where, not by equal figures', () => {
    const row = (v: string, movesKey: string): SweepRow => ({ point: { 'weights.moves': v }, status: 'planned', conflicts: [], moves: 1, backboneMoves: 0, shortage: 5, scarceShortage: 2, ruralWeakShortage: 1, backboneGap: 0, backboneSectionsMeeting: 1, sectionsMeetingAll: 1, preferencesMet: 0, homeTownship: 0, termsTotal: 1, cv: [], degreeGiven: false, movesKey });
    const lines = sweepText([{ key: 'weights.moves', values: ['1', '2', '3'] }], [row('1', 'T1→S2'), row('2', 'T1→S3'), row('3', 'T1→S2')]);
    expect(lines.filter((l) => l.startsWith('同一方案'))).toEqual([expect.stringContaining('weights.moves=1、3（')]);
  });
});
