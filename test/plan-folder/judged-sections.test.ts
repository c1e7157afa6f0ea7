import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExplain } from '../../src/cli/explain-command.js';
import { parseSummary, type Summary } from '../../src/plan-folder/summary-file.js';
import { planInProcess, readPlanCsv } from '../helpers/plan-run.js';
import { csvWriter } from '../helpers/csv-writer.js';

/**
 * A hand-made county whose whole-school figures and judged-section figures differ. Nobody has
 * the years to rotate, so the figures after the plan are those before. County-level backbone
 * teachers (骨干) and PE/arts teachers (体音美) per 100 students:
 *
 * - U1 小学 200: two 骨干, one of them 体育: 骨干 1.0 (meets 1.0), 体音美 0.5.
 * - R1 小学 100: one ordinary 语文 teacher.
 * - N1 九年一贯制 300 (小学部 200, 初中部 100): one 骨干 in the 初中部 (1.0, meets), none in the
 *   小学部; the whole school 0.33 meets nothing.
 * - N2 九年一贯制 300 without students per section: three 骨干 (the whole school 1.0), left out of
 *   the CVs and so of every indicator.
 * - P1 a 小学 教学点 of 30 students, under the 50 below which the inspectors leave a teaching
 *   point out: one 音乐 骨干 (3.33 per 100 on both indicators).
 *
 * Judged sections: U1, R1, N1 小学部 (primary), N1 初中部 (junior). Whole schools would count U1,
 * N2 and P1 meeting the backbone indicator, P1 the PE-and-arts one.
 */
function writeCounty(): string[] {
  const w = csvWriter('rotate-judged-');
  const schools = w('schools.csv', [
    ['school_id', 'name', 'stage', 'area', 'students', 'primary_students', 'junior_students', 'teaching_point'],
    ['U1', '城关小学', 'primary', 'urban', '200', '', '', 'no'],
    ['R1', '乡村小学', 'primary', 'rural', '100', '', '', 'no'],
    ['N1', '一贯制学校', 'nine_year', 'rural', '300', '200', '100', 'no'],
    ['N2', '未分学部的一贯制学校', 'nine_year', 'rural', '300', '', '', 'no'],
    ['P1', '教学点', 'primary', 'rural', '30', '', '', 'yes'],
  ]);
  const teachers = w('teachers.csv', [
    ['teacher_id', 'name', 'school_id', 'subject', 'years_at_school', 'backbone', 'teaching_stage'],
    ['T01', '甲', 'U1', '体育', '1', 'county', ''],
    ['T02', '乙', 'U1', '语文', '1', 'county', ''],
    ['T03', '丙', 'R1', '语文', '1', 'none', ''],
    ['T04', '丁', 'N1', '数学', '1', 'county', 'junior'],
    ['T05', '戊', 'N1', '语文', '1', 'none', 'primary'],
    ['T06', '己', 'N2', '语文', '1', 'county', 'primary'],
    ['T07', '庚', 'N2', '数学', '1', 'county', 'primary'],
    ['T08', '辛', 'N2', '英语', '1', 'county', 'junior'],
    ['T09', '壬', 'P1', '音乐', '1', 'county', ''],
  ]);
  return [schools, teachers];
}

async function planned(): Promise<{ dir: string; summary: Summary }> {
  const dir = join(mkdtempSync(join(tmpdir(), 'rotate-judged-plan-')), 'plan');
  const r = await planInProcess(writeCounty(), dir);
  expect(r.kind).toBe('written');
  const read = parseSummary(readFileSync(join(dir, 'summary.json'), 'utf8'), 'summary.json');
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return { dir, summary: read.value };
}

describe('the 优质均衡 indicators count the judged sections, those the CVs are computed over', () => {
  it('counts the sections meeting each indicator, not whole schools (summary.json schools_meeting_before/after)', async () => {
    const { summary } = await planned();
    const ind = summary.indicators;
    // U1 and N1's 初中部; not N2 (no students per section) nor the small teaching point P1.
    expect([ind.backbone_per_100.schools_meeting_before, ind.backbone_per_100.schools_meeting_after]).toEqual([2, 2]);
    // None: P1 alone would meet it, and it is not judged.
    expect([ind.arts_pe_per_100.schools_meeting_before, ind.arts_pe_per_100.schools_meeting_after]).toEqual([0, 0]);
    // The same sections as the CVs: three 小学 sections, one 初中 section.
    expect(ind.cv.filter((e) => e.indicator === 'backbone_per_100').map((e) => [e.stage, e.schools])).toEqual([['junior', 1], ['primary', 3]]);
  });
});

describe('a teaching point under 50 students is left out wherever the CVs leave it out', () => {
  it('has blank indicators in schools.csv (its students shown), and counts in neither county_supply nor sections_meeting_all', async () => {
    const { dir, summary } = await planned();
    const { rows } = readPlanCsv(join(dir, 'schools.csv'));
    const p1 = rows.find((r) => r['school_id'] === 'P1') ?? {};
    expect(p1['primary_students']).toBe('30');
    expect(['before', 'after'].flatMap((w) => ['backbone', 'arts_pe'].map((i) => p1[`primary_${i}_per_100_${w}`]))).toEqual(['', '', '', '']);
    // A judged 小学 beside it is filled in.
    expect(rows.find((r) => r['school_id'] === 'U1')?.['primary_backbone_per_100_before']).toBe('1');
    // 小学 backbone: U1 2 of 2 needed, R1 0 of 1, N1's 小学部 0 of 2; P1's teacher and need are not counted.
    const supply = summary.indicators.county_supply.find((e) => e.stage === 'primary' && e.indicator === 'backbone_per_100');
    expect(supply).toMatchObject({ sections: 3, teachers: 2, needed: 5, short: 3 });
    // Without 学历, two indicators: P1 alone would meet both.
    expect(summary.indicators.sections_meeting_all).toEqual({ before: 0, after: 0 });
  });

  it('is explained as not judged by rotate explain, with no indicator figures', async () => {
    const { dir } = await planned();
    const r = await runExplain(dir, 'P1');
    if (r.kind !== 'answered') throw new Error(r.kind);
    const text = r.lines.join('\n');
    expect(text).toMatch(/小学部（30 人）\s+学生数不足规定人数的教学点, 不评价/u);
    expect(text).toMatch(/a teaching point under the minimum, not judged/u);
    expect(text).not.toMatch(/县级以上骨干数|学历 \(degree\) not given/u);
  });
});
