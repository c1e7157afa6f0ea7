/**
 * The lines about what the county's own files leave out: the two-section schools without their
 * sections' students are named with the columns each lacks, not always both.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidate } from '../../src/pipeline/run-validate.js';
import { missingSectionLines } from '../../src/text/county-standing.js';
import { qualityFigures } from '../../src/plan/quality.js';

describe('missingSectionLines', () => {
  it('gives a line for each set of columns lacked, in the order first met', () => {
    const lines = missingSectionLines(
      [
        { schoolId: 'A', stage: 'nine_year', columns: ['primary_students', 'junior_students'] },
        { schoolId: 'B', stage: 'complete', columns: ['junior_students'] },
        { schoolId: 'C', stage: 'twelve_year', columns: ['primary_students', 'junior_students'] },
      ],
      'zh',
    );
    // Each line names the kinds of school it lists.
    expect(lines).toEqual(['  2 所九年一贯制学校或十二年一贯制学校缺少分学部学生数（小学部学生数、初中部学生数）, 未计入: A、C', '  1 所完全中学缺少分学部学生数（初中部学生数）, 未计入: B']);
    expect(missingSectionLines([{ schoolId: 'B', stage: 'complete', columns: ['junior_students'] }], 'en')).toEqual(['  1 complete secondary school lacks per-section students (junior_students) and is left out: B']);
    expect(missingSectionLines([], 'zh')).toEqual([]);
  });

  it('names only 初中部学生数 for a school whose 小学部学生数 is given (the sample with one school\'s filled in)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-standing-'));
    const sample = join(import.meta.dirname, '../../data');
    const schools = readFileSync(join(sample, '学校.csv'), 'utf8').split('\n');
    const filled = schools.map((line, i) => (i === 0 ? `${line.replace(/\r$/u, '')},小学部学生数` : line === '' ? line : `${line.replace(/\r$/u, '')},${line.startsWith('341122022,') ? '300' : ''}`));
    writeFileSync(join(dir, '学校.csv'), filled.join('\n'));
    for (const f of ['教师.csv', '岗位.csv']) writeFileSync(join(dir, f), readFileSync(join(sample, f)));
    const r = await runValidate([join(dir, '学校.csv'), join(dir, '教师.csv'), join(dir, '岗位.csv')], [], 2026);
    if (r.kind !== 'valid') throw new Error(r.kind);
    // 341122022 is judged on its 小学部 (summary and schools.csv give its figures): only its 初中部 is left out.
    expect(missingSectionLines(r.missingSections, 'zh')).toEqual(['  2 所九年一贯制学校缺少分学部学生数（小学部学生数、初中部学生数）, 未计入: 341122012、341122030', '  1 所九年一贯制学校缺少分学部学生数（初中部学生数）, 其初中部未计入: 341122022']);
    expect(qualityFigures(r.planned, r.policy, []).sections.filter((x) => x.before.section.schoolId === '341122022' && x.judged).map((x) => x.before.section.stage)).toEqual(['primary']);
  });

  it('says which section is left out of a 九年一贯制 or 十二年一贯制 given one section\'s students, and the whole school for a 完全中学 or one given neither', () => {
    const missing = [
      { schoolId: 'N', stage: 'nine_year' as const, columns: ['junior_students' as const] },
      { schoolId: 'T', stage: 'twelve_year' as const, columns: ['primary_students' as const] },
      { schoolId: 'M', stage: 'nine_year' as const, columns: ['junior_students' as const] },
      { schoolId: 'C', stage: 'complete' as const, columns: ['junior_students' as const] },
    ];
    expect(missingSectionLines(missing, 'zh')).toEqual([
      '  2 所九年一贯制学校缺少分学部学生数（初中部学生数）, 其初中部未计入: N、M',
      '  1 所十二年一贯制学校缺少分学部学生数（小学部学生数）, 其小学部未计入: T',
      '  1 所完全中学缺少分学部学生数（初中部学生数）, 未计入: C',
    ]);
    expect(missingSectionLines(missing, 'en')).toEqual([
      '  2 nine-year schools lack per-section students (junior_students) and their junior sections are left out: N, M',
      '  1 twelve-year school lacks per-section students (primary_students) and its primary section is left out: T',
      '  1 complete secondary school lacks per-section students (junior_students) and is left out: C',
    ]);
  });
});
