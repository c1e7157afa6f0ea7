/**
 * A school whose 学段 is 教学点 (办学类型 218 小学教学点), as the statistics write it, is a 小学 that
 * is a teaching point; it was an error that said how to write it instead.
 */
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/schema/format-issue.js';
import { load, problems } from './load-county-helpers.js';

const TEACHERS = `工号,姓名,学校代码,任教学科,本校任教年限\nT1,王芳,001,数学,8\nT2,李强,002,语文,7\n`;

describe('教学点 as a school\'s 学段', () => {
  it('is a 小学 teaching point', async () => {
    const schools = `学校代码,学校名称,学段,城乡类型,在校学生数\n001,城关一小,小学,城区,1200\n002,山背教学点,218-小学教学点,乡村,40\n`;
    const r = await load({ 'schools.csv': schools, 'teachers.csv': TEACHERS });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.schools.map((s) => [s.id, s.stage, s.teachingPoint])).toEqual([['001', 'primary', undefined], ['002', 'primary', true]]);
  });

  it('beside a 教学点 column that says 否 is an error at that cell', async () => {
    const schools = `学校代码,学校名称,学段,城乡类型,在校学生数,教学点\n001,城关一小,小学,城区,1200,否\n002,山背教学点,教学点,乡村,40,否\n`;
    const { lines } = await problems({ 'schools.csv': schools, 'teachers.csv': TEACHERS });
    expect(lines).toEqual(['schools.csv 第3行「教学点」: 学段为教学点, 与此列（不是教学点）不一致 / row 3 teaching_point: stage says a teaching point (教学点), but teaching_point says it is not one']);
  });
});
