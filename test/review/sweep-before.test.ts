/**
 * The trade-off table starts with the county before any plan (调整前 before): shortage, sections
 * meeting the 优质均衡 standards and the CVs as summary.json gives them before the plan, moves 0.
 * Without it a clerk sweeping weights.indicator_keep read "均达标学部 0, 1, 5, 6" and could not tell
 * how many sections met both standards to begin with (7 in the sample), nor how far each CV fell.
 * When the swept parameter changes those figures (a threshold, a staffing norm), the row is left
 * out and the legend says why.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSweep } from '../../src/cli/sweep-command.js';

const DATA = join(import.meta.dirname, '../../data');
const INPUTS = ['学校.csv', '教师.csv', '岗位.csv'].map((f) => join(DATA, f));

describe('the sweep\'s 调整前 row', () => {
  it('gives the county before the plan, as the plan\'s summary does, in the terminal and the CSV', async () => {
    const r = await runSweep({ inputs: INPUTS, sets: [{ key: 'weights.indicator_keep', value: '0,10', file: '--set' }] }, () => 0, 2026, 'sweep-before', () => undefined);
    if (r.kind !== 'swept') throw new Error(r.kind);
    const before = r.before;
    expect(before).not.toBeNull();
    expect({ moves: before?.moves, shortage: before?.shortage, scarce: before?.scarceShortage, ruralWeak: before?.ruralWeakShortage, backboneOk: before?.backboneSectionsMeeting, all: before?.sectionsMeetingAll }).toEqual({ moves: 0, shortage: 179, scarce: 96, ruralWeak: 131, backboneOk: 8, all: 7 });
    const cv = before?.cv.find((e) => e.stage === 'primary' && e.indicator === 'backbone_per_100');
    expect(cv?.after).toBeCloseTo(0.826748, 6);
    // The row in each of the tables the terminal's width cuts the figures into, read in order.
    const row = r.lines.filter((l) => l.includes('调整前 before')).join(' ').replaceAll('调整前 before', '').trim().split(/\s+/u);
    // status, moves, backbone moves, shortage, scarce, rural/weak, gap, backbone ok, all, preferences, home, the CVs, over, terms_total
    expect(row.slice(0, 11)).toEqual(['—', '0', '0', '179', '96', '131', '56', '8', '7', '0', '0']);
    // The CVs before (小学 backbone 0.827, arts 0.341; 初中 0.708, 0.239; 学历 not given: its columns left out), the number over their ceiling, no terms_total.
    expect(row.slice(11)).toEqual(['0.827', '0.341', '0.708', '0.239', '2', '—']);
    expect(r.lines.some((l) => l.startsWith('调整前 = '))).toBe(true);
  }, 60_000);

  it('writes it as the CSV\'s first row', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const out = join(mkdtempSync(join(tmpdir(), 'sweep-before-')), 'sweep.csv');
    const r = await runSweep({ inputs: INPUTS, sets: [{ key: 'weights.moves', value: '1,16', file: '--set' }], out }, () => 0, 2026, 'sweep-before', () => undefined);
    expect(r.kind).toBe('swept');
    const lines = readFileSync(out, 'utf8').split('\r\n');
    expect(lines[1]?.startsWith('调整前 before,,0,0,179,96,131,')).toBe(true);
    expect(lines[2]?.startsWith('1,可行 ok,108,')).toBe(true);
  }, 60_000);

  it('is left out when the swept parameter changes the figures before the plan', async () => {
    const r = await runSweep({ inputs: INPUTS, sets: [{ key: 'indicator.backbone_per_100', value: '0.8,1', file: '--set' }] }, () => 0, 2026, 'sweep-before', () => undefined);
    if (r.kind !== 'swept') throw new Error(r.kind);
    expect(r.before).toBeNull();
    expect(r.lines.some((l) => l.includes('调整前 before'))).toBe(false);
    expect(r.lines.some((l) => l.includes('各点调整前的数字不同'))).toBe(true);
  }, 60_000);
});
