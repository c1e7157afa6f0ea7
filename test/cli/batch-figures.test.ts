/**
 * rotate plan over county folders ends with the figures a city reads per county (moves, shortage
 * before → after, hard rules held, 优质均衡 sections meeting every standard) and their total; it
 * printed only "2/3 个县已规划" and a time, so the city's figures meant opening every summary.json.
 * The table was 131 columns wide (144 with a county that found no plan), and wrapped on a terminal
 * of 100: its headers are now Chinese over English, a result in Chinese with its English under the table.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/generate/write-county.js';
import { displayWidth } from '../../src/output/display-width.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');

interface SummaryFigures {
  counts: { moved: number; backbone_moved: number };
  shortage: { before: number; after: number; scarce_before: number; scarce_after: number };
  rules: { held: boolean }[];
  indicators: { sections_meeting_all: { before: number; after: number }; cv_primary: { schools: number }; cv_junior: { schools: number } };
}

describe('the batch table of county figures', () => {
  it('gives each planned county its figures from its summary.json, a failed one its outcome in words, and the total of the planned', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rotate-batch-figures-'));
    for (const seed of [1, 2, 3]) await runGenerate(join(root, 'in', `县${seed}`), { teachers: 200, schools: 10, seed, lang: 'zh', encoding: 'utf8' });
    writeFileSync(join(root, 'in', '县3', 'teachers.csv'), '工号,姓名\n1,张三\n');
    const r = spawnSync(process.execPath, [BIN, 'plan', ...[1, 2, 3].map((s) => join(root, 'in', `县${s}`)), '-o', join(root, 'plans'), '-j', '2'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(2);
    const lines = r.stdout.split('\n');
    const row = (name: string): string[] => (lines.find((l) => l.trimStart().startsWith(`${name} `)) ?? '').trim().split(/ {2,}/u);
    const sums = { moved: 0, backbone: 0, before: 0, after: 0, sBefore: 0, sAfter: 0 };
    for (const name of ['县1', '县2']) {
      const s = JSON.parse(readFileSync(join(root, 'plans', name, 'summary.json'), 'utf8')) as SummaryFigures;
      const sections = s.indicators.cv_primary.schools + s.indicators.cv_junior.schools;
      const m = s.indicators.sections_meeting_all;
      expect(row(name)).toEqual([name, '✓ 已规划', String(s.counts.moved), String(s.counts.backbone_moved), `${s.shortage.before} → ${s.shortage.after}`, `${s.shortage.scarce_before} → ${s.shortage.scarce_after}`, `${s.rules.filter((x) => x.held).length}/${s.rules.length}`, `${m.before} → ${m.after} / ${sections}`]);
      sums.moved += s.counts.moved;
      sums.backbone += s.counts.backbone_moved;
      sums.before += s.shortage.before;
      sums.after += s.shortage.after;
      sums.sBefore += m.before;
      sums.sAfter += m.after;
    }
    expect(row('县3').slice(0, 2)).toEqual(['县3', '✗ 输入有误 (2)']);
    const total = row('合计 total');
    expect(total.slice(2, 5)).toEqual([String(sums.moved), String(sums.backbone), `${sums.before} → ${sums.after}`]);
    expect(total[6]).toBe('2/2');
    expect(total[7]).toMatch(new RegExp(`^${sums.sBefore} → ${sums.sAfter} / \\d+$`, 'u'));
    expect(r.stdout).toContain('未规划的县不计入合计: 县3');
    // The table and the lines under it fit a terminal of 100 columns, a Chinese character counting two.
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(100);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}county +result +moves +backbone +shortage +scarce +rules +sections$/u));
    expect(r.stdout).toContain('结果 result: 已规划 = planned; 输入有误 = bad input');
  }, 60_000);
});
