import { describe, expect, it } from 'vitest';
import { sectionWarnings } from '../../src/domain/teacher-sections.js';
import { postsOf, postTable } from '../../src/domain/staffing.js';
import { policy } from '../helpers/make-county.js';
import { load, problems } from './load-county-helpers.js';

const SCHOOLS = `学校代码,学校名称,学段,城乡类型,在校学生数,小学部学生数,初中部学生数
001,城关一贯制学校,九年一贯制,城区,1200,800,400
002,河口小学,小学,镇区,600,,
`;

const TEACHERS_WITH_STAGE = `工号,姓名,学校代码,任教学科,本校任教年限,任教学段
T1,王芳,001,数学,8,初中
T2,李强,001,语文,7,
T3,张敏,002,语文,3,
T4,赵刚,001,语文,9,高中
`;

const TEACHERS_NO_STAGE = `工号,姓名,学校代码,任教学科,本校任教年限
T1,王芳,001,数学,8
T2,李强,001,数学,7
T3,张敏,001,数学,3
`;

describe('sections in the posts and teachers files', () => {
  it('a posts row of a two-section school without 学段, and a 学段 the school lacks, are errors naming the row', async () => {
    const posts = `学校代码,学科,岗位数,学段
001,数学,5,
001,语文,5,小学
002,语文,3,初中
002,数学,3,
`;
    const { lines } = await problems({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS_NO_STAGE, 'posts.csv': posts });
    expect(lines.some((l) => l.includes('posts.csv 第2行「学段」') && l.includes('须填写学段') && l.includes('must name the section'))).toBe(true);
    expect(lines.some((l) => l.includes('posts.csv 第4行「学段」') && l.includes('没有初中学段'))).toBe(true);
    expect(lines.some((l) => l.includes('第3行') || l.includes('第5行'))).toBe(false);
  });

  it('a posts file without the 学段 column (written before sections) is read: a two-section school\'s posts are split between its sections by their students, and a warning says so', async () => {
    const posts = `学校代码,学科,岗位数
001,数学,5
002,语文,3
`;
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS_NO_STAGE, 'posts.csv': posts });
    if (!r.ok) throw new Error(`not read: ${JSON.stringify(r.issues)}`);
    const table = postTable(r.value, policy());
    // 800 primary and 400 junior students: 5 posts → 3 and 2; the one-section school's stay whole.
    expect([postsOf(table, '001@primary', '数学'), postsOf(table, '001@junior', '数学'), postsOf(table, '002', '语文')]).toEqual([3, 2, 3]);
    const w = sectionWarnings(r.value).find((x) => x.file === 'posts.csv');
    expect(w?.zh).toContain('1 所九年一贯制学校的岗位按各学部学生数的比例分到学部: 001');
    expect(w?.en).toContain('the posts of 1 nine-year school were split');
  });

  it('with a 任教学段 column, an empty cell in a two-section school or a section it lacks is an error; elsewhere it may stay empty', async () => {
    const { issues } = await problems({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS_WITH_STAGE });
    expect(issues.map((i) => [i.row, i.column])).toEqual([[3, '任教学段'], [5, '任教学段']]);
    expect(issues[0]?.zh).toContain('须填写学段');
    expect(issues[1]?.zh).toContain('没有高中学段');
  });

  it('without a 任教学段 column the roster is read, and the split between sections is said in a warning', async () => {
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': TEACHERS_NO_STAGE });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const w = sectionWarnings(r.value);
    expect(w.map((x) => x.file)).toEqual(['teachers.csv', 'schools.csv'].slice(0, w.length));
    expect(w[0]?.zh).toContain('按各学部学生数的比例分到学部');
    expect(w[0]?.en).toContain('3 teachers of 1 nine-year school were split');
  });
});
