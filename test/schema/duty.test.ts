/**
 * The national system's 岗位类别 is the post class (专业技术岗位, 管理岗位), which does not say who
 * leads the school; a county's roster names the principal in 职务. A leader in either column is a
 * leader; other offices (教导主任, 班主任 …) are teachers'; 管理岗位 was an error on every row.
 */
import { describe, expect, it } from 'vitest';
import { dutyRole } from '../../src/schema/duty.js';
import { formatIssues } from '../../src/schema/format-issue.js';
import { load, problems, SCHOOLS } from './load-county-helpers.js';

describe('职务 beside 岗位类别', () => {
  it('names the principal and vice principals where 岗位类别 is the post class; other offices are teachers\'', async () => {
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限,岗位类别,职务,教职工类别
T1,王芳,001,数学,8,专业技术岗位,教导主任,专任教师
T2,李强,001,语文,7,管理岗位,校长兼书记,专任教师
T3,张敏,002,,3,管理岗位,副校长（主持工作）,行政人员
T4,赵六,002,,9,管理岗位,总务主任,行政人员
T5,钱七,003,音乐,5,管理岗位,校长助理,专任教师
T6,孙八,003,美术,5,校长,,专任教师
`;
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.teachers.map((t) => [t.id, t.role])).toEqual([
      ['T1', 'teacher'],
      ['T2', 'principal'],
      ['T3', 'vice_principal'],
      ['T5', 'teacher'],
      ['T6', 'principal'],
    ]);
    // T4, a 行政人员 whose office leads nothing, is left out as staff who do not teach.
    expect(formatIssues(r.value.warnings ?? []).some((w) => w.startsWith('teachers.csv: 1 名非专任教师') && w.includes('第5行'))).toBe(true);
  });

  it('where both columns name a leader they must agree', async () => {
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限,岗位类别,职务\nT1,王芳,001,数学,8,校长,副校长\nT2,李强,001,语文,7,副校长,副校长\n`;
    const { lines } = await problems({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers });
    expect(lines).toEqual(['teachers.csv 第2行「职务」: 与岗位类别不一致（岗位类别为校长） / row 2 duty: disagrees with role (principal)']);
  });

  it('reads an office by the leader it names', () => {
    expect(['校长', '执行校长', '书记、校长', '副校长', '党支部书记兼副校长', '校长助理', '教研组长', '', '无'].map(dutyRole)).toEqual([
      'principal',
      'principal',
      'principal',
      'vice_principal',
      'vice_principal',
      'teacher',
      'teacher',
      'teacher',
      'teacher',
    ]);
  });
  it('reads 岗位类别 written as rosters write a leader (党支部书记兼校长, 副校长（主持工作）, 执行校长) as 职务 reads it; other words there are still refused', async () => {
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限,岗位类别
T1,王芳,001,数学,8,党支部书记兼校长
T2,李强,001,语文,7,副校长（主持工作）
T3,张敏,002,,9,执行校长
T4,赵六,002,语文,6,副校长(主持工作)
T5,钱七,003,音乐,5,校长兼书记
T6,孙八,003,美术,5,教师
`;
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.teachers.map((t) => [t.id, t.role])).toEqual([
      ['T1', 'principal'],
      ['T2', 'vice_principal'],
      ['T3', 'principal'],
      ['T4', 'vice_principal'],
      ['T5', 'principal'],
      ['T6', 'teacher'],
    ]);
    // A word that names no principal or vice principal is refused as before, naming file, row and column.
    const { lines } = await problems({ 'schools.csv': SCHOOLS, 'teachers.csv': '工号,姓名,学校代码,任教学科,本校任教年限,岗位类别\nT1,王芳,001,数学,8,校长助理\n' });
    expect(lines.some((l) => l.startsWith('teachers.csv 第2行「岗位类别」') && l.includes('校长助理'))).toBe(true);
  });
});
