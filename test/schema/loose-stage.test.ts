/**
 * A teachers sheet's 学段: the stage taught where it says 小学, 初中 or 高中; not read where it copies
 * the schools' 学段 (九年一贯制, 完全中学), which was ignored before 学段 was read there at all.
 */
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import { load } from './load-county-helpers.js';

const SCHOOLS = `学校代码,学校名称,学段,城乡类型,在校学生数,小学部学生数,初中部学生数
001,城关学校,九年一贯制,城区,1200,800,400
002,河口小学,小学,镇区,600,,
`;

describe('学段 in a teachers sheet', () => {
  it('is the stage taught where it names one', async () => {
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限,学段\nT1,王芳,001,数学,8,初中\nT2,李强,001,语文,7,小学\nT3,张敏,002,语文,3,小学\n`;
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.teachers.map((t) => t.teachingStage)).toEqual(['junior', 'primary', 'primary']);
  });

  it('is not read where it copies the schools\' stages, and the unread columns say so', async () => {
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限,学段\nT1,王芳,001,数学,8,九年一贯制\nT2,李强,001,语文,7,九年一贯制\nT3,张敏,002,语文,3,小学\n`;
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.teachers.map((t) => t.teachingStage)).toEqual([undefined, undefined, undefined]);
    expect(formatIssues(r.value.warnings ?? []).some((w) => w.startsWith('teachers.csv: 1 列不是本工具读取的列, 未读取: 「学段」'))).toBe(true);
  });
});
