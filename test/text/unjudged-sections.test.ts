/**
 * A school with no students, or a teaching point under indicator.teaching_point_min_students, is
 * left out of the 优质均衡 figures: the terminal (plan and validate) names it, as it names the
 * two-section schools left out for want of per-section students, in both languages.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unjudgedSectionLines } from '../../src/text/county-standing.js';
import { terminalSummary } from '../../src/text/terminal-summary.js';
import { planInProcess } from '../helpers/plan-run.js';

/** The sample county with 青山乡老马营小学 (341122027) at 0 students and 341122016 a teaching point of 30. */
function sampleWithUnjudged(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'rotate-unjudged-'));
  const sample = join(import.meta.dirname, '../../data');
  const lines = readFileSync(join(sample, '学校.csv'), 'utf8').split('\n');
  const edited = lines.map((line, i) => {
    const l = line.replace(/\r$/u, '');
    if (i === 0) return `${l},教学点`;
    if (l === '') return l;
    const cells = l.split(',');
    if (cells[0] === '341122027') cells[4] = '0';
    if (cells[0] === '341122016') cells[4] = '30';
    return `${cells.join(',')},${cells[0] === '341122016' ? '是' : '否'}`;
  });
  writeFileSync(join(dir, '学校.csv'), edited.join('\n'));
  for (const f of ['教师.csv', '岗位.csv']) writeFileSync(join(dir, f), readFileSync(join(sample, f)));
  return ['学校.csv', '教师.csv', '岗位.csv'].map((f) => join(dir, f));
}

describe('sections left out for no students or a small teaching point', () => {
  it('names them, the code beside a repeated name, the section of a school of two', () => {
    const schools = [
      { id: 'A', name: '东村小学', stage: 'primary' as const },
      { id: 'B', name: '东村小学', stage: 'primary' as const },
      { id: 'C', name: '西镇学校', stage: 'nine_year' as const },
      { id: 'D', name: '北山教学点', stage: 'primary' as const },
    ];
    const section = (schoolId: string, stage: 'primary' | 'junior', students: number, teachingPoint = false) => ({ schoolId, stage, students, teachingPoint });
    expect(unjudgedSectionLines([section('A', 'primary', 0), section('C', 'primary', 0), section('D', 'primary', 12, true)], schools, 50, 'zh')).toEqual([
      '  2 个学校（学部）无在校学生, 未计入: 东村小学（A）、西镇学校小学部',
      '  1 个教学点学生数不足 50 人（indicator.teaching_point_min_students）, 未计入: 北山教学点（12 人）',
    ]);
    expect(unjudgedSectionLines([section('A', 'primary', 0)], schools, 50, 'en')).toEqual(['  1 school with no students is left out: 东村小学 (A)']);
    expect(unjudgedSectionLines([], schools, 50, 'zh')).toEqual([]);
  });

  it('plan\'s summary and validate name the sample\'s school at 0 students and its small teaching point, in both languages', async () => {
    const files = sampleWithUnjudged();
    const out = await planInProcess(files, join(mkdtempSync(join(tmpdir(), 'rotate-unjudged-plan-')), 'plan'));
    if (out.kind !== 'written') throw new Error(out.kind);
    const zh = terminalSummary(out.report, 'plan', 'zh', { color: false });
    const empty = '  1 所学校无在校学生, 未计入: 青山乡老马营小学';
    const point = '  1 个教学点学生数不足 50 人（indicator.teaching_point_min_students）, 未计入: 半塔镇前刘营小学（30 人）';
    expect(zh).toContain(empty);
    expect(zh).toContain(point);
    const en = terminalSummary(out.report, 'plan', 'en', { color: false });
    expect(en).toContain('  1 school with no students is left out: 青山乡老马营小学');
    expect(en).toContain('  1 teaching point under 50 students (indicator.teaching_point_min_students) is left out: 半塔镇前刘营小学 (30)');
    // Both are out of the primary CVs' schools: 20 in the sample.
    expect(out.report.summary.indicators.cv.find((e) => e.stage === 'primary')?.schools).toBe(18);
    const v = spawnSync(process.execPath, [join(import.meta.dirname, '../../bin/rotate.js'), 'validate', ...files, '--set', 'plan.year=2026'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(v.status, v.stderr).toBe(0);
    expect(v.stdout.split('\n')).toEqual(expect.arrayContaining([empty, point]));
  });
});
