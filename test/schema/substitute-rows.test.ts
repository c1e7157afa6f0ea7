/**
 * A substitute (用人形式 代课, 代课教师, 临时代课) is no 专任教师, as a row whose 教职工类别 is 代课教师
 * is not: the row is left out before it is read, with one warning per table, unless 岗位类别 or 职务
 * makes the person a principal or vice principal. Kept, a substitute filled a post the rotation
 * should fill and counted in the 优质均衡 indicators, which count 专任教师.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import { planInProcess, readPlanCsv } from '../helpers/plan-run.js';
import { load, SCHOOLS } from './load-county-helpers.js';

const WARNING_ZH = '名代课教师（用人形式为代课）未读入: 不参加交流轮岗, 也不计入学校教师数';

describe('substitutes, by 用人形式', () => {
  it('are left out with one warning naming the rows; a substitute principal or vice principal stays, and so do 合同 and 特岗 staff', async () => {
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限,岗位类别,职务,用人形式
T1,王芳,001,数学,8,教师,,在编
T2,李强,001,语文,1,,,代课
T3,张敏,002,音乐,1,,,代课教师
T4,赵六,002,语文,9,副校长,,代课
T5,钱七,003,体育,2,,,3-临时代课
T6,孙八,003,数学,5,专业技术岗位,校长,代课
T7,周九,003,美术,2,,,合同
T8,吴十,003,语文,1,,,特岗教师
`;
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.teachers.map((t) => [t.id, t.role])).toEqual([
      ['T1', 'teacher'],
      ['T4', 'vice_principal'],
      ['T6', 'principal'],
      ['T7', 'teacher'],
      ['T8', 'teacher'],
    ]);
    expect(formatIssues(r.value.warnings ?? [])).toContain(
      `teachers.csv: 3 ${WARNING_ZH}（第3、4、6行） / 3 substitute teachers (用人形式 代课) were not read: they take no part in the rotation and count in no school's teachers (rows 3, 4, 6)`,
    );
  });

  it('a row both 代课教师 by 教职工类别 and 代课 by 用人形式 is told once, among the staff who are not teachers', async () => {
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限,教职工类别,用人形式\nT1,王芳,001,数学,8,专任教师,在编\nT2,李强,001,语文,1,代课教师,代课\n`;
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.teachers.map((t) => t.id)).toEqual(['T1']);
    const lines = formatIssues(r.value.warnings ?? []);
    expect(lines.filter((w) => w.includes('第3行'))).toHaveLength(1);
    expect(lines.some((w) => w.includes(WARNING_ZH))).toBe(false);
  });

  it("a 代课 音乐 teacher at a rural school fills no 音乐 post and counts in no PE-and-arts indicator of the plan's schools.csv", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-substitutes-'));
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限,用人形式
T1,王芳,001,数学,8,在编
T2,李强,001,音乐,7,在编
T3,张敏,002,语文,3,在编
T4,郑一,003,数学,6,在编
T9,刘代,003,音乐,2,代课
`;
    const posts = `school_id,subject,posts\n001,数学,1\n001,音乐,1\n002,语文,1\n003,数学,1\n003,音乐,1\n`;
    const files = { 'schools.csv': SCHOOLS, 'teachers.csv': teachers, 'posts.csv': posts };
    for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
    // No quota: the figures before the plan are the point, whatever the plan does.
    const r = await planInProcess(Object.keys(files).map((f) => join(dir, f)), join(dir, 'plan'), { sets: [{ key: 'rules.quota_share', value: '0', file: '--set' }] });
    if (r.kind !== 'written') throw new Error(r.kind);
    expect(formatIssues(r.report.county.warnings ?? [])).toContain(
      `teachers.csv: 1 ${WARNING_ZH}（第6行） / 1 substitute teacher (用人形式 代课) was not read: he or she takes no part in the rotation and counts in no school's teachers (row 6)`,
    );
    expect(r.report.county.teachers.map((t) => t.id)).not.toContain('T9');
    const rural = readPlanCsv(join(dir, 'plan', 'schools.csv')).rows.find((row) => row['学校代码'] === '003');
    // 003 has 150 students and one 音乐 post: the substitute neither fills it nor counts per 100 students.
    expect(rural).toMatchObject({ 调整前教师数: '1', 调整前缺员: '1', 紧缺学科缺员前: '1', 小学部调整前每百名学生体音美教师数: '0' });
  });
});
