import { describe, expect, it } from 'vitest';
import type { InputIssue } from '../../src/domain/types.js';
import { compareIssues, formatIssue, formatIssues } from '../../src/schema/format-issue.js';

describe('formatIssue', () => {
  it('writes a cell issue with the Chinese header as written and the canonical English name', () => {
    const issue: InputIssue = {
      file: 'teachers.csv',
      row: 12,
      column: '本校任教年限',
      zh: '应为不小于0的整数, 实为「六」',
      en: 'expected a whole number ≥ 0, found "六"',
    };
    expect(formatIssue(issue)).toBe('teachers.csv 第12行「本校任教年限」: 应为不小于0的整数, 实为「六」 / row 12 years_at_school: expected a whole number ≥ 0, found "六"');
  });

  it('recognises headers with units and English headers', () => {
    expect(formatIssue({ file: 's.csv', row: 2, column: '在校学生数（人）', zh: 'z', en: 'e' })).toBe('s.csv 第2行「在校学生数（人）」: z / row 2 students: e');
    expect(formatIssue({ file: 's.csv', row: 2, column: 'Students', zh: 'z', en: 'e' })).toBe('s.csv 第2行「Students」: z / row 2 students: e');
  });

  it('keeps an unknown header as written', () => {
    expect(formatIssue({ file: 'f.csv', row: 2, column: '备注', zh: 'z', en: 'e' })).toBe('f.csv 第2行「备注」: z / row 2 备注: e');
  });

  it('omits the row part of whole-file issues, and the file of whole-input issues', () => {
    expect(formatIssue({ file: 'teachers.csv', zh: '文件是空的', en: 'the file is empty' })).toBe('teachers.csv: 文件是空的 / the file is empty');
    expect(formatIssue({ file: 'teachers.csv', column: '姓名', zh: '缺少必需列「姓名」（name）', en: 'missing required column name (姓名)' })).toBe(
      'teachers.csv: 缺少必需列「姓名」（name） / missing required column name (姓名)',
    );
    expect(formatIssue({ file: '', zh: '缺少学校表', en: 'no schools file' })).toBe('缺少学校表 / no schools file');
  });

  it('writes a row issue without a column', () => {
    expect(formatIssue({ file: 't.csv', row: 5, zh: '此行有2个单元格', en: 'this row has 2 cells' })).toBe('t.csv 第5行: 此行有2个单元格 / row 5: this row has 2 cells');
  });
});

describe('formatIssues', () => {
  it('sorts by file, row (whole-file first), column, deterministically', () => {
    const issues: InputIssue[] = [
      { file: 'teachers.csv', row: 10, column: '姓名', zh: 'a', en: 'a' },
      { file: 'teachers.csv', row: 2, column: '工号', zh: 'b', en: 'b' },
      { file: 'schools.csv', row: 3, column: '学段', zh: 'c', en: 'c' },
      { file: 'teachers.csv', zh: 'd', en: 'd' },
      { file: 'teachers.csv', row: 2, column: '姓名', zh: 'e', en: 'e' },
    ];
    const lines = formatIssues(issues);
    expect(lines.map((l) => l.slice(-1))).toEqual(['c', 'd', 'e', 'b', 'a']);
    expect(formatIssues([...issues].reverse())).toEqual(lines);
    expect([...issues].sort(compareIssues).map((i) => i.zh)).toEqual(['c', 'd', 'e', 'b', 'a']);
  });
});
