/**
 * A roster's columns that the tool does not read are named once per table, so that a column it
 * would read under another name (骨干教师级别 for 骨干等级) is noticed rather than read as nothing.
 */
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import { load, SCHOOLS } from './load-county-helpers.js';

describe('columns a roster has that the tool does not read', () => {
  it('are named once per table; 序号, 备注 and the ID number are not', async () => {
    const teachers = `序号,工号,姓名,身份证件号,学校代码,任教学科,本校任教年限,民族,政治面貌,荣誉称号,备注
1,T1,王芳,,001,数学,8,汉族,中共党员,县优秀教师,
2,T2,李强,,002,语文,7,汉族,群众,,
`;
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    const warnings = formatIssues(r.value.warnings ?? []);
    expect(warnings).toContain(
      'teachers.csv: 3 列不是本工具读取的列, 未读取: 「民族」「政治面貌」「荣誉称号」; 若其中有应读取的列（如骨干等级、职称）, 请按 README 的列名改写表头 / 3 columns are not among those the tool reads and were not read: "民族", "政治面貌", "荣誉称号"; if one should be read (backbone, title …), name it as the README does',
    );
    // The schools file's columns are all read: nothing said of it.
    expect(warnings.some((w) => w.startsWith('schools.csv'))).toBe(false);
  });

  it('a long list is cut after ten names', async () => {
    const extra = Array.from({ length: 12 }, (_, i) => `其他${i + 1}`);
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限,${extra.join(',')}\nT1,王芳,001,数学,8${',x'.repeat(12)}\n`;
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    const w = formatIssues(r.value.warnings ?? []).find((l) => l.startsWith('teachers.csv: 12 列'));
    expect(w).toContain('「其他10」…; ');
    expect(w).not.toContain('其他11');
  });
});
