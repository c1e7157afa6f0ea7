/**
 * A roster of the whole staff, as the national system exports it: 教职工类别 says who is a
 * 专任教师. The others are left out before their rows are read (they have no 任教学科, and were an
 * error each), with one warning, unless 岗位类别 makes them a principal or vice principal.
 */
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import { load, SCHOOLS } from './load-county-helpers.js';

describe('staff who do not teach, in a roster of the whole staff', () => {
  it('are left out with one warning; a principal filed as 行政人员 stays', async () => {
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限,岗位类别,教职工类别
T1,王芳,001,数学,8,教师,专任教师
T2,李强,001,,7,,工勤人员
T3,张敏,002,,3,,2-教辅人员
T4,赵六,002,语文,9,校长,行政人员
T5,钱七,003,语文,5,,
`;
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.teachers.map((t) => [t.id, t.role])).toEqual([['T1', 'teacher'], ['T4', 'principal'], ['T5', 'teacher']]);
    expect(formatIssues(r.value.warnings ?? [])).toContain(
      "teachers.csv: 2 名非专任教师（行政人员、教辅人员、工勤人员等）未读入: 不参加交流轮岗, 也不计入学校教师数（第3、4行） / 2 staff who are not teachers (行政人员, 教辅人员, 工勤人员 …) were not read: they take no part in the rotation and count in no school's teachers (rows 3, 4)",
    );
  });

  it('代课教师 and 兼任教师, which the statistics count apart, are left out as no 专任教师', async () => {
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限,教职工类别\nT1,王芳,001,数学,8,专任教师\nT2,李强,001,语文,1,代课教师\nT3,张敏,002,音乐,1,兼任教师\n`;
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.teachers.map((t) => t.id)).toEqual(['T1']);
    expect(formatIssues(r.value.warnings ?? []).some((w) => w.startsWith('teachers.csv: 2 名非专任教师') && w.includes('第3、4行'))).toBe(true);
  });

  it('a row whose 岗位类别 holds such a class is left out too (no 教职工类别 column)', async () => {
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限,岗位类别\nT1,王芳,001,数学,8,教师\nT2,李强,001,,7,工勤人员\nT3,张敏,002,,3,3-行政人员\n`;
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.teachers.map((t) => t.id)).toEqual(['T1']);
    expect(formatIssues(r.value.warnings ?? []).some((w) => w.startsWith('teachers.csv: 2 名非专任教师'))).toBe(true);
  });
});
