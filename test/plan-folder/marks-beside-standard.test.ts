/**
 * A 优质均衡 figure shown beside its ✓/✗ mark and its standard never rounds onto the standard
 * when the mark says it misses it: 体音美教师数 2 over 223 students is 0.8969, short of 0.9, and was
 * shown "0.9 ✗ ≥ 0.9" in rotate explain and "0.90 ✗" in report.html; a CV of 0.50042 was shown
 * "0.500" beside "≤ 0.50" and ✗ on the terminal, in report.html and on plan.xlsx's 优质均衡 sheet.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExplain } from '../../src/cli/explain-command.js';
import { qualitySheet } from '../../src/plan-folder/quality-sheet.js';
import { backboneSection } from '../../src/report/backbone-section.js';
import { terminalSummary } from '../../src/text/terminal-summary.js';
import type { PlanReport } from '../../src/pipeline/run-plan.js';
import { writeIndicatorCounty } from '../helpers/indicator-county.js';
import { planInProcess } from '../helpers/plan-run.js';

/** The hand-made indicator county with U1 at 223 students: PE and arts 2 → 100 × 2 / 223 = 0.8969 before the plan. */
async function plan223(): Promise<{ dir: string; report: PlanReport }> {
  const files = writeIndicatorCounty('zh');
  const schools = files[0] ?? '';
  writeFileSync(schools, readFileSync(schools, 'utf8').replace('U1,城关小学,小学,城区,200', 'U1,城关小学,小学,城区,223'));
  const dir = join(mkdtempSync(join(tmpdir(), 'rotate-marks-')), 'plan');
  const out = await planInProcess(files, dir, { sets: [{ key: 'rules.backbone_share', value: '0', file: '--set' }] });
  if (out.kind !== 'written') throw new Error(out.kind);
  return { dir, report: out.report };
}

/** The report with its first 小学 CV after the plan set to `after`. */
function withCv(report: PlanReport, after: number): PlanReport {
  const ind = report.summary.indicators;
  const cv = ind.cv.map((e) => (e.stage === 'primary' && e.indicator === 'backbone_per_100' ? { ...e, before: 0.4, after } : e));
  return { ...report, summary: { ...report.summary, indicators: { ...ind, cv } } };
}

describe('a figure beside its ✓/✗ mark is on the side of the standard the mark says', () => {
  let county: { dir: string; report: PlanReport };

  it('rotate explain shows 0.897 ✗ for 体音美教师数 2 over 223 students, not 0.9 ✗', async () => {
    county = await plan223();
    const r = await runExplain(county.dir, 'U1');
    if (r.kind !== 'answered') throw new Error(r.kind);
    const row = r.lines.find((l) => l.includes('体音美教师数')) ?? '';
    expect(row.trim().split(/\s+/u)).toEqual(['体音美教师数', '0.897', '✗', '0.45', '✗', '≥', '0.9']);
    const en = r.lines.find((l) => l.includes('PE and arts teachers')) ?? '';
    expect(en).toMatch(/0\.897 ✗/u);
  });

  it('report.html\'s table of sections shows 0.897 → 0.45 ✗', () => {
    const html = readFileSync(join(county.dir, 'report.html'), 'utf8');
    const cell = /<tr data-school="U1" data-section="primary">.*?<td class="num" data-indicator="arts_pe_per_100"[^>]*>([^<]*)</u.exec(html)?.[1];
    expect(cell).toBe('0.897 → 0.45 ');
  });

  it('the terminal shows a CV of 0.50042 as 0.5004 beside ≤ 0.50 and ✗', () => {
    const lines = terminalSummary(withCv(county.report, 0.50042), 'plan', 'zh', { color: false });
    const row = lines.find((l) => l.includes('小学 县级以上骨干教师')) ?? '';
    expect(row.trim().split(/\s+/u)).toEqual(['✗', '小学', '县级以上骨干教师', '3', '≤', '0.50', '0.400', '0.5004']);
  });

  it('report.html\'s CV table shows 0.5004 ✗', () => {
    const html = backboneSection([], withCv(county.report, 0.50042).summary, []);
    const row = /<tr data-stage="primary" data-indicator="backbone_per_100"[^>]*>(.*?)<\/tr>/u.exec(html)?.[1] ?? '';
    expect([...row.matchAll(/<td[^>]*>([^<]*)<\/td>/gu)].map((m) => m[1]).slice(3)).toEqual(['≤ 0.50', '0.400', '0.5004', '✗']);
  });

  it('plan.xlsx\'s 优质均衡 sheet holds 0.5004 beside 0.5 and ✗ 未达标', () => {
    const sheet = qualitySheet('优质均衡', withCv(county.report, 0.50042).summary.indicators, 'zh');
    const row = sheet.rows.find((r) => r[0] === '小学' && String(r[1]).includes('骨干'));
    expect(row?.slice(2)).toEqual([0.5, 0.4, 0.5004, 3, '✗ 未达标']);
  });
});
