import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFolder } from './helpers.js';

/**
 * A 九年一贯制 given its 小学部学生数 but not its 初中部学生数 is judged on its 小学部 (its figures
 * are in schools.csv and the CVs); the report's note said the school was left out of the
 * coefficients, where only its 初中部 is.
 */
describe('report.html: a two-section school given one section\'s students', () => {
  it('says its other section, not the school, is left out of the coefficients', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-missing-section-'));
    const sample = join(import.meta.dirname, '../../data');
    const schools = readFileSync(join(sample, '学校.csv'), 'utf8').split('\n');
    const filled = schools.map((line, i) => (i === 0 ? `${line.replace(/\r$/u, '')},小学部学生数` : line === '' ? line : `${line.replace(/\r$/u, '')},${line.startsWith('341122022,') ? '300' : ''}`));
    writeFileSync(join(dir, 'schools.csv'), filled.join('\n'));
    for (const [from, to] of [['教师.csv', 'teachers.csv'], ['岗位.csv', 'posts.csv']] as const) writeFileSync(join(dir, to), readFileSync(join(sample, from)));
    const plan = await planFolder(dir);
    const school = plan.schools.find((r) => r['学校代码'] === '341122022');
    // Judged on its 小学部: 300 students and its figures per 100 students.
    expect(school?.['小学部学生数']).toBe('300');
    expect(school?.['小学部调整前每百名学生体音美教师数']).not.toBe('');
    const html = readFileSync(plan.report, 'utf8');
    expect(html).toContain('1 所九年一贯制学校缺少分学部学生数（初中部学生数）, 其初中部未计入差异系数: 341122022');
    expect(html).toContain('1 nine-year school lacks per-section students (junior_students) and its junior section is left out of the coefficients: 341122022');
    expect(html).toContain('2 所九年一贯制学校缺少分学部学生数（小学部学生数、初中部学生数）, 未计入差异系数: 341122012、341122030');
  });
});
